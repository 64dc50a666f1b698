import { expectError, headersAs } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
let licences: {
  id: string;
  seats: number;
  annual_cost_eur: number;
  vendor: string;
  product: string;
  valid_from: string;
  valid_to: string;
}[];
let allocations: { licence_id: string; ars: string; seats: number }[];

const STATISTICS = `{ licenceStatistics { district { ars } allocatedSeats licenceCount annualCostEur } }`;
const TOTALS = `{ licenceTotals { seats allocatedSeats annualCostEur } }`;

beforeAll(async () => {
  licences = await subgraph.db
    .selectFrom('licence')
    .select(['id', 'seats', 'annual_cost_eur', 'vendor', 'product', 'valid_from', 'valid_to'])
    .orderBy('id')
    .execute();
  allocations = await subgraph.db.selectFrom('licence_allocation').select(['licence_id', 'ars', 'seats']).execute();
});

const districtOf = (ars: string) => `${ars.slice(0, 5)}0000000`;

describe('licence statistics per district', () => {
  it('adds up to the total of all allocations, in one statement', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(STATISTICS, {}, as['kaz-editor']);
    expect(subgraph.statements).toHaveLength(1);
    expect(result.errors).toBeUndefined();
    const rows = (result.data as any).licenceStatistics as any[];
    const total = allocations.reduce((sum, a) => sum + a.seats, 0);
    expect(total).toBeGreaterThan(0);
    expect(rows.reduce((sum, r) => sum + r.allocatedSeats, 0)).toBe(total);
    // One row per district with allocations, ordered by district ARS, each a Landkreis or kreisfreie Stadt key.
    const districts = [...new Set(allocations.map((a) => districtOf(a.ars)))].sort();
    expect(rows.map((r) => r.district.ars)).toEqual(districts);
    expect(districts.length).toBeGreaterThan(1);
  });

  it('counts the distinct licences and seats of each district as the raw allocations do', async () => {
    const result = await subgraph.query(STATISTICS, {}, as['kaz-editor']);
    for (const row of (result.data as any).licenceStatistics as any[]) {
      const here = allocations.filter((a) => districtOf(a.ars) === row.district.ars);
      expect(row.licenceCount).toBe(new Set(here.map((a) => a.licence_id)).size);
      expect(row.allocatedSeats).toBe(here.reduce((sum, a) => sum + a.seats, 0));
    }
  });

  it('splits the annual cost by seat shares, within a cent per allocation', async () => {
    const result = await subgraph.query(STATISTICS, {}, as['kaz-editor']);
    const rows = (result.data as any).licenceStatistics as any[];
    const byId = new Map(licences.map((l) => [l.id, l]));
    const allocatedOf = new Map<string, number>();
    for (const a of allocations) allocatedOf.set(a.licence_id, (allocatedOf.get(a.licence_id) ?? 0) + a.seats);
    const expected = [...allocatedOf].reduce((sum, [id, allocated]) => {
      const l = byId.get(id)!;
      return sum + (l.annual_cost_eur * allocated) / l.seats;
    }, 0);
    const shares = rows.reduce((sum, r) => sum + r.annualCostEur, 0);
    expect(expected).toBeGreaterThan(0);
    expect(Math.abs(shares - expected)).toBeLessThanOrEqual(0.01 * allocations.length + 1e-6);
    // Each district's figure is in cents.
    for (const r of rows) expect(Math.round(r.annualCostEur * 100) / 100).toBeCloseTo(r.annualCostEur, 9);
  });

  it('refuses anonymous requests with UNAUTHENTICATED and a Kommune with FORBIDDEN', async () => {
    const anonymous = await subgraph.query(STATISTICS, {}, as.anonymous);
    expect(expectError(anonymous, 'UNAUTHENTICATED').path).toEqual(['licenceStatistics']);
    expect((anonymous.data as any).licenceStatistics).toBeNull();
    const kommune = await subgraph.query(
      STATISTICS,
      {},
      await headersAs(subgraph.issuer, 'municipality', allocations[0]!.ars),
    );
    expect(expectError(kommune, 'FORBIDDEN').path).toEqual(['licenceStatistics']);
    const security = await subgraph.query(STATISTICS, {}, as['security-team']);
    expectError(security, 'FORBIDDEN');
  });
});

