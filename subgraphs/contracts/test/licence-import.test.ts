import { fixedClock } from '@kaz/subgraph-kit';
import type { RecordValues } from '@kaz/subgraph-kit/records';
import { describeRecordImport } from '@kaz/subgraph-kit/testing';
import { licenceRecords } from '../src/records/licence-record.ts';
import { contractsSubgraph } from '../src/subgraph.ts';

/** Licence number `i` of the licence register. */
function licence(i: number): RecordValues {
  return {
    id: `LIZ-${String(i).padStart(4, '0')}`,
    product: `Fachverfahren "Gewerbe", Modul ${i}`,
    vendor: 'Beispiel Software GmbH; Niederlassung Potsdam',
    seats: 10 + i,
    validFrom: '2025-01-01',
    validTo: '2027-12-31',
    annualCostEur: i % 2 === 0 ? 12500.5 : 980,
    contractId: null,
  };
}

describeRecordImport({
  definition: contractsSubgraph,
  type: licenceRecords,
  clock: fixedClock('2026-06-01T10:00:00Z'),
  validRow: licence,
  changed: { accepted: (values) => ({ ...values, seats: 500, annualCostEur: 13000.25 }) },
  invalidRows: [
    { values: { ...licence(90), id: 'LIZ-41' }, field: 'id' },
    { values: { ...licence(91), product: '' }, field: 'product' },
    { values: { ...licence(92), seats: -1 }, field: 'seats' },
    { values: { ...licence(93), validTo: '2024-12-31' }, field: 'validTo' },
    { values: { ...licence(94), annualCostEur: 10.005 }, field: 'annualCostEur' },
    { values: { ...licence(95), contractId: 'RV-2023-999' }, field: 'contractId' },
    { values: { ...licence(96), validFrom: '2025-02-30' }, field: 'validFrom' },
    { values: licence(1), field: '(row)' },
  ],
});
