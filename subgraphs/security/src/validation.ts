import {
  ARS_PATTERN,
  badUserInput,
  notBefore,
  parseDistinct,
  parseKommuneArs,
  parseOrganisationKey,
  quoteInput,
  RANDOM_REFERENCE_PART,
} from '@kaz/subgraph-kit';
import { FINISHED_STATUSES, INCIDENT_STATUSES, type IncidentStatus } from './db/security-incident.ts';

// The inputs particular to the security subgraph; every other input (text, dates, moments, ARS,
// versions) is checked by the kit's parse* functions. The mutations and the bulk import
// (src/records/) check with these same functions, each naming its own field.

/** The longest title of an incident. */
export const INCIDENT_TITLE_MAX = 200;

/** GDPR Art. 33: the LDA must be notified within 72 hours of detection. */
const LDA_DEADLINE_MS = 72 * 3_600_000;

/** When the LDA must have been notified of an incident detected at `detectedAt`: 72 hours later with personal data, else never (null). */
export function ldaNotificationDue(detectedAt: Date, personalDataInvolved: boolean): Date | null {
  return personalDataInvolved ? new Date(detectedAt.getTime() + LDA_DEADLINE_MS) : null;
}

/**
 * `notifiedAt` as the LDA notification of `incident`: only for an incident with personal data
 * (BAD_USER_INPUT on `fields.id` otherwise), not before its detection (on `fields.notifiedAt`).
 */
export function parseLdaNotification(
  fields: { id: string; notifiedAt: string },
  notifiedAt: Date,
  incident: { id: string; personal_data_involved: boolean; detected_at: Date },
): Date {
  if (!incident.personal_data_involved) {
    throw badUserInput(fields.id, `${incident.id} involves no personal data, so the LDA need not be notified`);
  }
  if (notifiedAt < incident.detected_at) {
    throw badUserInput(
      fields.notifiedAt,
      `must not be before the incident was detected (${incident.detected_at.toISOString()})`,
    );
  }
  return notifiedAt;
}

/**
 * When an incident in `status` was resolved: a moment (not before `detectedAt`) exactly when the status
 * is RESOLVED or CLOSED — what changeIncidentStatus stamps on entering them — else null. BAD_USER_INPUT
 * naming `field` otherwise.
 */
export function parseResolvedAt(
  field: string,
  status: IncidentStatus,
  resolvedAt: Date | null,
  detectedAt: Date,
): Date | null {
  const finished = FINISHED_STATUSES.includes(status);
  if (finished && resolvedAt === null) throw badUserInput(field, `is required for a ${status} incident`);
  if (!finished && resolvedAt !== null) throw badUserInput(field, `must be empty for a ${status} incident`);
  if (resolvedAt !== null) notBefore(field, resolvedAt, detectedAt, 'detectedAt');
  return resolvedAt;
}

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
