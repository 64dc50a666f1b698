import {
  AGS_PATTERN,
  ARS_PATTERN,
  kommuneArsSet,
  ORGANISATION_KEY_PATTERN,
  organisationKeySet,
} from '@kaz/reference-data';
import { badUserInput } from './errors.ts';

// The input vocabulary of every subgraph: each `parse*` checks one kind of value a client sends and
// returns it as the write or lookup uses it, or throws BAD_USER_INPUT naming `field` (`input.title`,
// `filter.municipalityArs`) with what is wrong, so that the client knows what to correct. None of them
// touches the database. Dates and timestamps are in date-inputs.ts.

export { AGS_PATTERN, ARS_PATTERN, ORGANISATION_KEY_PATTERN };

/** How much of a wrong value an error message repeats; the rest is cut, so that no message grows with the input. */
const SHOWN_CHARACTERS = 40;

/** `value` quoted for an error message (`"…"`), cut after SHOWN_CHARACTERS code points. */
export function quoteInput(value: string): string {
  const characters = [...value];
  return characters.length > SHOWN_CHARACTERS ? `"${characters.slice(0, SHOWN_CHARACTERS).join('')}…"` : `"${value}"`;
}

/**
 * `value` trimmed, when something is left and it has at most `max` characters. Characters are
 * counted as a person counts them, by Unicode code point ("ä" and "😀" are one each), not by UTF-16 unit.
 */
export function parseText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  const length = [...text].length;
  if (length > max) throw badUserInput(field, `must be at most ${max} characters long (it has ${length})`);
  return text;
}

/** A version a client sends back (optimistic locking): a whole number from 1. */
export function parseVersion(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw badUserInput(field, 'must be the version you last read (1 or more)');
  return value;
}

/** numeric(14,2), the type of every amount of money, holds less than this. */
const MAX_AMOUNT = 1e12;

/** An amount of euros: 0 or more, below a trillion (what numeric(14,2) holds), whole cents. */
export function parseMoney(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw badUserInput(field, `must be 0 or more; got ${value}`);
  if (value >= MAX_AMOUNT) throw badUserInput(field, `must be less than ${MAX_AMOUNT} euros`);
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) throw badUserInput(field, 'must be whole cents');
  return value;
}

/** A key of a fixed shape (`pattern`), e.g. a contract number; the message shows `example`. */
export function parseKey(field: string, value: string, pattern: RegExp, example: string): string {
  if (!pattern.test(value)) throw badUserInput(field, `must look like "${example}"; got ${quoteInput(value)}`);
  return value;
}

/** An ARS by its shape only (12 digits), for lookups and filters that answer "none" for an unknown one. */
export function parseArs(field: string, value: string): string {
  if (!ARS_PATTERN.test(value)) {
    throw badUserInput(
      field,
      `must be a 12-digit ARS (Amtlicher Regionalschlüssel), e.g. "120540000000"; got ${quoteInput(value)}`,
    );
  }
  return value;
}

/** An AGS by its shape only (8 digits), for lookups. */
export function parseAgs(field: string, value: string): string {
  if (!AGS_PATTERN.test(value)) {
    throw badUserInput(
      field,
      `must be an 8-digit AGS (Amtlicher Gemeindeschlüssel), e.g. "12054000"; got ${quoteInput(value)}`,
    );
  }
  return value;
}

/** The ARS of a real Kommune of Brandenburg's reference data (Gemeinden, Ämter and Landkreise included). */
export function parseKommuneArs(field: string, value: string): string {
  parseArs(field, value);
  if (!kommuneArsSet().has(value)) throw badUserInput(field, `${value} is not the ARS of a Kommune in Brandenburg`);
  return value;
}

/** At least one Kommune, each real (parseKommuneArs), none twice; returned sorted. */
export function parseKommuneArsList(field: string, values: readonly string[]): string[] {
  if (values.length === 0) throw badUserInput(field, 'must name at least one Kommune');
  for (const value of values) parseKommuneArs(field, value);
  return parseDistinct(field, values);
}

/** The key of a known partner organisation (e.g. "lda") of the reference data. */
export function parseOrganisationKey(field: string, value: string): string {
  if (!ORGANISATION_KEY_PATTERN.test(value)) {
    throw badUserInput(field, `must be an organisation key such as "lda"; got ${quoteInput(value)}`);
  }
  if (!organisationKeySet().has(value)) throw badUserInput(field, `${value} is not a known organisation`);
  return value;
}

/** `values` sorted, when none occurs twice. */
export function parseDistinct(field: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw badUserInput(field, `names ${quoteInput(value)} twice`);
    seen.add(value);
  }
  return [...seen].sort();
}

/**
 * `value`, or undefined when it was left out; BAD_USER_INPUT for an explicit null. For input fields of a
 * change where leaving the field out means "keep", and null would "clear" a value that must not be empty.
 */
export function notNull<T>(field: string, value: T | null | undefined): T | undefined {
  if (value === null) throw badUserInput(field, 'must not be null; leave the field out to keep the stored value');
  return value;
}
