import { type Page, selectPage } from '@kaz/subgraph-kit';
import {
  type ColumnType,
  type Generated,
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import type { Database } from './database.ts';
import { type IncidentVisibility, type Tlp, visibleIncident } from './visibility.ts';

/** Kinds of security incident, as stored and as exposed in the schema. */
export const INCIDENT_CATEGORIES = [
  'MALWARE',
  'PHISHING',
  'RANSOMWARE',
  'DDOS',
  'DATA_LEAK',
  'VULNERABILITY',
  'UNAUTHORISED_ACCESS',
  'OUTAGE',
  'OTHER',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** How serious an incident is, from the least to the most. */
export const INCIDENT_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Where an incident stands in its handling, in order. */
export const INCIDENT_STATUSES = ['REPORTED', 'TRIAGED', 'CONTAINED', 'RESOLVED', 'CLOSED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** GDPR Art. 33(1)/34(1): how likely a breach of personal data is to result in a risk to the persons affected. */
export const BREACH_RISKS = ['UNLIKELY', 'RISK', 'HIGH_RISK'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];

/** GDPR Art. 34(3) (a)–(c): why the persons affected need not be informed of a high-risk breach. */
export const DATA_SUBJECT_EXEMPTIONS = [
  'DATA_UNINTELLIGIBLE',
  'RISK_NO_LONGER_LIKELY',
  'DISPROPORTIONATE_EFFORT',
] as const;
export type DataSubjectExemption = (typeof DATA_SUBJECT_EXEMPTIONS)[number];

/** Statuses of an incident that is no longer being worked on. */
export const FINISHED_STATUSES: IncidentStatus[] = ['RESOLVED', 'CLOSED'];

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;

export interface SecurityIncidentTable {
  id: string;
  title: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  status: IncidentStatus;
  tlp: Tlp;
  detected_at: Timestamp;
  reported_at: Timestamp;
  resolved_at: NullableTimestamp;
  reporter_organisation_id: string | null;
  reporting_municipality_ars: string | null;
  personal_data_involved: boolean;
  lda_notification_due_at: NullableTimestamp;
  lda_notified_at: NullableTimestamp;
  /** GDPR Art. 33(1): the controller's assessment of the risk to the persons affected; null while not assessed. */
  breach_risk: ColumnType<BreachRisk | null, BreachRisk | null | undefined, BreachRisk | null>;
  breach_risk_assessed_on: ColumnType<string | null, string | null | undefined, string | null>;
  breach_risk_reasoning: ColumnType<string | null, string | null | undefined, string | null>;
  /** Art. 33(1): why the LDA was notified later than 72 hours after detection. */
  lda_notification_late_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** Art. 34: whether the persons affected were informed; null while not recorded. */
  data_subjects_informed: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  data_subjects_informed_on: ColumnType<string | null, string | null | undefined, string | null>;
  data_subject_exemption: ColumnType<
    DataSubjectExemption | null,
    DataSubjectExemption | null | undefined,
    DataSubjectExemption | null
  >;
  data_subject_communication_note: ColumnType<string | null, string | null | undefined, string | null>;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Which Kommunen (by ARS) an incident affects. */
export interface SecurityIncidentMunicipalityTable {
  incident_id: string;
  ars: string;
}

export type IncidentRow = Selectable<SecurityIncidentTable>;
export type NewIncident = Insertable<SecurityIncidentTable>;

/** A filter on the list of incidents; all given parts must match. */
export interface IncidentFilter {
  statuses?: readonly IncidentStatus[] | null | undefined;
  severities?: readonly IncidentSeverity[] | null | undefined;
  categories?: readonly IncidentCategory[] | null | undefined;
  /** Detected at or after this instant. */
  detectedFrom?: Date | undefined;
  /** Detected before this instant (or at it, when `inclusive`). */
  detectedTo?: { at: Date; inclusive: boolean } | undefined;
  /** Affecting this Kommune. */
  municipalityArs?: string | null | undefined;
  /** Affecting a Kommune in this Landkreis: its 5-digit prefix of the ARS (the Landkreis itself included). */
  districtPrefix?: string | undefined;
  /** With (true) or without (false) personal data. */
  personalDataInvolved?: boolean | null | undefined;
  /** Notified to the LDA after (true) or not after (false: in time, or not notified) the 72-hour deadline. */
  ldaNotifiedLate?: boolean | null | undefined;
  /** Assessed with one of these risks. */
  breachRisks?: readonly BreachRisk[] | null | undefined;
}

/** Visible incidents by id; hidden and missing ones are simply absent. */
export function findIncidentsById(db: Kysely<Database>, visibility: IncidentVisibility, ids: readonly string[]) {
  return db
    .selectFrom('security_incident')
    .selectAll()
    .where('id', 'in', ids)
    .where(visibleIncident(visibility))
    .execute();
}

function filtered(db: Kysely<Database>, visibility: IncidentVisibility, filter: IncidentFilter) {
  let query = db.selectFrom('security_incident').where(visibleIncident(visibility));
  if (filter.statuses && filter.statuses.length > 0) query = query.where('status', 'in', filter.statuses);
  if (filter.severities && filter.severities.length > 0) query = query.where('severity', 'in', filter.severities);
  if (filter.categories && filter.categories.length > 0) query = query.where('category', 'in', filter.categories);
  if (filter.detectedFrom) query = query.where('detected_at', '>=', filter.detectedFrom);
  if (filter.detectedTo)
    query = query.where('detected_at', filter.detectedTo.inclusive ? '<=' : '<', filter.detectedTo.at);
  if (filter.municipalityArs) {
    const ars = filter.municipalityArs;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('security_incident_municipality as affected')
          .select('affected.ars')
          .whereRef('affected.incident_id', '=', 'security_incident.id')
          .where('affected.ars', '=', ars),
      ),
    );
  }
  if (filter.districtPrefix) {
    // The prefix is five digits (checked by the caller), so it holds no LIKE wildcard.
    const pattern = `${filter.districtPrefix}%`;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('security_incident_municipality as in_district')
          .select('in_district.ars')
          .whereRef('in_district.incident_id', '=', 'security_incident.id')
          .where('in_district.ars', 'like', pattern),
      ),
    );
  }
  if (filter.personalDataInvolved != null)
    query = query.where('personal_data_involved', '=', filter.personalDataInvolved);
  if (filter.ldaNotifiedLate != null) {
    const late = sql<SqlBool>`coalesce(lda_notified_at > lda_notification_due_at, false)`;
    query = query.where(filter.ldaNotifiedLate ? late : sql<SqlBool>`not ${late}`);
  }
  if (filter.breachRisks && filter.breachRisks.length > 0) query = query.where('breach_risk', 'in', filter.breachRisks);
  return query;
}

