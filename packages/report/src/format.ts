const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

/** 1234 → "1.234" (German grouping). */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** 1234567.5 → "1.234.568 €" (whole euros, German grouping). */
export function formatEuro(value: number): string {
  return euro.format(value);
}

/** 0.42 → "42 %". */
export function formatPercent(value: number): string {
  return percent.format(value);
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
