import { auditEntries, expectError, expectRefused } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { refusesToAllButContractEditors, setUpSubgraph } from './support.ts';

// Auftragsverarbeitung (Art. 28 DSGVO): which vendors process personal data on the Kommunen's behalf,
// asked by the LDA (issue 13), recorded by the Kaz.

const { subgraph, as } = setUpSubgraph();

const LIST = `query ($without: Boolean) { dataProcessings(withoutAgreement: $without, first: 100) { totalCount
  nodes { licenceId vendor product processorAgreementOn hasProcessorAgreement municipalities { ars } isSample } } }`;
const RECORD = `mutation ($input: RecordProcessorAgreementInput!) { recordProcessorAgreement(input: $input) {
  id processesPersonalData processorAgreementOn version } }`;

async function licenceWithoutProcessing() {
  return subgraph.db
    .selectFrom('licence')
    .select(['id', 'version'])
    .where('processes_personal_data', '=', false)
    .orderBy('id')
    .executeTakeFirstOrThrow();
}

describe('dataProcessings', () => {
  it('lists for the LDA the vendors that process personal data, with the Kommunen served and the agreement', async () => {
    const result = await subgraph.query(LIST, {}, as.auditor);
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = (result.data as any).dataProcessings;
    const expected = await subgraph.db
      .selectFrom('licence')
      .select('id')
      .where('processes_personal_data', '=', true)
      .execute();
    expect(totalCount).toBe(expected.length);
    expect(totalCount).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.isSample && n.hasProcessorAgreement === (n.processorAgreementOn !== null))).toBe(
      true,
    );
    expect(nodes.some((n: any) => n.municipalities.length > 0)).toBe(true);
    expect(nodes.some((n: any) => !n.hasProcessorAgreement)).toBe(true);
  });

  it('narrows to the gaps: those without an Auftragsverarbeitungsvertrag', async () => {
    const result = await subgraph.query(LIST, { without: true }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    const { nodes } = (result.data as any).dataProcessings;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.processorAgreementOn === null)).toBe(true);
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
  ] as const)('refuses the list to %s (%s)', async (column, code) => {
    const result = await subgraph.query(LIST, {}, as[column]);
    expectError(result, code);
    expect(result.data).toEqual({ dataProcessings: null });
  });
});

describe('recordProcessorAgreement', () => {
  it('records the processing and the agreement with a new version and one audit entry', async () => {
    const { id, version } = await licenceWithoutProcessing();
    const result = await subgraph.query(
      RECORD,
      { input: { licenceId: id, version, processesPersonalData: true, processorAgreementOn: '2025-06-30' } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).recordProcessorAgreement).toEqual({
      id,
      processesPersonalData: true,
      processorAgreementOn: '2025-06-30',
      version: version + 1,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'Licence', entityId: id });
    expect(entries.at(-1)).toMatchObject({
      operation: 'recordProcessorAgreement',
      before: { processes_personal_data: false, processor_agreement_on: null },
      after: { processes_personal_data: true, processor_agreement_on: '2025-06-30' },
    });
    const listed = await subgraph.query(LIST, { without: false }, as.auditor);
    expect((listed.data as any).dataProcessings.nodes.map((n: any) => n.licenceId)).toContain(id);
  });

  it.each([
    [
      'an agreement without processing',
      { processesPersonalData: false, processorAgreementOn: '2025-06-30' },
      'input.processorAgreementOn',
    ],
    [
      'an agreement in the future',
      { processesPersonalData: true, processorAgreementOn: '2999-01-01' },
      'input.processorAgreementOn',
    ],
    [
      'an impossible date',
      { processesPersonalData: true, processorAgreementOn: '2025-02-30' },
      'input.processorAgreementOn',
    ],
    ['a malformed licence number', { licenceId: 'L-1', processesPersonalData: true }, 'input.licenceId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const { id, version } = await licenceWithoutProcessing();
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD, { input: { licenceId: id, version, ...changes } }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('answers CONFLICT for a stale version and NOT_FOUND for an unknown licence', async () => {
    const { id, version } = await licenceWithoutProcessing();
    const stale = await subgraph.query(
      RECORD,
      { input: { licenceId: id, version: version + 5, processesPersonalData: true } },
      as['kaz-editor'],
    );
    expectError(stale, 'CONFLICT');
    const unknown = await subgraph.query(
      RECORD,
      { input: { licenceId: 'LIZ-9999', version: 1, processesPersonalData: true } },
      as['kaz-editor'],
    );
    expectError(unknown, 'NOT_FOUND');
  });

  refusesToAllButContractEditors(
    'processor agreement',
    () => ({ subgraph, as }),
    () => [
      [
        'recordProcessorAgreement',
        RECORD,
        { input: { licenceId: 'LIZ-0001', version: 1, processesPersonalData: true } },
      ],
    ],
  );
});