/**
 * One page of the visible incidents matching the filter, newest first (detectedAt descending, then
 * id), and the number of all visible incidents that match.
 */
export async function listIncidents(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  filter: IncidentFilter,
  page: Page,
) {
  return selectPage(filtered(db, visibility, filter), page, (query) =>
    query.selectAll().orderBy('detected_at', 'desc').orderBy('id'),
  );
}

/**
 * The visible incidents with personal data whose LDA notification was still outstanding at `asOf`:
 * detected by then and not notified by then, and not assessed as unlikely to result in a risk (then
 * GDPR Art. 33(1) requires no notification). Ordered by the notification deadline, then id; with
 * `window`, only those due before `window.dueBefore`, at most `window.limit` of them.
 */
export function findLdaNotificationsDue(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  asOf: Date,
  window?: { dueBefore: Date; limit: number },
) {
  let query = db.selectFrom('security_incident');
  if (window) query = query.where('lda_notification_due_at', '<', window.dueBefore).limit(window.limit);
  return query
    .selectAll()
    .where(visibleIncident(visibility))
    .where('personal_data_involved', '=', true)
    .where(sql<SqlBool>`breach_risk is distinct from 'UNLIKELY'`)
    .where('detected_at', '<=', asOf)
    .where((eb) => eb.or([eb('lda_notified_at', 'is', null), eb('lda_notified_at', '>', asOf)]))
    .orderBy('lda_notification_due_at')
    .orderBy('id')
    .execute();
}
