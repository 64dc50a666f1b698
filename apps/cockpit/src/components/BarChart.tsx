/**
 * A bar chart (Observable Plot, SVG) with its table alternative: the SVG is one image with a text
 * alternative (role="img", aria-label naming what it shows), and the same figures stand in a table
 * right under it, so that a screen reader, a keyboard user and an analyst get every number.
 */
import * as Plot from '@observablehq/plot';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { type Column, DataTable, formatValue } from './DataTable.tsx';

export interface Bar {
  label: string;
  value: number;
  /** Optional series (stacked bars), e.g. a severity. */
  series?: string;
}

export function BarChart(props: {
  title: string;
  bars: readonly Bar[];
  /** What the numbers count, e.g. "Projekte". */
  unit: string;
  filename: string;
  /** Horizontal bars (labels on the left), the default; vertical for months. */
  orientation?: 'horizontal' | 'vertical';
  /** The series in this order (stack order and legend), optionally with these colours (same order). */
  series?: { order: readonly string[]; colors?: readonly string[] };
  /** Bars of a label side by side instead of stacked (e.g. target, planned and spent per year). */
  grouped?: boolean;
  /** Keep the labels in the given order (default: single-series horizontal bars sorted by value). */
  keepOrder?: boolean;
  /** A table holding the chart's figures (e.g. with more columns or links), shown instead of the default one. */
  table?: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { title, bars, unit } = props;
  const horizontal = (props.orientation ?? 'horizontal') === 'horizontal';
  const { series, grouped = false, keepOrder = false } = props;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stacked = bars.some((b) => b.series);
    const summary = bars
      .slice(0, 12)
      .map((b) => `${b.label}${b.series ? ` ${b.series}` : ''}: ${formatValue(b.value)}`)
      .join('; ');
    const labels = [...new Set(bars.map((b) => b.label))];
    const sorted = !stacked && horizontal && !keepOrder;
    const fill = stacked ? 'series' : '#005ca9';
    // Grouped: one facet per label (fx/fy), the series side by side within it.
    const mark = horizontal
      ? Plot.barX(bars as Bar[], {
          ...(grouped ? { fy: 'label', y: 'series' } : { y: 'label' }),
          x: 'value',
          fill,
          ...(sorted ? { sort: { y: '-x' } } : {}),
        })
      : Plot.barY(bars as Bar[], { ...(grouped ? { fx: 'label', x: 'series' } : { x: 'label' }), y: 'value', fill });
    const seriesCount = series?.order.length ?? new Set(bars.map((b) => b.series)).size;
    const band = sorted ? {} : { domain: grouped ? series?.order : labels };
    const axisFormat = (value: number) => formatValue(value);
    // Slanted labels only where they would not fit upright (months, names; not years).
    const rotate = !grouped && labels.some((l) => l.length > 6);
    const chart = Plot.plot({
      width: Math.max(320, Math.min(element.clientWidth || 640, 720)),
      height: horizontal ? 40 + labels.length * 22 * (grouped ? seriesCount : 1) : 260,
      // Room for the longest label on the left (about 7 px a character at 13 px), within limits.
      marginLeft: horizontal ? Math.min(260, Math.max(120, 12 + 7 * Math.max(...labels.map((l) => l.length)))) : 70,
      marginBottom: horizontal ? 45 : rotate ? 70 : 35,
      style: { fontSize: '13px', fontFamily: 'inherit', color: '#1b1b1b' },
      x: horizontal
        ? { label: unit, grid: true, tickFormat: axisFormat, labelAnchor: 'center', labelOffset: 38 }
        : grouped
          ? { axis: null, ...band }
          : { label: null, tickRotate: rotate ? -45 : 0, ...band },
      y: horizontal
        ? grouped
          ? { axis: null, ...band }
          : { label: null, ...band }
        : { label: unit, grid: true, tickFormat: axisFormat },
      ...(grouped
        ? horizontal
          ? { fy: { label: null, domain: labels } }
          : { fx: { label: null, domain: labels } }
        : {}),
      color: stacked
        ? {
            legend: true,
            ...(series ? { domain: [...series.order] } : { scheme: 'tableau10' }),
            ...(series?.colors ? { range: [...series.colors] } : {}),
          }
        : undefined,
      marks: [mark, horizontal ? Plot.ruleX([0]) : Plot.ruleY([0])],
    });
    // One image with one text alternative, on the outermost element (with a legend Plot wraps the SVG
    // in a figure); its parts (marks, legend) carry no ARIA of their own (axe: aria-prohibited-attr).
    for (const part of chart.querySelectorAll('[aria-label], [aria-description], [role]'))
      for (const attribute of ['aria-label', 'aria-description', 'role']) part.removeAttribute(attribute);
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `${title}. ${summary}${bars.length > 12 ? ' …' : ''}`);
    chart.setAttribute('aria-description', 'Die Werte stehen auch in der Tabelle zum Diagramm.');
    element.replaceChildren(chart);
    return () => element.replaceChildren();
  }, [bars, title, unit, horizontal, series, grouped, keepOrder]);
  const columns: Column<Bar>[] = [
    { header: horizontal ? 'Bezeichnung' : 'Monat', value: (b) => b.label },
    ...(bars.some((b) => b.series) ? [{ header: 'Reihe', value: (b: Bar) => b.series ?? '' }] : []),
    { header: unit, value: (b) => b.value, numeric: true },
  ];
  return (
    <figure class="cockpit-chart">
      <div ref={ref} class="cockpit-chart__plot" />
      <figcaption class="kern-body kern-body--small">{title}: die Werte stehen in der Tabelle zum Diagramm.</figcaption>
      {props.table ?? <DataTable caption={title} columns={columns} rows={bars} filename={props.filename} />}
    </figure>
  );
}
