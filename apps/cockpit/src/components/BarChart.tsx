/**
 * A bar chart (Observable Plot, SVG) with its table alternative: the SVG is one image with a text
 * alternative (role="img", aria-label naming what it shows), and the same figures stand in a table
 * right under it, so that a screen reader, a keyboard user and an analyst get every number.
 */
import * as Plot from '@observablehq/plot';
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
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { title, bars, unit } = props;
  const horizontal = (props.orientation ?? 'horizontal') === 'horizontal';
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stacked = bars.some((b) => b.series);
    const summary = bars
      .slice(0, 12)
      .map((b) => `${b.label}${b.series ? ` ${b.series}` : ''}: ${formatValue(b.value)}`)
      .join('; ');
    const labels = [...new Set(bars.map((b) => b.label))];
    const mark = horizontal
      ? Plot.barX(bars as Bar[], {
          y: 'label',
          x: 'value',
          fill: stacked ? 'series' : '#005ca9',
          ...(stacked ? {} : { sort: { y: '-x' } }),
        })
      : Plot.barY(bars as Bar[], { x: 'label', y: 'value', fill: stacked ? 'series' : '#005ca9' });
    const chart = Plot.plot({
      ariaLabel: `${title}. ${summary}${bars.length > 12 ? ' …' : ''}`,
      ariaDescription: 'Die Werte stehen auch in der Tabelle unter dem Diagramm.',
      width: Math.max(320, Math.min(element.clientWidth || 640, 720)),
      height: horizontal ? 40 + labels.length * 22 : 260,
      marginLeft: horizontal ? 170 : 50,
      marginBottom: horizontal ? 30 : 50,
      style: { fontSize: '13px', fontFamily: 'inherit', color: '#1b1b1b' },
      x: horizontal ? { label: unit, grid: true } : { label: null, tickRotate: -45 },
      y: horizontal ? { label: null } : { label: unit, grid: true },
      color: stacked ? { legend: true, scheme: 'tableau10' } : undefined,
      marks: [mark, horizontal ? Plot.ruleX([0]) : Plot.ruleY([0])],
    });
    // One image with one text alternative. Plot also labels the groups of its marks (aria-label on a <g>
    // without a role, which ARIA forbids: axe-core's aria-prohibited-attr) and, with a legend, returns a
    // <figure> around the SVG: the inner labels go, the outermost element carries the one label.
    const label =
      chart.getAttribute('aria-label') ?? chart.querySelector('svg[aria-label]')?.getAttribute('aria-label');
    for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
      node.removeAttribute('aria-label');
      node.removeAttribute('aria-description');
    }
    chart.setAttribute('aria-label', label ?? title);
    chart.setAttribute('role', 'img');
    element.replaceChildren(chart);
    return () => element.replaceChildren();
  }, [bars, title, unit, horizontal]);
  const columns: Column<Bar>[] = [
    { header: horizontal ? 'Bezeichnung' : 'Monat', value: (b) => b.label },
    ...(bars.some((b) => b.series) ? [{ header: 'Reihe', value: (b: Bar) => b.series ?? '' }] : []),
    { header: unit, value: (b) => b.value, numeric: true },
  ];
  return (
    <figure class="cockpit-chart">
      <div ref={ref} class="cockpit-chart__plot" />
      <figcaption class="kern-body kern-body--small">{title}: die Werte stehen in der Tabelle darunter.</figcaption>
      <DataTable caption={title} columns={columns} rows={bars} filename={props.filename} />
    </figure>
  );
}
