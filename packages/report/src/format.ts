const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** 1234 → "1.234" (German grouping). */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 1234567.5 → "1.234.568 €" (whole euros, German grouping). */
export function formatEuro(value: number): string {
  return euro.format(value);
}

const millions = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** 23917500 → "23,9 Mio. €", 0 → "0 €": short euro figures for chart labels and axes. */
export function formatMillionEuro(value: number): string {
  return value === 0 ? '0 €' : `${millions.format(value / 1_000_000)} Mio. €`;
}

/** 23917500 → "23,9 Mio.": the totals above narrow chart columns, whose axis says "€". */
export function formatMillions(value: number): string {
  return `${millions.format(value / 1_000_000)} Mio.`;
}

/** "2025-03-07" → "07.03.2025"; anything that is not such a date is returned unchanged. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : value;
}

const MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];

/** "2025-03" → "Mär"; the short German month name. */
export function monthLabel(month: string): string {
  return MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
}
