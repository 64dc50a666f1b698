import { fixedClock } from '@kaz/subgraph-kit';
import type { RecordValues } from '@kaz/subgraph-kit/records';
import { describeRecordImport } from '@kaz/subgraph-kit/testing';
import { incidentRecords } from '../src/records/incident-record.ts';
import { securitySubgraph } from '../src/subgraph.ts';

const POTSDAM = '120540000000';
const BRANDENBURG_AN_DER_HAVEL = '120510000000';

/** Incident `i` of CERT's archive: closed ones with personal data and an LDA notification, and open ones. */
function incident(i: number): RecordValues {
  const closed = i % 2 === 1;
  const byKommune = i % 3 === 0;
  return {
    id: `CERT-BB-2024-${String(i).padStart(4, '0')}`,
    title: `Phishing-Welle Nr. ${i}, "Rechnung; bitte prüfen"`,
    category: 'PHISHING',
    severity: 'HIGH',
    status: closed ? 'CLOSED' : 'TRIAGED',
    tlp: byKommune ? 'RED' : 'AMBER',
    detectedAt: '2024-05-06T08:15:00.000Z',
    reportedAt: '2024-05-06T09:00:00.000Z',
    resolvedAt: closed ? '2024-05-08T16:30:00.000Z' : null,
    reporterOrganisationId: byKommune ? null : 'zit_bb',
    reportingMunicipalityArs: byKommune ? POTSDAM : null,
    affectedMunicipalityArs: closed ? [BRANDENBURG_AN_DER_HAVEL, POTSDAM] : [POTSDAM],
    personalDataInvolved: closed,
    ldaNotifiedAt: closed ? '2024-05-07T10:00:00.000Z' : null,
    recipients: byKommune ? [POTSDAM, 'lda'] : [],
  };
}

describeRecordImport({
  definition: securitySubgraph,
  type: incidentRecords,
  clock: fixedClock('2026-06-01T10:00:00Z'),
  validRow: incident,
  changed: { accepted: (values) => ({ ...values, status: 'RESOLVED', resolvedAt: '2024-05-09T12:00:00.000Z' }) },
  invalidRows: [
    { values: { ...incident(90), id: 'INC-1' }, field: 'id' },
    { values: { ...incident(91), tlp: 'AMBER+STRICT' }, field: 'tlp' },
    { values: { ...incident(92), detectedAt: '2027-01-01T00:00:00.000Z' }, field: 'detectedAt' },
    { values: { ...incident(93), reportedAt: '2024-05-06T08:00:00.000Z' }, field: 'reportedAt' },
    { values: { ...incident(95), resolvedAt: null }, field: 'resolvedAt' },
    {
      values: { ...incident(94), reporterOrganisationId: 'lda', reportingMunicipalityArs: POTSDAM },
      field: 'reporterOrganisationId',
    },
    {
      values: { ...incident(97), personalDataInvolved: false, ldaNotifiedAt: '2024-05-07T10:00:00.000Z' },
      field: 'personalDataInvolved',
    },
    { values: { ...incident(99), recipients: ['nobody'] }, field: 'recipients' },
    { values: { ...incident(101), detectedAt: '2024-05-06' }, field: 'detectedAt' },
    { values: incident(1), field: '(row)' },
  ],
});
