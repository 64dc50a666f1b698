import { type Clock, todayBy } from './clock.ts';
import { isCalendarDate } from './dates.ts';
import { badUserInput } from './errors.ts';
import { quoteInput } from './inputs.ts';

// Dates and moments a client sends. Each `parse*` returns the value as the write or the query uses it,
// or throws BAD_USER_INPUT naming `field`.

/** A range of years, both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

/**
 * The years a moment may lie in: wide enough for any record and any question about one. Without a
 * bound, "9999-12-31" as the end of a range (its next midnight) or a time zone shift into the year
 * 10000 reached the database as a timestamp it cannot read. Dates have no bound unless a field gives
 * one (a date column holds any year of four digits).
 */
export const INSTANT_YEARS: YearRange = { from: 1900, to: 2999 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const DAY_MS = 86_400_000;

/** A real calendar day written YYYY-MM-DD ("2025-02-30" is refused), in `years` when the field gives them. */
export function parseDate(field: string, value: string, years?: YearRange): string {
  const year = Number(value.slice(0, 4));
  if (isCalendarDate(value) && (!years || (year >= years.from && year <= years.to))) return value;
  const between = years ? ` between ${years.from} and ${years.to}` : '';
  throw badUserInput(
    field,
    `must be a real date${between} written YYYY-MM-DD, e.g. "2026-03-31"; got ${quoteInput(value)}`,
  );
}

/** `value` checked as parseDate; null or undefined give today in Berlin by `clock`. */
export function parseDateOrToday(field: string, value: string | null | undefined, clock: Clock): string {
  return value == null ? todayBy(clock) : parseDate(field, value);
}

/** A date (parseDate) that is not after today in Berlin by `clock`. */
export function parsePastDate(field: string, value: string, clock: Clock): string {
  const date = parseDate(field, value);
  const today = todayBy(clock);
  if (date > today) throw badUserInput(field, `must not be in the future (today is ${today})`);
  return date;
}

/** Throws BAD_USER_INPUT naming `field` when `later` lies before `earlier` (both YYYY-MM-DD, or both moments). */
export function notBefore<T extends string | Date>(field: string, later: T, earlier: T, earlierName: string): void {
  if (later < earlier) {
    throw badUserInput(field, `must not be before ${earlierName} (${written(earlier)}); got ${written(later)}`);
  }
}

function written(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString();
}

/** A moment given by a client, and whether it was only a date (a whole day). */
export interface InstantInput {
  at: Date;
  dateOnly: boolean;
}

/**
 * A moment: an ISO 8601 timestamp with a zone (`2025-03-31T14:00:00Z`, `2025-03-31T16:00:00+02:00`) or a
 * date `YYYY-MM-DD`, which stands for 00:00 UTC of that day, in the years INSTANT_YEARS (in UTC).
 */
export function parseInstant(field: string, value: string): InstantInput {
  if (DATE.test(value))
    return { at: withinYears(field, new Date(`${parseDate(field, value)}T00:00:00Z`)), dateOnly: true };
  const timestamp = TIMESTAMP.exec(value);
  const at = new Date(value);
  if (!timestamp || !isCalendarDate(timestamp[1] as string) || Number.isNaN(at.getTime())) {
    throw badUserInput(
      field,
      'must be an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z", or a date YYYY-MM-DD',
    );
  }
  return { at: withinYears(field, at), dateOnly: false };
}

/** `at` when it lies in INSTANT_YEARS (in UTC). */
function withinYears(field: string, at: Date): Date {
  const year = at.getUTCFullYear();
  if (year < INSTANT_YEARS.from || year > INSTANT_YEARS.to) {
    throw badUserInput(field, `must lie between the years ${INSTANT_YEARS.from} and ${INSTANT_YEARS.to}`);
  }
  return at;
}

/**
 * The upper bound of a range given as a date or a moment: a date includes its whole day (so the bound
 * is the next midnight, exclusive); a moment is inclusive.
 */
export function upperBound(input: InstantInput): { at: Date; inclusive: boolean } {
  return input.dateOnly
    ? { at: new Date(input.at.getTime() + DAY_MS), inclusive: false }
    : { at: input.at, inclusive: true };
}

/** A moment that must be exact: an ISO 8601 timestamp with a zone (parseInstant), not a bare date. */
export function parseTimestamp(field: string, value: string): Date {
  const instant = parseInstant(field, value);
  if (instant.dateOnly) {
    throw badUserInput(
      field,
      'must be an ISO 8601 timestamp with a zone, e.g. "2025-03-31T14:00:00Z", not only a date',
    );
  }
  return instant.at;
}

/** A moment (parseTimestamp) that is not later than `clock`'s now. */
export function parsePastTimestamp(field: string, value: string, clock: Clock): Date {
  const at = parseTimestamp(field, value);
  if (at.getTime() > clock.now().getTime()) throw badUserInput(field, 'must not be in the future');
  return at;
}
