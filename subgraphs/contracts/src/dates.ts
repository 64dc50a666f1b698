import { badUserInput, type Clock, isCalendarDate, todayBy } from '@kaz/subgraph-kit';

/** True for a real calendar date written `YYYY-MM-DD` (so "2026-02-30" is false). */
export const isIsoDate = isCalendarDate;

/** Returns `value` when it is a real `YYYY-MM-DD` date; throws BAD_USER_INPUT naming `field` otherwise. */
export function dateArg(field: string, value: string): string {
  if (!isIsoDate(value))
    throw badUserInput(field, `must be a date written YYYY-MM-DD, e.g. "2026-11-26"; got "${value}"`);
  return value;
}

/** `asOf` when given (checked as a date, BAD_USER_INPUT naming it otherwise), else today in Berlin by `clock`. */
export function asOfOrToday(asOf: string | null | undefined, clock: Clock): string {
  return asOf == null ? todayBy(clock) : dateArg('asOf', asOf);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
