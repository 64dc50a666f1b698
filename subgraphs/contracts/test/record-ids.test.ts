import { auditEntries } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Client caches (Apollo, urql) store a record under `Type:id`: a licence allocation's id is its
// primary key, "<licence number>/<ARS>", one per row and the same however the allocation changes.

const { subgraph, as } = setUpSubgraph();

const ALLOCATE = `mutation ($input: AllocateLicenceInput!) { allocateLicence(input: $input) { id seats version } }`;

describe('the id of a licence allocation', () => {
  it('is "<licence number>/<ARS>" for every allocation, unique', async () => {
    const result = await subgraph.query<{
      licences: {
        totalCount: number;
        nodes: { id: string; allocations: { id: string; municipality: { ars: string } }[] }[];
      };
    }>(
      '{ licences(first: 500) { totalCount nodes { id allocations { id municipality { ars } } } } }',
      {},
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    const licences = result.data?.licences.nodes ?? [];
    expect(licences.length).toBe(result.data?.licences.totalCount);
    const allocations = licences.flatMap((licence) =>
      licence.allocations.map((allocation) => ({
        ...allocation,
        expected: `${licence.id}/${allocation.municipality.ars}`,
      })),
    );
    for (const allocation of allocations) expect(allocation.id).toBe(allocation.expected);
    const rows = await subgraph.db
      .selectFrom('licence_allocation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(allocations.length).toBe(Number(rows.n));
    expect(allocations.length).toBeGreaterThan(0);
    expect(new Set(allocations.map((allocation) => allocation.id)).size).toBe(allocations.length);
  });

  it('is the same after a release and a new allocation with other seats, and names the allocation in the audit log', async () => {
    const licenceId = 'LIZ-0901';
    const created = await subgraph.query(
      `mutation ($input: CreateLicenceInput!) { createLicence(input: $input) { id } }`,
      {
        input: {
          id: licenceId,
          product: 'E-Akte Basis',
          vendor: 'Musterlizenz GmbH',
          seats: 10,
          validFrom: '2026-01-01',
          validTo: '2028-12-31',
          annualCostEur: 100,
        },
      },
      as['kaz-editor'],
    );
    expect(created.errors).toBeUndefined();
    const ars = '120650136136';
    const first = await subgraph.query(
      ALLOCATE,
      { input: { licenceId, municipalityArs: ars, seats: 3 } },
      as['kaz-editor'],
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.allocateLicence).toEqual({ id: `${licenceId}/${ars}`, seats: 3, version: 1 });
    const released = await subgraph.query(
      `mutation ($input: ReleaseLicenceAllocationInput!) { releaseLicenceAllocation(input: $input) { id } }`,
      { input: { licenceId, municipalityArs: ars, version: 1 } },
      as['kaz-editor'],
    );
    expect(released.errors).toBeUndefined();
    const again = await subgraph.query(
      ALLOCATE,
      { input: { licenceId, municipalityArs: ars, seats: 5 } },
      as['kaz-editor'],
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.allocateLicence).toMatchObject({ id: `${licenceId}/${ars}`, seats: 5 });
    const entries = await auditEntries(subgraph.db, {
      entityType: 'LicenceAllocation',
      entityId: `${licenceId}/${ars}`,
    });
    expect(entries.map((entry) => entry.operation)).toEqual([
      'allocateLicence',
      'releaseLicenceAllocation',
      'allocateLicence',
    ]);
  });
});
