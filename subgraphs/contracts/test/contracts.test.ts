// Over 250 lines: the contracts subgraph's reads and their input checks, on one started subgraph.
import { addDays } from '@kaz/reference-data';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { contractsSubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
const kaz = as['kaz-editor'];

/** Licences and certificates need a token (rules read.licence, read.certificate): these tests read as the Kaz. */
function asKaz(query: string, variables?: Record<string, unknown>) {
  return subgraph.query(query, variables, kaz);
}

/** Follows `endCursor` through a connection field and returns the ids in the order seen. */
async function pageThrough(
  field: string,
  args: string,
  pageSize: number,
): Promise<{ ids: string[]; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let round = 0; round < 100; round++) {
    const result: any = await asKaz(
      `query ($after: String) { ${field}(${args} first: ${pageSize}, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      { after },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data[field];
    totals.add(page.totalCount);
    ids.push(...page.nodes.map((node: { id: string }) => node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totals };
}

describe('sample data', () => {
  it('holds 25 procedures, 16 framework contracts, 40 licences and 80 certificates, all marked as sample data', async () => {
    const result = await asKaz(`{
      procurementProcedures(first: 500) { totalCount nodes { isSample } }
      frameworkContracts(first: 500) { totalCount nodes { isSample } }
      licences(first: 100) { totalCount nodes { isSample allocations { isSample } } }
      certificates(first: 500) { totalCount nodes { isSample } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.procurementProcedures.totalCount).toBe(25);
    expect(data.frameworkContracts.totalCount).toBe(16);
    expect(data.licences.totalCount).toBe(40);
    expect(data.certificates.totalCount).toBe(80);
    const flags = [
      ...data.procurementProcedures.nodes,
      ...data.frameworkContracts.nodes,
      ...data.licences.nodes,
      ...data.licences.nodes.flatMap((l: any) => l.allocations),
      ...data.certificates.nodes,
    ].map((node: { isSample: boolean }) => node.isSample);
    expect(new Set(flags)).toEqual(new Set([true]));
  });

  it('never allocates more seats of a licence than it has, and sums the allocations in allocatedSeats', async () => {
    const result = await asKaz(`{
      licences(first: 100) { nodes { id seats allocatedSeats freeSeats allocations { seats municipality { ars } licence { id } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const licences = (result.data as any).licences.nodes as any[];
    expect(licences).toHaveLength(40);
    for (const licence of licences) {
      const sum = licence.allocations.reduce((total: number, a: { seats: number }) => total + a.seats, 0);
      expect(licence.allocatedSeats).toBe(sum);
      expect(licence.allocatedSeats).toBeLessThanOrEqual(licence.seats);
      expect(licence.freeSeats).toBe(licence.seats - sum);
      for (const allocation of licence.allocations) expect(allocation.licence.id).toBe(licence.id);
    }
    // Most licences are handed out; the two whose term begins in 2027 are not yet.
    expect(licences.filter((l) => l.allocations.length === 0).map((l) => l.id)).toHaveLength(2);
    expect(licences.reduce((total, l) => total + l.allocations.length, 0)).toBeGreaterThan(400);
  });

  it('refuses in the database an allocation beyond the seats and a negative seat count', async () => {
    const overAllocate = subgraph.db.transaction().execute(async (trx) => {
      const licence = await trx
        .selectFrom('licence')
        .select(['id', 'seats'])
        .where('id', '=', 'LIZ-0001')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('licence_allocation')
        .values({
          licence_id: licence.id,
          ars: '120540000000',
          seats: licence.seats,
          since: '2026-01-01',
          is_sample: true,
        })
        .onConflict((oc) => oc.columns(['licence_id', 'ars']).doUpdateSet({ seats: licence.seats + 1 }))
        .execute();
    });
    await expect(overAllocate).rejects.toThrow(/seats allocated but only/);
    const shrink = subgraph.db.transaction().execute(async (trx) => {
      await trx.updateTable('licence').set({ seats: 1 }).where('id', '=', 'LIZ-0001').execute();
    });
    await expect(shrink).rejects.toThrow(/seats allocated but only/);
    const negative = subgraph.db.updateTable('licence').set({ seats: -1 }).where('id', '=', 'LIZ-0040').execute();
    await expect(negative).rejects.toThrow(/check/i);
    const sums = await subgraph.db
      .selectFrom('licence as l')
      .leftJoin('licence_allocation as a', 'a.licence_id', 'l.id')
      .select(['l.id', 'l.seats', sql<number>`coalesce(sum(a.seats), 0)`.as('allocated')])
      .groupBy(['l.id', 'l.seats'])
      .execute();
    for (const row of sums) expect(row.allocated).toBeLessThanOrEqual(row.seats);
  });

  it('seeding a second time changes nothing', async () => {
    const before = await subgraph.snapshot();
    await contractsSubgraph.seed(subgraph.db);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('certificates', () => {
  it.each(['2026-11-26', '2027-06-01', '2025-12-31'])(
    'lists the certificates that expire within 60 days of %s, soonest first',
    async (asOf) => {
      const result = await asKaz(
        `query ($asOf: String) { certificates(expiringWithinDays: 60, asOf: $asOf, first: 500) {
          totalCount nodes { id validTo daysUntilExpiry(asOf: $asOf) }
        } }`,
        { asOf },
      );
      expect(result.errors).toBeUndefined();
      const expected = await subgraph.db
        .selectFrom('certificate')
        .select(['id', 'valid_to'])
        .where('valid_to', '>=', asOf)
        .where('valid_to', '<=', addDays(asOf, 60))
        .orderBy('valid_to')
        .orderBy('id')
        .execute();
      const page = (result.data as any).certificates;
      expect(page.totalCount).toBe(expected.length);
      expect(page.nodes.map((n: { id: string }) => n.id)).toEqual(expected.map((row) => row.id));
      for (const node of page.nodes) {
        expect(node.daysUntilExpiry).toBeGreaterThanOrEqual(0);
        expect(node.daysUntilExpiry).toBeLessThanOrEqual(60);
      }
      if (asOf === '2026-11-26') expect(page.totalCount).toBeGreaterThanOrEqual(5);
    },
  );

  it('spreads the expiry dates from 60 days before 2026-11-26 to two years after it', async () => {
    const range = await subgraph.db
      .selectFrom('certificate')
      .select([sql<string>`min(valid_to)`.as('first'), sql<string>`max(valid_to)`.as('last')])
      .executeTakeFirstOrThrow();
    expect(range.first).toBe('2026-09-27');
    expect(range.last).toBe('2028-11-25');
  });

  it('pages through all 80 certificates without gaps or repeats, ordered by expiry', async () => {
    const { ids, totals } = await pageThrough('certificates', '', 7);
    const expected = await subgraph.db
      .selectFrom('certificate')
      .select('id')
      .orderBy('valid_to')
      .orderBy('id')
      .execute();
    expect(totals).toEqual(new Set([80]));
    expect(ids).toEqual(expected.map((row) => row.id));
  });

  it('finds a certificate with its holder and returns null for an unknown one', async () => {
    const result = await asKaz(`{
      known: certificate(id: "CERT-0005") { commonName kind issuer holder { ars } serialNumber validFrom validTo }
      unknown: certificate(id: "CERT-9999") { id }
    }`);
    expect(result.errors).toBeUndefined();
    const known = (result.data as any).known;
    expect(known.commonName).toBe('poststelle@frankfurt-oder.de');
    expect(known.kind).toBe('SMIME');
    expect(known.holder).toEqual({ ars: '120530000000' });
    expect(known.serialNumber).toMatch(/^([0-9A-F]{2}:){15}[0-9A-F]{2}$/);
    expect(known.validFrom < known.validTo).toBe(true);
    expect((result.data as any).unknown).toBeNull();
  });
});

describe('procedures and contracts', () => {
  it('links a procedure with the Rahmenvertrag awarded in it and back', async () => {
    const result = await subgraph.query(`{
      procurementProcedure(id: "VG-2023-004") {
        title procedureType status publishedOn awardedOn participatingMunicipalities { ars }
        resultingContract { id vendor procurement { id } startsOn endsOn }
        calledOffFrom { id }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const procedure = (result.data as any).procurementProcedure;
    expect(procedure.procedureType).toBe('OPEN_PROCEDURE');
    expect(procedure.status).toBe('AWARDED');
    expect(procedure.awardedOn > procedure.publishedOn).toBe(true);
    expect(procedure.participatingMunicipalities).toHaveLength(24);
    expect(procedure.resultingContract).toMatchObject({ id: 'RV-2024-001', procurement: { id: 'VG-2023-004' } });
    expect(procedure.resultingContract.startsOn > procedure.awardedOn).toBe(true);
    expect(procedure.calledOffFrom).toBeNull();
  });

  it('ties a call-off to its framework contract, and its Kommunen to those eligible there', async () => {
    const result = await subgraph.query(`{
      procurementProcedure(id: "VG-2023-003") {
        procedureType resultingContract { id } participatingMunicipalities { ars }
        calledOffFrom { id callOffs { id } eligibleMunicipalities { ars } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const procedure = (result.data as any).procurementProcedure;
    expect(procedure.procedureType).toBe('FRAMEWORK_CALL_OFF');
    expect(procedure.resultingContract).toBeNull();
    expect(procedure.calledOffFrom.id).toBe('RV-2021-001');
    expect(procedure.calledOffFrom.callOffs).toEqual([{ id: 'VG-2023-003' }]);
    const eligible = new Set(procedure.calledOffFrom.eligibleMunicipalities.map((m: { ars: string }) => m.ars));
    for (const m of procedure.participatingMunicipalities) expect(eligible.has(m.ars)).toBe(true);
  });

  it('filters procedures by status and pages through them without gaps', async () => {
    const result = await subgraph.query(
      `{
      planned: procurementProcedures(status: PLANNED) { totalCount nodes { id publishedOn awardedOn } }
      awarded: procurementProcedures(status: AWARDED) { totalCount }
      unknown: procurementProcedure(id: "VG-1999-001") { id }
    }`,
      {},
      kaz,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.planned.nodes).toEqual([
      { id: 'VG-2026-005', publishedOn: null, awardedOn: null },
      { id: 'VG-2027-001', publishedOn: null, awardedOn: null },
    ]);
    expect(data.awarded.totalCount).toBe(19);
    expect(data.unknown).toBeNull();
    // PLANNED procedures are not published notices: anonymous sees neither them nor their number.
    const anonymous = (await subgraph.query(`{ procurementProcedures(status: PLANNED) { totalCount nodes { id } } }`))
      .data as any;
    expect(anonymous.procurementProcedures).toEqual({ totalCount: 0, nodes: [] });
    const { ids, totals } = await pageThrough('procurementProcedures', '', 4);
    expect(totals).toEqual(new Set([25]));
    expect(ids).toHaveLength(25);
    expect([...ids].sort()).toEqual(ids);
  });

  it('derives the status of every contract from its term and the reference date', async () => {
    const result = await subgraph.query(`{
      frameworkContracts(first: 500) { nodes { id startsOn endsOn ceilingEur calledOffEur remainingEur status(asOf: "2026-11-26") } }
    }`);
    expect(result.errors).toBeUndefined();
    const contracts = (result.data as any).frameworkContracts.nodes as any[];
    const byStatus = (status: string) => contracts.filter((c) => c.status === status).map((c) => c.id);
    expect(byStatus('EXPIRED')).toEqual(['RV-2021-001', 'RV-2021-002', 'RV-2022-001', 'RV-2022-002']);
    expect(byStatus('NOT_YET_ACTIVE')).toEqual(['RV-2026-001', 'RV-2026-002']);
    expect(byStatus('ACTIVE')).toHaveLength(10);
    for (const c of contracts) {
      expect(c.endsOn >= c.startsOn).toBe(true);
      expect(c.calledOffEur).toBeLessThanOrEqual(c.ceilingEur);
      expect(c.remainingEur).toBeCloseTo(c.ceilingEur - c.calledOffEur, 2);
    }
  });

  it('filters contracts by vendor and by end of term, and pages through them', async () => {
    const result = await asKaz(`{
      byVendor: frameworkContracts(vendor: "dataverbund") { totalCount nodes { id procurement { id } } }
      ending: frameworkContracts(expiringBefore: "2027-01-01") { totalCount nodes { id endsOn } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.byVendor.nodes).toEqual([
      { id: 'RV-2023-004', procurement: null },
      { id: 'RV-2025-002', procurement: null },
    ]);
    expect(data.ending.nodes.map((c: { id: string }) => c.id)).toEqual([
      'RV-2021-001',
      'RV-2021-002',
      'RV-2022-001',
      'RV-2022-002',
      'RV-2023-004',
    ]);
    const { ids, totals } = await pageThrough('frameworkContracts', '', 3);
    expect(totals).toEqual(new Set([16]));
    expect(new Set(ids).size).toBe(16);
    const licences = await pageThrough('licences', '', 6);
    expect(licences.totals).toEqual(new Set([40]));
    expect(licences.ids).toEqual(Array.from({ length: 40 }, (_, i) => `LIZ-${String(i + 1).padStart(4, '0')}`));
  });

  it('links a licence to the contract it was bought under', async () => {
    const result = await asKaz(`{
      frameworkContract(id: "RV-2023-001") { licences { id product contract { id } validFrom validTo } endsOn }
      licence(id: "LIZ-0040") { contract { id } }
      unknown: licence(id: "LIZ-9999") { id }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.frameworkContract.licences.map((l: { product: string }) => l.product)).toEqual([
      'Doppik Finanz – Haushalt und Buchhaltung',
      'Doppik Finanz – Haushalt und Buchhaltung',
      'Doppik Finanz – Anlagenbuchhaltung',
      'Doppik Finanz – Kasse und Vollstreckung',
    ]);
    for (const licence of data.frameworkContract.licences) {
      expect(licence.contract.id).toBe('RV-2023-001');
      expect(licence.validTo).toBe(data.frameworkContract.endsOn);
    }
    expect(data.licence.contract).toBeNull();
    expect(data.unknown).toBeNull();
  });
});

describe('input validation', () => {
  it.each([
    ['{ certificates(expiringWithinDays: -1) { totalCount } }', 'expiringWithinDays'],
    ['{ certificates(expiringWithinDays: 3651) { totalCount } }', 'expiringWithinDays'],
    ['{ certificates(expiringWithinDays: 30, asOf: "2026-13-01") { totalCount } }', 'asOf'],
    ['{ certificates(asOf: "26.11.2026") { totalCount } }', 'asOf'],
    ['{ frameworkContracts(expiringBefore: "2026-02-30") { totalCount } }', 'expiringBefore'],
    ['{ frameworkContracts(expiringBefore: "tomorrow") { totalCount } }', 'expiringBefore'],
    ['{ frameworkContract(id: "RV-2022-003") { status(asOf: "2026-1-1") } }', 'asOf'],
    ['{ certificate(id: "CERT-0001") { daysUntilExpiry(asOf: "") } }', 'asOf'],
    ['{ licences(first: 501) { totalCount } }', 'first'],
    ['{ procurementProcedures(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
  ])('rejects %s with BAD_USER_INPUT', async (query, field) => {
    const result = await asKaz(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts the edges of the expiry window', async () => {
    const result = await asKaz(`{
      none: certificates(expiringWithinDays: 0, asOf: "2020-01-01") { totalCount }
      all: certificates(expiringWithinDays: 3650, asOf: "2026-09-27") { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).none.totalCount).toBe(0);
    expect((result.data as any).all.totalCount).toBe(80);
  });
});
