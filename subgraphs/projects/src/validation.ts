import { readDistrictsAndAemter, readMunicipalities, readOrganisations, toArs } from '@kaz/reference-data';
import { badUserInput } from '@kaz/subgraph-kit';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date `value` (YYYY-MM-DD, a real calendar day between 1990 and 2100); BAD_USER_INPUT naming
 * `field` otherwise.
 */
export function checkDate(field: string, value: string): string {
  const match = DATE_PATTERN.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2025-02-30 over to 2025-03-02; a real day survives the round trip.
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (real && year >= 1990 && year <= 2100) return value;
  }
  throw badUserInput(field, 'must be a real date between 1990 and 2100 as YYYY-MM-DD, e.g. "2026-03-31"');
}

/** Today's date (YYYY-MM-DD) in Brandenburg (Europe/Berlin), where the partners work. */
export function todayInBerlin(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
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

let ministries: ReadonlySet<string> | undefined;

/** The organisation keys of the Land's ministries (Ressorts), from the reference data. */
export function ministryKeys(): ReadonlySet<string> {
  ministries ??= new Set(
    readOrganisations()
      .filter((organisation) => organisation.kind === 'ministry')
      .map((organisation) => organisation.key),
  );
  return ministries;
}

let kommunen: ReadonlySet<string> | undefined;

/**
 * The ARS of every Kommune the municipalities subgraph knows: the 413 Gemeinden (with the
 * kreisfreie Städte), the 14 Landkreise and the Ämter, the Verbandsgemeinde and the Mitverwaltung.
 */
export function kommuneArs(): ReadonlySet<string> {
  kommunen ??= new Set([
    ...readMunicipalities().map((municipality) => municipality.ars),
    ...readDistrictsAndAemter().map((record) => toArs(record.key)),
  ]);
  return kommunen;
}
