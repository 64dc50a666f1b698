import { fixedClock } from '@kaz/subgraph-kit';
import type { RecordValues } from '@kaz/subgraph-kit/records';
import { describeRecordImport } from '@kaz/subgraph-kit/testing';
import { projectRecords } from '../src/records/project-record.ts';
import { projectsSubgraph } from '../src/subgraph.ts';

const POTSDAM = '120540000000';
const BRANDENBURG_AN_DER_HAVEL = '120510000000';

/** Project number `i` of the Kaz's list: every second one processes personal data with a completed DSFA. */
function project(i: number): RecordValues {
  const personal = i % 2 === 0;
  return {
    id: `KAZ-${2000 + Math.floor(i / 100)}-${String(i % 100).padStart(2, '0')}`,
    title: `Digitaler Antrag Nr. ${i}, "Bauen; Wohnen"`,
    summary: 'Einführung eines Online-Antrags\nin zwei Kommunen.',
    kind: 'OZG_IMPLEMENTATION',
    phase: 'IN_PROGRESS',
    leadMinistryId: i % 3 === 0 ? null : 'mil',
    startDate: '2025-01-15',
    endDate: i % 4 === 0 ? null : '2027-12-31',
    municipalityArs: i % 2 === 0 ? [BRANDENBURG_AN_DER_HAVEL, POTSDAM] : [POTSDAM],
    ozgServiceIds: i % 5 === 0 ? [] : ['10000', '10001'],
    processesPersonalData: personal,
    dpiaStatus: personal ? 'COMPLETED' : 'NOT_REQUIRED',
    dpiaCompletedOn: personal ? '2025-03-01' : null,
  };
}

describeRecordImport({
  definition: projectsSubgraph,
  type: projectRecords,
  clock: fixedClock('2026-06-01T10:00:00Z'),
  validRow: project,
  changed: { accepted: (values) => ({ ...values, title: 'Neuer Titel', phase: 'PILOT' }) },
  invalidRows: [
    { values: { ...project(90), id: 'KAZ-26-1' }, field: 'id' },
    { values: { ...project(91), title: '   ' }, field: 'title' },
    { values: { ...project(92), kind: 'SOMETHING' }, field: 'kind' },
    { values: { ...project(93), municipalityArs: ['999999999999'] }, field: 'municipalityArs' },
    { values: { ...project(94), endDate: '2024-12-31' }, field: 'endDate' },
    { values: { ...project(95), processesPersonalData: false, dpiaStatus: 'REQUIRED' }, field: 'dpiaStatus' },
    { values: { ...project(96), ozgServiceIds: ['99999'] }, field: 'ozgServiceIds' },
    {
      values: { ...project(97), dpiaCompletedOn: '2026-07-01', dpiaStatus: 'COMPLETED', processesPersonalData: true },
      field: 'dpiaCompletedOn',
    },
    { values: project(1), field: '(row)' },
  ],
});
