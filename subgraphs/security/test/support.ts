import type { TestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';

/** Gramzow (Uckermark), an amtsangehörige Gemeinde; its Amt, its Landkreis, a neighbour in the same Amt. */
export const GRAMZOW = '120735306225';
export const AMT_GRAMZOW = '120735306000';
export const UCKERMARK = '120730000000';
export const GRUENOW = '120735306261';
export const COTTBUS = '120520000000';
export const POTSDAM = '120540000000';

/** The HTTP headers that carry a token, or none for an anonymous request. */
export function bearer(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Signs a token for `org` with `scopes` and returns its headers. */
export async function signAs(
  subgraph: TestSubgraph<Database>,
  org: string,
  scopes: string[] = [],
): Promise<Record<string, string>> {
  return bearer(await subgraph.issuer.sign({ org, scopes }));
}

/** The headers of CERT-Brandenburg (the security team): `security:read security:write`. */
export function asTeam(subgraph: TestSubgraph<Database>) {
  return signAs(subgraph, 'zit_bb', ['security:read', 'security:write']);
}

/** Every row of the tables the mutations write, to compare before and after a rejected change. */
export async function tables(subgraph: TestSubgraph<Database>) {
  const db = subgraph.db;
  return {
    incidents: await db.selectFrom('security_incident').selectAll().orderBy('id').execute(),
    affected: await db
      .selectFrom('security_incident_municipality')
      .selectAll()
      .orderBy('incident_id')
      .orderBy('ars')
      .execute(),
    recipients: await db
      .selectFrom('incident_recipient')
      .selectAll()
      .orderBy('incident_id')
      .orderBy('recipient')
      .execute(),
    concepts: await db.selectFrom('security_concept').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
  };
}

/** The audit entries written after entry `afterId`, oldest first. */
export function auditEntriesAfter(subgraph: TestSubgraph<Database>, afterId: number) {
  return subgraph.db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').execute();
}

/** The id of the newest audit entry, 0 when there is none. */
export async function lastAuditId(subgraph: TestSubgraph<Database>): Promise<number> {
  const row = await subgraph.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** The input of a report that passes every check; override single fields to break it. */
export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Phishing-Welle mit gefälschten Rechnungen – Gramzow',
    category: 'PHISHING',
    severity: 'MEDIUM',
    tlp: 'AMBER',
    detectedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    affectedMunicipalityArs: [GRAMZOW],
    personalDataInvolved: true,
    recipients: ['lda'],
    ...overrides,
  };
}

export const REPORT = `mutation ($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    id title category severity status tlp detectedAt reportedAt resolvedAt version
    affectedMunicipalities { ars } reporter { id } reportingMunicipality { ars }
    personalDataInvolved ldaNotificationDueAt ldaNotifiedAt isSample
  }
}`;

export const CHANGE_STATUS = `mutation ($input: ChangeIncidentStatusInput!) {
  changeIncidentStatus(input: $input) { id status resolvedAt version }
}`;

export const RECORD_LDA = `mutation ($input: RecordLdaNotificationInput!) {
  recordLdaNotification(input: $input) { id ldaNotifiedAt ldaNotificationOverdue version }
}`;

export const SAVE_CONCEPT = `mutation ($input: SaveSecurityConceptInput!) {
  saveSecurityConcept(input: $input) { id municipality { ars } basis status adoptedOn reviewDueOn version isSample }
}`;
