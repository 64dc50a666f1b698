// The security subgraph's test support: the one line that sets up a test file's subgraph, on the
// kit's fixtures (`@kaz/subgraph-kit/testing`), and what several of its test files share.
import { type SetUpOptions, type SubgraphOfFile, setUpTestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';
import { securitySubgraph } from '../src/subgraph.ts';

/**
 * Sets up this test file's security subgraph (`setUpTestSubgraph`): started before its tests, stopped
 * after them. `const { subgraph, as } = setUpSubgraph();` at the top of the file.
 */
export function setUpSubgraph(options?: SetUpOptions): SubgraphOfFile<Database> {
  return setUpTestSubgraph(securitySubgraph, options);
}

/** Gramzow (Uckermark), an amtsangehörige Gemeinde; its Amt, its Landkreis, a neighbour in the same Amt. */
export const GRAMZOW = '120735306225';
export const AMT_GRAMZOW = '120735306000';
export const UCKERMARK = '120730000000';
export const GRUENOW = '120735306261';
export const COTTBUS = '120520000000';

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
