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

/** A round upper end for an axis: 1, 2, 2.5 or 5 times a power of ten, at least `max` (1 for nothing). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
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
 * legend below and a left axis; `target` draws a dashed line at that value with its label (the §6
 * target). Totals are written above the columns.
 */
export function stackedColumnChart(
  text: ChartText,
  categories: readonly string[],
  series: readonly Series[],
  format: (value: number) => string,
  options: { target?: { value: number; label: string }; highlight?: string } = {},
): SafeHtml {
  const left = 80;
  const top = 20;
  const plotHeight = 220;
  const plotWidth = 540;
  const width = left + plotWidth + 20;
  const legendRows = Math.ceil(series.length / 4);
  const height = top + plotHeight + 30 + legendRows * 20 + 10;
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
  const max = niceMax(Math.max(...totals, options.target?.value ?? 0));
  const scale = (value: number) => (value / max) * plotHeight;
  const slot = plotWidth / Math.max(categories.length, 1);
  const columnWidth = Math.min(slot * 0.6, 60);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const y = top + plotHeight - share * plotHeight;
    return html`<g><line x1="${left}" x2="${left + plotWidth}" y1="${y}" y2="${y}" class="grid"></line><text x="${left - 6}" y="${y + 4}" text-anchor="end" class="axis">${format(share * max)}</text></g>`;
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
    return html`<g>${parts}${total > 0 ? html`<text x="${(x + columnWidth / 2).toFixed(1)}" y="${(base - 4).toFixed(1)}" text-anchor="middle" class="value">${format(total)}</text>` : ''}<text x="${(x + columnWidth / 2).toFixed(1)}" y="${top + plotHeight + 16}" text-anchor="middle" class="axis${emphasis}">${category}</text></g>`;
  });
  const target = options.target
    ? html`<g><line x1="${left}" x2="${left + plotWidth}" y1="${(top + plotHeight - scale(options.target.value)).toFixed(1)}" y2="${(top + plotHeight - scale(options.target.value)).toFixed(1)}" class="target"></line><text x="${left + plotWidth}" y="${(top + plotHeight - scale(options.target.value) - 5).toFixed(1)}" text-anchor="end" class="target-label">${options.target.label}</text></g>`
    : '';
  const legend = series.map((one, index) => {
    const x = left + (index % 4) * 135;
    const y = top + plotHeight + 34 + Math.floor(index / 4) * 20;
    return html`<g><rect x="${x}" y="${y - 10}" width="12" height="12" fill="${PALETTE[index % PALETTE.length]}"></rect><text x="${x + 17}" y="${y}" class="legend">${one.name}</text></g>`;
  });
  return html`${svgOpen(text, width, height)}${ticks}${columns}${target}<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" class="axis-line"></line>${legend}</svg>`;
}
