import {
  ARS_PATTERN,
  badUserInput,
  parseDistinct,
  parseKommuneArs,
  parseOrganisationKey,
  quoteInput,
  RANDOM_REFERENCE_PART,
} from '@kaz/subgraph-kit';
import { INCIDENT_STATUSES, type IncidentStatus } from './db/security-incident.ts';

// The inputs particular to the security subgraph; every other input (text, dates, moments, ARS,
// versions) is checked by the kit's parse* functions.

/**
 * Named recipients: each a real organisation key (e.g. "lda") or Kommune ARS, none twice; returned
 * sorted. BAD_USER_INPUT naming `field` otherwise.
 */
export function parseRecipients(field: string, values: readonly string[]): string[] {
  for (const value of values) {
    if (ARS_PATTERN.test(value)) parseKommuneArs(field, value);
    else parseOrganisationKey(field, value);
  }
  return parseDistinct(field, values);
}

// Both forms stay valid: the random references of new incidents and the numbered ones
// ("CERT-BB-<year>-<nnnn>") that incidents reported before keep as their public key.
const INCIDENT_ID = new RegExp(`^CERT-BB-(\\d{4}-\\d{4}|${RANDOM_REFERENCE_PART})$`);

/**
 * An incident reference, "CERT-BB-7QK3-M9XA-2DHF" or the older "CERT-BB-2025-0042", in any letter
 * case; returned in capitals. BAD_USER_INPUT naming `field` otherwise.
 */
export function parseIncidentId(field: string, value: string): string {
  const id = value.toUpperCase();
  if (!INCIDENT_ID.test(id)) {
    throw badUserInput(field, 'must be an incident reference like "CERT-BB-7QK3-M9XA-2DHF" or "CERT-BB-2025-0042"');
  }
  return id;
}

const ADVISORY_ID = /^CERT-BB-ADV-\d{4}-\d{4}$/;

/**
 * An advisory reference, "CERT-BB-ADV-2026-0007", in any letter case; returned in capitals.
 * BAD_USER_INPUT naming `field` otherwise.
 */
export function parseAdvisoryId(field: string, value: string): string {
  const id = value.toUpperCase();
  if (!ADVISORY_ID.test(id)) throw badUserInput(field, 'must be an advisory reference like "CERT-BB-ADV-2026-0007"');
  return id;
}

const CVE_ID = /^CVE-\d{4}-\d{4,7}$/;

/** CVE ids ("CVE-2026-12345"), in any letter case, none twice; returned in capitals, sorted. */
export function parseCveIds(field: string, values: readonly string[]): string[] {
  const ids = values.map((value) => value.trim().toUpperCase());
  for (const id of ids) {
    if (!CVE_ID.test(id)) throw badUserInput(field, `must hold CVE ids like "CVE-2026-12345", not ${quoteInput(id)}`);
  }
  return parseDistinct(field, ids);
}

/**
 * The status an incident in status `from` moves to: `to` when it comes later in the lifecycle
 * REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED (steps may be skipped); BAD_USER_INPUT naming
 * `field` otherwise (the lifecycle never goes back).
 */
export function parseIncidentStatusMove(field: string, from: IncidentStatus, to: IncidentStatus): IncidentStatus {
  if (INCIDENT_STATUSES.indexOf(to) > INCIDENT_STATUSES.indexOf(from)) return to;
  throw badUserInput(
    field,
    `cannot move from ${from} to ${to}: the lifecycle REPORTED → TRIAGED → CONTAINED → RESOLVED → CLOSED only goes forward`,
  );
}
