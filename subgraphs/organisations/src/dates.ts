import { badUserInput, isCalendarDate, todayInBerlin } from '@kaz/subgraph-kit';

/**
 * Checks a date argument (`YYYY-MM-DD`, a day that exists) and returns it; null or undefined
 * gives today in Brandenburg (Europe/Berlin). Throws BAD_USER_INPUT naming `field` otherwise.
 */
export function dateArgOrToday(field: string, value: string | null | undefined): string {
  return value == null ? todayInBrandenburg() : checkDateArg(field, value);
}

/** Checks a date argument (`YYYY-MM-DD`, a day that exists); throws BAD_USER_INPUT naming `field` otherwise. */
export function checkDateArg(field: string, value: string): string {
  if (isCalendarDate(value)) return value;
  throw badUserInput(field, 'must be a date as YYYY-MM-DD, e.g. "2025-02-01"');
}

/** Today's date (YYYY-MM-DD) in Europe/Berlin, where the partners work. */
export const todayInBrandenburg = (): string => todayInBerlin();
