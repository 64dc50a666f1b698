import { fixedClock } from '@kaz/subgraph-kit';
import type { RecordValues } from '@kaz/subgraph-kit/records';
import { describeRecordImport } from '@kaz/subgraph-kit/testing';
import { decisionRecords } from '../src/records/decision-record.ts';
import { organisationsSubgraph } from '../src/subgraph.ts';

/** Decision `i` of the IT-Rat's minutes. */
function decision(i: number): RecordValues {
  return {
    id: `itrat-2025-${i}`,
    committeeId: 'it-rat',
    reference: `Beschluss 2025/${i}`,
    decidedOn: '2025-03-12',
    title: `Einführung der E-Akte, Stufe ${i}`,
    text: 'Der IT-Rat beschließt:\n1. die Einführung; 2. die "Finanzierung".',
  };
}

describeRecordImport({
  definition: organisationsSubgraph,
  type: decisionRecords,
  clock: fixedClock('2026-06-01T10:00:00Z'),
  validRow: decision,
  changed: { refused: (values) => ({ ...values, title: 'Geänderter Betreff' }), field: 'title' },
  invalidRows: [
    { values: { ...decision(90), id: 'itrat-2024-90' }, field: 'id' },
    { values: { ...decision(91), committeeId: 'pg-ozg', id: null }, field: 'committeeId' },
    { values: { ...decision(92), decidedOn: '2026-12-24' }, field: 'decidedOn' },
    { values: { ...decision(93), title: 'x'.repeat(301) }, field: 'title' },
    { values: { ...decision(94), text: '' }, field: 'text' },
    { values: { ...decision(95), reference: decision(1).reference as string, id: null }, field: '(row)' },
  ],
});
