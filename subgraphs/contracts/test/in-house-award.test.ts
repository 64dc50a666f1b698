import { auditEntries, expectError, expectRefused } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// An Inhouse-Vergabe (§ 108 GWB) has no Bekanntmachung (issue 13): the publication rules that hold for
// every other Verfahrensart must not demand one of it.

const { subgraph, as } = setUpSubgraph({ ars: '120540000000' });

const PROCEDURE = 'id procedureType status publishedOn awardedOn version isSample';
const CREATE = `mutation ($input: CreateProcurementProcedureInput!) { createProcurementProcedure(input: $input) { ${PROCEDURE} } }`;
const UPDATE = `mutation ($input: UpdateProcurementProcedureInput!) { updateProcurementProcedure(input: $input) { ${PROCEDURE} } }`;

let serial = 700;
function inHouseInput(changes: Record<string, unknown> = {}) {
  serial += 1;
  return {
    id: `VG-2027-${serial}`,
    title: 'Betrieb des Fachverfahrens Einwohnerwesen durch den kommunalen IT-Dienstleister',
    procedureType: 'IN_HOUSE_AWARD',
    estimatedValueEur: 180000,
    participatingMunicipalityArs: ['120540000000'],
    ...changes,
  };
}

async function createInHouse() {
  const result = await subgraph.query(CREATE, { input: inHouseInput() }, as['kaz-editor']);
  expect(result.errors).toBeUndefined();
  return (result.data as any).createProcurementProcedure as { id: string; status: string; publishedOn: null };
}

describe('an in-house award (Inhouse-Vergabe, § 108 GWB)', () => {
  it('is awarded without a Bekanntmachung: PLANNED straight to AWARDED, publishedOn null, audited', async () => {
    const created = await createInHouse();
    expect(created).toMatchObject({ procedureType: 'IN_HOUSE_AWARD', status: 'PLANNED', publishedOn: null });
    const result = await subgraph.query(
      UPDATE,
      { input: { id: created.id, version: 1, status: 'AWARDED', awardedOn: '2027-02-01' } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).updateProcurementProcedure).toEqual({
      id: created.id,
      procedureType: 'IN_HOUSE_AWARD',
      status: 'AWARDED',
      publishedOn: null,
      awardedOn: '2027-02-01',
      version: 2,
      isSample: false,
    });
    const entries = await auditEntries(subgraph.db, { entityType: 'ProcurementProcedure', entityId: created.id });
    expect(entries.map((e) => e.operation)).toEqual(['createProcurementProcedure', 'updateProcurementProcedure']);
  });

  it.each([
    ['PUBLISHED at the start', { status: 'PUBLISHED', publishedOn: '2027-01-10' }, 'input.status'],
    ['a publication date', { publishedOn: '2027-01-10' }, 'input.publishedOn'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_case, changes, field) => {
    await expectRefused(
      subgraph,
      () => subgraph.query(CREATE, { input: inHouseInput(changes) }, as['kaz-editor']),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('cannot be moved to PUBLISHED or given a publication date', async () => {
    const { id } = await createInHouse();
    const published = await subgraph.query(
      UPDATE,
      { input: { id, version: 1, status: 'PUBLISHED', publishedOn: '2027-01-10' } },
      as['kaz-editor'],
    );
    expectError(published, 'BAD_USER_INPUT', 'input.status');
    const dated = await subgraph.query(
      UPDATE,
      { input: { id, version: 1, publishedOn: '2027-01-10' } },
      as['kaz-editor'],
    );
    expectError(dated, 'BAD_USER_INPUT', 'input.publishedOn');
    const moved = await subgraph.query(UPDATE, { input: { id, version: 1, status: 'EVALUATION' } }, as['kaz-editor']);
    expect(expectError(moved, 'BAD_USER_INPUT', 'input.status').message).toContain('no Bekanntmachung');
  });

  it('is held to the same rules by the database: no published date, no PUBLISHED status', async () => {
    const { id } = await createInHouse();
    await expect(
      sql`update procurement_procedure set published_on = '2027-01-10' where id = ${id}`.execute(subgraph.db),
    ).rejects.toThrow(/procurement_procedure_in_house_check/);
    await expect(
      sql`update procurement_procedure set status = 'AWARDED', awarded_on = '2027-02-01' where id = ${id}`.execute(
        subgraph.db,
      ),
    ).resolves.toBeDefined();
  });

  it('keeps cancelling a planned procedure of any kind possible (the check of 2026_11_26_170100)', async () => {
    const { id } = await createInHouse();
    await expect(
      sql`update procurement_procedure set status = 'CANCELLED' where id = ${id}`.execute(subgraph.db),
    ).resolves.toBeDefined();
    await expect(
      sql`update procurement_procedure set status = 'CANCELLED' where id = 'VG-2026-005' and status = 'PLANNED'`.execute(
        subgraph.db,
      ),
    ).resolves.toBeDefined();
  });

  it('still requires a Bekanntmachung of every other procedure moved past PLANNED', async () => {
    const created = await subgraph.query(
      CREATE,
      { input: inHouseInput({ procedureType: 'NEGOTIATED_AWARD' }) },
      as['kaz-editor'],
    );
    const { id } = (created.data as any).createProcurementProcedure;
    const awarded = await subgraph.query(
      UPDATE,
      { input: { id, version: 1, status: 'AWARDED', awardedOn: '2027-02-01' } },
      as['kaz-editor'],
    );
    expectError(awarded, 'BAD_USER_INPUT', 'input.status');
  });
});
