import { auditEntries, expectError, expectRefused, headersAs } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Vergabehilfen (Umsetzungskonzept Kaz, §3): the Kaz records the templates it offers free of charge,
// a Kommune records its own use of one (issue 13).

const POTSDAM = '120540000000';
const { subgraph, as } = setUpSubgraph({ ars: POTSDAM });

const LIST = `query ($status: ProcurementTemplateStatus) { procurementTemplates(status: $status) { totalCount
  nodes { id kind title status freeOfCharge decision { id } uses { municipality { ars } since isSample } isSample } } }`;
const CREATE = `mutation ($input: CreateProcurementTemplateInput!) { createProcurementTemplate(input: $input) {
  id kind status freeOfCharge decision { id } version isSample } }`;
const USE = `mutation ($input: RecordProcurementTemplateUseInput!) { recordProcurementTemplateUse(input: $input) {
  municipality { ars } since version isSample } }`;

describe('procurementTemplates', () => {
  it('lists the sample Vergabehilfen with the Kommunen that use them, for anyone', async () => {
    const result = await subgraph.query(LIST, { status: 'ADOPTED' });
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = (result.data as any).procurementTemplates;
    expect(totalCount).toBe(3);
    expect(nodes.every((n: any) => n.isSample && n.freeOfCharge && n.status === 'ADOPTED')).toBe(true);
    expect(nodes[0].uses.map((u: any) => u.municipality.ars)).toEqual([POTSDAM, '120730000000']);
  });
});

describe('createProcurementTemplate', () => {
  it('records a template for the Kaz with version 1 and one audit entry', async () => {
    const input = {
      id: 'VH-2027-001',
      kind: 'MODEL_CONTRACT',
      title: 'Mustervertrag Wartung',
      status: 'DRAFT',
      freeOfCharge: true,
    };
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).createProcurementTemplate).toEqual({
      id: 'VH-2027-001',
      kind: 'MODEL_CONTRACT',
      status: 'DRAFT',
      freeOfCharge: true,
      decision: null,
      version: 1,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'ProcurementTemplate', entityId: 'VH-2027-001' });
    expect(entries).toHaveLength(1);
  });

  it.each([
    ['a malformed number', { id: 'VH-1' }, 'input.id'],
    ['an existing number', { id: 'VH-2022-001' }, 'input.id'],
    ['a WITHDRAWN new template', { status: 'WITHDRAWN' }, 'input.status'],
    ['a decision for a draft', { status: 'DRAFT', decisionId: 'itrat-2021-7' }, 'input.decisionId'],
    ['a malformed decision key', { decisionId: 'Beschluss 7' }, 'input.decisionId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    const input = {
      id: 'VH-2027-009',
      kind: 'TENDER_DOCUMENTS',
      title: 'Vergabeunterlagen',
      status: 'ADOPTED',
      freeOfCharge: true,
      ...changes,
    };
    await expectRefused(subgraph, () => subgraph.query(CREATE, { input }, as['kaz-editor']), 'BAD_USER_INPUT', field);
  });

  it('refuses the Kommune, the ministry and the LDA', async () => {
    const input = { id: 'VH-2027-002', kind: 'MODEL_CONTRACT', title: 'Muster', status: 'DRAFT', freeOfCharge: true };
    for (const column of ['municipality', 'ministry', 'auditor'] as const) {
      expectError(await subgraph.query(CREATE, { input }, as[column]), 'FORBIDDEN');
    }
    expectError(await subgraph.query(CREATE, { input }), 'UNAUTHENTICATED');
  });
});

describe('recordProcurementTemplateUse', () => {
  it('records a Kommune’s own use, audited, and moves its day with a new version', async () => {
    const input = { templateId: 'VH-2024-001', municipalityArs: POTSDAM, since: '2025-01-01' };
    const first = await subgraph.query(USE, { input }, as.municipality);
    expect(first.errors).toBeUndefined();
    expect((first.data as any).recordProcurementTemplateUse).toEqual({
      municipality: { ars: POTSDAM },
      since: '2025-01-01',
      version: 1,
      isSample: false,
    });
    const again = await subgraph.query(USE, { input: { ...input, since: '2025-02-01' } }, as.municipality);
    expect((again.data as any).recordProcurementTemplateUse).toMatchObject({ since: '2025-02-01', version: 2 });
    const entries = await auditEntries(subgraph.db, {
      entityType: 'ProcurementTemplateUse',
      entityId: `VH-2024-001/${POTSDAM}`,
    });
    expect(entries).toHaveLength(2);
  });

  it('refuses another Kommune’s use (FORBIDDEN), the Kaz (FORBIDDEN) and a template not offered (BAD_USER_INPUT)', async () => {
    const other = { templateId: 'VH-2024-001', municipalityArs: '120730000000', since: '2025-01-01' };
    await expectRefused(subgraph, () => subgraph.query(USE, { input: other }, as.municipality), 'FORBIDDEN');
    await expectRefused(subgraph, () => subgraph.query(USE, { input: other }, as['kaz-editor']), 'FORBIDDEN');
    const uckermark = await headersAs(subgraph.issuer, 'municipality', '120730000000');
    await expectRefused(
      subgraph,
      () => subgraph.query(USE, { input: { ...other, templateId: 'VH-2026-001' } }, uckermark),
      'BAD_USER_INPUT',
      'input.templateId',
    );
  });
});
