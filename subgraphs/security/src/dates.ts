import { badUserInput, isCalendarDate } from '@kaz/subgraph-kit';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const DAY_MS = 86_400_000;

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
 * `2025-03-31T16:00:00+02:00`) or a date `YYYY-MM-DD`, which stands for 00:00 UTC of that day.
 * Throws BAD_USER_INPUT naming `field` for anything else.
 */
export function parseInstantInput(field: string, value: string): InstantInput {
  const date = DATE.exec(value);
  if (date) return { at: new Date(`${parseDateInput(field, value)}T00:00:00Z`), dateOnly: true };
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
  return { at, dateOnly: false };
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
