import { html, type SafeHtml } from './html.ts';

/** Colours told apart also by people with colour-vision deficiency (Okabe–Ito palette). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

export interface ChartText {
  /** Unique in the document: the ids of the SVG title and description derive from it. */
  id: string;
  /** Short title, read out first by a screen reader. */
  title: string;
  /** What the chart shows in one or two sentences; the table next to it holds the figures. */
  desc: string;
}

export interface Bar {
  label: string;
  value: number;
}

/**
 * Axis steps for values up to `max`: a step of 1, 2 or 5 times a power of ten (whole numbers for
 * counts), about four of them, and the top of the axis, a multiple of the step at least `max`.
 */
export function axisScale(max: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 1, top: 4 };
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power, raw < 1 ? 1 : 0);
  return { step, top: step * Math.ceil(max / step) };
}

function svgOpen(text: ChartText, width: number, height: number): SafeHtml {
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" class="chart"><title id="${text.id}-title">${text.title}</title><desc id="${text.id}-desc">${text.desc}</desc>`;
}

/**
 * Horizontal bars, one per label, with the value written at the end of each bar (`format` makes
 * the text). Long labels fit on the left; good for phases and Themenfelder.
 */
export function horizontalBarChart(text: ChartText, bars: readonly Bar[], format: (value: number) => string): SafeHtml {
  const labelWidth = 230;
  const barArea = 330;
  const rowHeight = 24;
  const width = labelWidth + barArea + 80;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(...bars.map((bar) => bar.value), 0) || 1;
  const rows = bars.map((bar, index) => {
    const y = 5 + index * rowHeight;
    const length = Math.max((bar.value / max) * barArea, bar.value > 0 ? 2 : 0);
    return html`<g><text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="label">${bar.label}</text><rect x="${labelWidth}" y="${y + 3}" width="${length.toFixed(1)}" height="${rowHeight - 8}" fill="${PALETTE[0]}"></rect><text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 16}" class="value">${format(bar.value)}</text></g>`;
  });
  return html`${svgOpen(text, width, height)}${rows}</svg>`;
}

export interface Series {
  name: string;
  values: readonly number[];
}

/**
 * Stacked columns: one column per category (years, months), one coloured part per series, with a
 * legend below and a left axis; `target` draws a dashed line at that value, named in the legend (the
 * §6 target). Totals are written above the columns.
 */
export function stackedColumnChart(
  text: ChartText,
  categories: readonly string[],
  series: readonly Series[],
  format: (value: number) => string,
  options: {
    target?: { value: number; label: string };
    highlight?: string;
    /** The text of the totals above the columns (default `format`); shorter where columns are narrow. */
    totalFormat?: (value: number) => string;
  } = {},
): SafeHtml {
  const left = 80;
  const top = 20;
  const plotHeight = 220;
  const plotWidth = 540;
  const width = left + plotWidth + 20;
  const legendItems = [
    ...series.map((one, index) => ({ name: one.name, mark: 'box' as const, colour: PALETTE[index % PALETTE.length] })),
    ...(options.target
      ? [{ name: `${options.target.label}: ${format(options.target.value)}`, mark: 'line' as const, colour: '' }]
      : []),
  ];
  // Legend entries flow left to right and wrap; a character is about 6.5 px at the legend's 11 px.
  let legendX = left;
  let legendRow = 0;
  const legendPlaces = legendItems.map((item) => {
    const itemWidth = 30 + item.name.length * 6.5;
    if (legendX + itemWidth > width && legendX > left) {
      legendX = left;
      legendRow += 1;
    }
    const place = { ...item, x: legendX, y: top + plotHeight + 38 + legendRow * 20 };
    legendX += itemWidth;
    return place;
  });
  const height = top + plotHeight + 38 + legendRow * 20 + 14;
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  const axis = axisScale(Math.max(...totals, options.target?.value ?? 0));
  const scale = (value: number) => (value / axis.top) * plotHeight;
  const slot = plotWidth / Math.max(categories.length, 1);
  const columnWidth = Math.min(slot * 0.6, 60);
  const ticks = Array.from({ length: Math.round(axis.top / axis.step) + 1 }, (_, index) => {
    const value = index * axis.step;
    const y = top + plotHeight - scale(value);
    return html`<g><line x1="${left}" x2="${left + plotWidth}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"></line><text x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" class="axis">${format(value)}</text></g>`;
  });
  const columns = categories.map((category, index) => {
    const x = left + index * slot + (slot - columnWidth) / 2;
    let base = top + plotHeight;
    const parts = series.map((one, seriesIndex) => {
      const value = one.values[index] ?? 0;
      const height = scale(value);
      base -= height;
      return value > 0
        ? html`<rect x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${columnWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${PALETTE[seriesIndex % PALETTE.length]}"><title>${category}, ${one.name}: ${format(value)}</title></rect>`
        : html``;
    });
    const total = totals[index] ?? 0;
    const emphasis = category === options.highlight ? ' highlight' : '';
    return html`<g>${parts}${total > 0 ? html`<text x="${(x + columnWidth / 2).toFixed(1)}" y="${(base - 4).toFixed(1)}" text-anchor="middle" class="value">${(options.totalFormat ?? format)(total)}</text>` : ''}<text x="${(x + columnWidth / 2).toFixed(1)}" y="${top + plotHeight + 16}" text-anchor="middle" class="axis${emphasis}">${category}</text></g>`;
  });
  const targetY = options.target ? (top + plotHeight - scale(options.target.value)).toFixed(1) : '';
  const target = options.target
    ? html`<line x1="${left}" x2="${left + plotWidth}" y1="${targetY}" y2="${targetY}" class="target"></line>`
    : '';
  const legend = legendPlaces.map((item) =>
    item.mark === 'box'
      ? html`<g><rect x="${item.x}" y="${item.y - 10}" width="12" height="12" fill="${item.colour}"></rect><text x="${item.x + 17}" y="${item.y}" class="legend">${item.name}</text></g>`
      : html`<g><line x1="${item.x}" x2="${item.x + 14}" y1="${item.y - 4}" y2="${item.y - 4}" class="target"></line><text x="${item.x + 19}" y="${item.y}" class="legend">${item.name}</text></g>`,
  );
  return html`${svgOpen(text, width, height)}${ticks}${columns}${target}<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" class="axis-line"></line>${legend}</svg>`;
}
