import { badUserInput, type Clock, isCalendarDate, todayBy } from '@kaz/subgraph-kit';

/**
 * Checks a date argument (`YYYY-MM-DD`, a day that exists) and returns it; null or undefined
 * gives today in Brandenburg (Europe/Berlin) by `clock`. Throws BAD_USER_INPUT naming `field` otherwise.
 */
export function dateArgOrToday(field: string, value: string | null | undefined, clock: Clock): string {
  return value == null ? todayBy(clock) : checkDateArg(field, value);
}

/** Checks a date argument (`YYYY-MM-DD`, a day that exists); throws BAD_USER_INPUT naming `field` otherwise. */
export function checkDateArg(field: string, value: string): string {
  if (isCalendarDate(value)) return value;
  throw badUserInput(field, 'must be a date as YYYY-MM-DD, e.g. "2025-02-01"');
}
