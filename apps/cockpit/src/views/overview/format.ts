/** Formats and periods of the Programmübersicht (German, Europe/Berlin). */

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const million = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const monthName = new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2.205.000 €"; "–" for null. */
export function formatEuro(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : euro.format(value);
}

/** "2,21 Mio. €". */
export function formatMillions(value: number): string {
  return `${million.format(value / 1_000_000)} Mio. €`;
}

/** 0.455 → "45,5 %". */
export function formatShare(value: number): string {
  return percent.format(value);
}

/** "2026-01" → "Jan. 2026". */
export function formatMonth(month: string): string {
  return monthName.format(new Date(`${month}-01T00:00:00Z`));
}

/** "2026-01-19" → "19.01.2026". */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** The months from `from` to `to` (YYYY-MM, both included), oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  while (year < toYear || (year === toYear && month <= toMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The first budget year of the Kaz programme: the Umsetzungskonzept Kaz dates from 10.03.2021. */
export const PROGRAMME_START_YEAR = 2021;

/**
 * The operation's variables for a day: budget years from the programme's start to two years ahead
 * (the planning horizon of the budgets), and the incidents of the last 12 months up to the current
 * month, all in Europe/Berlin; and the current year.
 */
export function overviewPeriod(now: Date = new Date()) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  const back = year * 12 + (month - 1) - 11;
  return {
    variables: {
      fromYear: PROGRAMME_START_YEAR,
      toYear: year + 2,
      incidentsFrom: `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}`,
      incidentsTo: `${year}-${String(month).padStart(2, '0')}`,
    },
    currentYear: year,
  };
}
