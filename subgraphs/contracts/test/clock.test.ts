import { daysBetween, fixedClock } from '@kaz/subgraph-kit';
import { dayInBerlin } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// The contracts subgraph takes "today" from its injected clock, by the day in Berlin: at 22:30 UTC on
// 31 March 2026 it is already 1 April in Brandenburg (00:30 CEST), and every rule that depends on the
// day says so, whatever the wall clock of the machine that runs the test.

/** 00:30 on 1 April 2026 in Berlin; still 31 March in UTC. */
const CLOCK = fixedClock('2026-03-31T22:30:00Z');

const { subgraph, as } = setUpSubgraph({ clock: CLOCK });

describe('an injected clock at 00:30 on 1 April in Berlin (22:30 UTC on 31 March)', () => {
  it('is 1 April for the test, as for the server', () => {
    expect(subgraph.clock).toBe(CLOCK);
    expect(dayInBerlin(subgraph.clock)).toBe('2026-04-01');
    expect(CLOCK.now().toISOString().slice(0, 10)).toBe('2026-03-31');
  });

  it("counts certificates' days left from 1 April", async () => {
    const result = await subgraph.query<{ certificates: { nodes: { validTo: string; daysUntilExpiry: number }[] } }>(
      '{ certificates(first: 20) { nodes { validTo daysUntilExpiry } } }',
      {},
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.certificates.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const { validTo, daysUntilExpiry } of nodes) {
      expect(daysUntilExpiry).toBe(daysBetween('2026-04-01', validTo));
    }
  });

  it('allocates licence seats since 1 April, not since the UTC day', async () => {
    const created = await subgraph.query(
      `mutation ($input: CreateLicenceInput!) { createLicence(input: $input) { id } }`,
      {
        input: {
          id: 'LIZ-0901',
          product: 'E-Akte Basis',
          vendor: 'Musterlizenz GmbH',
          seats: 10,
          validFrom: '2020-01-01',
          validTo: '2028-12-31',
          annualCostEur: 1000,
          contractId: 'RV-2023-001',
        },
      },
      as['kaz-editor'],
    );
    expect(created.errors).toBeUndefined();
    const allocated = await subgraph.query<{ allocateLicence: { since: string } }>(
      `mutation ($input: AllocateLicenceInput!) { allocateLicence(input: $input) { since } }`,
      { input: { licenceId: 'LIZ-0901', municipalityArs: '120540000000', seats: 2 } },
      as['kaz-editor'],
    );
    expect(allocated.errors).toBeUndefined();
    expect(allocated.data!.allocateLicence.since).toBe('2026-04-01');
  });
});
