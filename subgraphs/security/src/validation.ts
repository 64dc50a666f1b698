import { kommuneArsSet, organisationKeySet } from '@kaz/reference-data';
import { badUserInput, RANDOM_REFERENCE_PART } from '@kaz/subgraph-kit';
import { ARS_PATTERN } from './schema/refs.ts';

// The same shape as the `org` claim of a token (packages/auth), so that a recipient can be matched
// against a principal.
const ORGANISATION_KEY = /^[a-z][a-z0-9_]{1,31}$/;

/** Checks the ARS of a real Kommune of Brandenburg; BAD_USER_INPUT naming `field` otherwise. */
export function parseKommuneArs(field: string, value: string): string {
  if (!ARS_PATTERN.test(value)) throw badUserInput(field, 'must be a 12-digit ARS, e.g. "120540000000"');
  if (!kommuneArsSet().has(value)) throw badUserInput(field, `${value} is not the ARS of a Kommune in Brandenburg`);
  return value;
}

/** Checks a non-empty list of distinct Kommune ARS; BAD_USER_INPUT naming `field` otherwise. */
export function parseKommuneArsList(field: string, values: readonly string[]): string[] {
  if (values.length === 0) throw badUserInput(field, 'must name at least one Kommune');
  for (const value of values) parseKommuneArs(field, value);
  if (new Set(values).size !== values.length) throw badUserInput(field, 'must not name a Kommune twice');
  return [...values].sort();
}

/**
 * Checks named recipients: each a real organisation key (e.g. "lda") or Kommune ARS, none twice.
 * BAD_USER_INPUT naming `field` otherwise.
 */
export function parseRecipients(field: string, values: readonly string[]): string[] {
  for (const value of values) {
    if (ARS_PATTERN.test(value)) parseKommuneArs(field, value);
    else if (!ORGANISATION_KEY.test(value)) {
      throw badUserInput(field, 'each must be an organisation key such as "lda" or a 12-digit ARS');
    } else if (!organisationKeySet().has(value)) {
      throw badUserInput(field, `${value} is not a known organisation`);
    }
  }
  if (new Set(values).size !== values.length) throw badUserInput(field, 'must not name a recipient twice');
  return [...values].sort();
}

/** Checks free text: trimmed, not empty, at most `max` characters. Returns it trimmed. */
export function parseText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text;
}

/** Checks a version a client sends back: a positive integer. */
export function parseVersion(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw badUserInput(field, 'must be the version you last read (1 or more)');
  return value;
}

/** Checks that a moment is not later than `now`. */
export function notInFuture(field: string, at: Date, now: Date): Date {
  if (at.getTime() > now.getTime()) throw badUserInput(field, 'must not be in the future');
  return at;
}

// Both forms stay valid: the random references of new incidents and the numbered ones
// ("CERT-BB-<year>-<nnnn>") that incidents reported before keep as their public key.
const INCIDENT_ID = new RegExp(`^CERT-BB-(\\d{4}-\\d{4}|${RANDOM_REFERENCE_PART})$`);

/**
 * Checks an incident reference, "CERT-BB-7QK3-M9XA-2DHF" or the older "CERT-BB-2025-0042", in any
 * letter case; returns it in capitals. BAD_USER_INPUT naming `field` otherwise.
 */
export function parseIncidentId(field: string, value: string): string {
  const id = value.toUpperCase();
  if (!INCIDENT_ID.test(id)) {
    throw badUserInput(field, 'must be an incident reference like "CERT-BB-7QK3-M9XA-2DHF" or "CERT-BB-2025-0042"');
  }
  return id;
}
