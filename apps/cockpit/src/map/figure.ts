/**
 * A figure the map can be coloured by: how to read it from a row, whether it is whole-numbered, and
 * how it is written. A value is a number, `null` when the graph gave none (a partner did not answer,
 * or there is no record to compute a share from), or WITHHELD when the graph refused it to this
 * principal (FORBIDDEN): shown as "nicht freigegeben für Ihre Rolle", never as zero.
 */
export const WITHHELD = 'withheld' as const;

export type FigureValue = number | null | typeof WITHHELD;

export interface Figure<Row> {
  key: string;
  label: string;
  /** The table's column header: short, so that the table fits the page. */
  header: string;
  value: (row: Row) => FigureValue;
  /** Whole numbers (counts); false for shares and amounts. */
  integer: boolean;
  /** The top of the colour scale when it is fixed (a share: 1); the largest value otherwise. */
  max?: number;
  format: (value: number) => string;
}

const count = new Intl.NumberFormat('de-DE');
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

export const formatCount = (value: number) => count.format(value);
export const formatPercent = (value: number) => percent.format(value);
export const formatEuro = (value: number) => euro.format(value);

/** The text a tile or cell shows for a value. */
export function figureText<Row>(figure: Figure<Row>, value: FigureValue): string {
  if (value === WITHHELD) return 'nicht freigegeben für Ihre Rolle';
  if (value === null) return '–';
  return figure.format(value);
}

/** The text a table cell shows for a value (the table's note explains "nicht freigegeben"). */
export function figureCell<Row>(figure: Figure<Row>, value: FigureValue): string {
  return value === WITHHELD ? 'nicht freigegeben' : figureText(figure, value);
}

/** The value for the CSV: the number, empty when there is none, the note when withheld. */
export function figureCsv(value: FigureValue): string | number | null {
  return value === WITHHELD ? 'nicht freigegeben' : value;
}

/** The figure chosen by key, or the first. */
export function chooseFigure<Row>(figures: readonly Figure<Row>[], key: string | null): Figure<Row> {
  return figures.find((f) => f.key === key) ?? figures[0]!;
}
