import { badUserInput } from '@kaz/subgraph-kit';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a date argument (`YYYY-MM-DD`, a day that exists) and returns it; null or undefined
 * gives today in Brandenburg (Europe/Berlin). Throws BAD_USER_INPUT naming `field` otherwise.
 */
export function dateArgOrToday(field: string, value: string | null | undefined): string {
  return value == null ? todayInBrandenburg() : checkDateArg(field, value);
}

/** Checks a date argument (`YYYY-MM-DD`, a day that exists); throws BAD_USER_INPUT naming `field` otherwise. */
export function checkDateArg(field: string, value: string): string {
  const match = DATE_PATTERN.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2025-02-30 over into March; a real day survives the round trip unchanged.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw badUserInput(field, 'must be a date as YYYY-MM-DD, e.g. "2025-02-01"');
}

/** Today's date (YYYY-MM-DD) in Europe/Berlin, where the partners work. */
export function todayInBrandenburg(): string {
  // The en-CA locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}
