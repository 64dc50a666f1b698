import { kommuneArsSet, ministryKeySet } from '@kaz/reference-data';
import { badUserInput, isCalendarDate } from '@kaz/subgraph-kit';

/**
 * The date `value` (YYYY-MM-DD, a real calendar day between 1990 and 2100); BAD_USER_INPUT naming
 * `field` otherwise.
 */
export function checkDate(field: string, value: string): string {
  const year = Number(value.slice(0, 4));
  if (isCalendarDate(value) && year >= 1990 && year <= 2100) return value;
  throw badUserInput(field, 'must be a real date between 1990 and 2100 as YYYY-MM-DD, e.g. "2026-03-31"');
}

/** `value` trimmed; BAD_USER_INPUT naming `field` when it is empty or longer than `max` characters. */
export function checkText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters (it has ${text.length})`);
  return text;
}

/** BAD_USER_INPUT naming `field` when a value occurs twice in `values`. */
export function checkDistinct(field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw badUserInput(field, `lists "${value}" twice`);
    seen.add(value);
  }
}

/**
 * BAD_USER_INPUT naming `field` for an explicit null: for input fields where leaving the field out
 * means "keep", and null would mean "clear" a value that must not be empty.
 */
export function notNull<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === null) throw badUserInput(field, 'must not be null; leave the field out to keep the stored value');
  return value;
}

/** The organisation keys of the Land's ministries (Ressorts), from the reference data. */
export const ministryKeys = ministryKeySet;

/**
 * The ARS of every Kommune the municipalities subgraph knows: the 413 Gemeinden (with the
 * kreisfreie Städte), the 14 Landkreise and the Ämter, the Verbandsgemeinde and the Mitverwaltung.
 */
export const kommuneArs = kommuneArsSet;
