import { badUserInput, isCalendarDate } from '@kaz/subgraph-kit';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const DAY_MS = 86_400_000;

/**
 * The years an instant may lie in. Wide enough for any incident and any question about one; without
 * a bound, "9999-12-31" as the end of a range (its next midnight) or a time zone shift into the year
 * 10000 reached the database as a timestamp it cannot read (INTERNAL_SERVER_ERROR).
 */
export const INSTANT_YEARS = { from: 1900, to: 2999 } as const;

/** True for a real calendar day given as its parts (2025, 02, 30 is false). */
function isCalendarDay(year: string, month: string, day: string): boolean {
  return isCalendarDate(`${year}-${month}-${day}`);
}

/**
 * Checks a calendar date `YYYY-MM-DD` and returns it. Throws BAD_USER_INPUT naming `field` for
 * anything else, including impossible dates such as 2025-02-30.
 */
export function parseDateInput(field: string, value: string): string {
  const match = DATE.exec(value);
  if (!match || !isCalendarDay(match[1] as string, match[2] as string, match[3] as string)) {
    throw badUserInput(field, 'must be a date YYYY-MM-DD, e.g. "2025-03-31"');
  }
  return value;
}

/** An instant given by a client, and whether it was only a date (a whole day). */
export interface InstantInput {
  at: Date;
  dateOnly: boolean;
}

/**
 * Reads an instant: an ISO 8601 timestamp with a zone (`2025-03-31T14:00:00Z`,
 * `2025-03-31T16:00:00+02:00`) or a date `YYYY-MM-DD`, which stands for 00:00 UTC of that day, in
 * the years INSTANT_YEARS (UTC). Throws BAD_USER_INPUT naming `field` for anything else.
 */
export function parseInstantInput(field: string, value: string): InstantInput {
  const date = DATE.exec(value);
  if (date) {
    const at = new Date(`${parseDateInput(field, value)}T00:00:00Z`);
    return { at: withinInstantYears(field, at), dateOnly: true };
  }
  const timestamp = TIMESTAMP.exec(value);
  const at = new Date(value);
  if (
    !timestamp ||
    !isCalendarDay(timestamp[1] as string, timestamp[2] as string, timestamp[3] as string) ||
    Number.isNaN(at.getTime())
  ) {
    throw badUserInput(
      field,
      'must be an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z", or a date YYYY-MM-DD',
    );
  }
  return { at: withinInstantYears(field, at), dateOnly: false };
}

/** `at` when it lies in INSTANT_YEARS (in UTC); BAD_USER_INPUT naming `field` otherwise. */
function withinInstantYears(field: string, at: Date): Date {
  const year = at.getUTCFullYear();
  if (year < INSTANT_YEARS.from || year > INSTANT_YEARS.to) {
    throw badUserInput(field, `must lie between the years ${INSTANT_YEARS.from} and ${INSTANT_YEARS.to}`);
  }
  return at;
}

/**
 * The upper bound of a range given as a date or an instant: a date includes its whole day (so the
 * bound is the next midnight, exclusive); an instant is inclusive.
 */
export function upperBound(input: InstantInput): { at: Date; inclusive: boolean } {
  return input.dateOnly
    ? { at: new Date(input.at.getTime() + DAY_MS), inclusive: false }
    : { at: input.at, inclusive: true };
}

/**
 * Reads a moment that must be exact: an ISO 8601 timestamp with a zone, not a bare date. Throws
 * BAD_USER_INPUT naming `field` for anything else.
 */
export function parseTimestampInput(field: string, value: string): Date {
  const instant = parseInstantInput(field, value);
  if (instant.dateOnly) {
    throw badUserInput(
      field,
      'must be an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z", not only a date',
    );
  }
  return instant.at;
}
