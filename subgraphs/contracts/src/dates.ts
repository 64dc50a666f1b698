import { badUserInput } from '@kaz/subgraph-kit';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so "2026-02-30" is false). */
export function isIsoDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return parsed.toISOString().slice(0, 10) === value;
}

/** Returns `value` when it is a real `YYYY-MM-DD` date; throws BAD_USER_INPUT naming `field` otherwise. */
export function dateArg(field: string, value: string): string {
  if (!isIsoDate(value))
    throw badUserInput(field, `must be a date written YYYY-MM-DD, e.g. "2026-11-26"; got "${value}"`);
  return value;
}

/**
 * Today's date (YYYY-MM-DD) in Brandenburg (Europe/Berlin), the default reference date of "expires
 * within", contract status and days left; `now` is injectable for tests.
 */
export function todayInBerlin(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