describe('licence totals', () => {
  it('sums seats, allocated seats and cost over all licences in one statement', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(TOTALS, {}, as['kaz-editor']);
    expect(subgraph.statements).toHaveLength(1);
    expect(result.errors).toBeUndefined();
    const totals = (result.data as any).licenceTotals;
    expect(totals.seats).toBe(licences.reduce((sum, l) => sum + l.seats, 0));
    expect(totals.allocatedSeats).toBe(allocations.reduce((sum, a) => sum + a.seats, 0));
    expect(totals.annualCostEur).toBeCloseTo(
      licences.reduce((sum, l) => sum + l.annual_cost_eur, 0),
      2,
    );
  });

  it('refuses anonymous requests with UNAUTHENTICATED and a Kommune with FORBIDDEN, leaving the rest intact', async () => {
    const anonymous = await subgraph.query(TOTALS, {}, as.anonymous);
    expectError(anonymous, 'UNAUTHENTICATED');
    const kommune = await subgraph.query(
      `{ licenceTotals { seats } procurementProcedures(first: 1) { totalCount } }`,
      {},
      await headersAs(subgraph.issuer, 'municipality', allocations[0]!.ars),
    );
    expect(expectError(kommune, 'FORBIDDEN').path).toEqual(['licenceTotals']);
    expect((kommune.data as any).procurementProcedures.totalCount).toBeGreaterThan(0);
  });
});

describe('the licence filter', () => {
  const LIST = `query ($filter: LicenceFilter) { licences(filter: $filter, first: 500) { totalCount edges { node { id } } } }`;
  const ids = async (filter: object) => {
    const result = await subgraph.query(LIST, { filter }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    const list = (result.data as any).licences;
    expect(list.totalCount).toBe(list.edges.length);
    return list.edges.map((e: any) => e.node.id);
  };

  it('finds the licences of a vendor by part of its name, ignoring case', async () => {
    const vendor = licences[0]!.vendor;
    const part = vendor.slice(1, 6).toUpperCase();
    const expected = licences.filter((l) => l.vendor.toLowerCase().includes(part.toLowerCase())).map((l) => l.id);
    expect(await ids({ vendor: part })).toEqual(expected);
    expect(expected.length).toBeLessThan(licences.length);
  });

  it('finds licences by part of the product name', async () => {
    const part = licences[1]!.product.slice(0, 5).toLowerCase();
    const expected = licences.filter((l) => l.product.toLowerCase().includes(part)).map((l) => l.id);
    expect(await ids({ productContains: part })).toEqual(expected);
    expect(await ids({ productContains: '%' })).toEqual(
      licences.filter((l) => l.product.includes('%')).map((l) => l.id),
    );
  });

  it('finds the licences valid on a date, both ends included', async () => {
    const day = licences[0]!.valid_to;
    const expected = licences.filter((l) => l.valid_from <= day && day <= l.valid_to).map((l) => l.id);
    expect(await ids({ validOn: day })).toEqual(expected);
    expect(expected).toContain(licences[0]!.id);
  });

  it('finds the licences allocated to a Kommune, combined with the other parts', async () => {
    const ars = allocations[0]!.ars;
    const own = new Set(allocations.filter((a) => a.ars === ars).map((a) => a.licence_id));
    expect(await ids({ municipalityArs: ars })).toEqual(licences.filter((l) => own.has(l.id)).map((l) => l.id));
    const vendor = licences.find((l) => own.has(l.id))!.vendor;
    expect(await ids({ municipalityArs: ars, vendor })).toEqual(
      licences.filter((l) => own.has(l.id) && l.vendor.toLowerCase().includes(vendor.toLowerCase())).map((l) => l.id),
    );
  });

  it('rejects a malformed date or ARS with BAD_USER_INPUT naming the filter field', async () => {
    expectError(
      await subgraph.query(LIST, { filter: { validOn: '2026-02-30' } }, as['kaz-editor']),
      'BAD_USER_INPUT',
      'filter.validOn',
    );
    expectError(
      await subgraph.query(LIST, { filter: { municipalityArs: '1206' } }, as['kaz-editor']),
      'BAD_USER_INPUT',
      'filter.municipalityArs',
    );
  });

  it('still refuses the list to a Kommune, filter or not', async () => {
    const ars = allocations[0]!.ars;
    const result = await subgraph.query(
      LIST,
      { filter: { municipalityArs: ars } },
      await headersAs(subgraph.issuer, 'municipality', ars),
    );
    expectError(result, 'FORBIDDEN');
  });
});
