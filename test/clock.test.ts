import { fixedClock } from '@kaz/subgraph-kit';
import { dayInBerlin } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// The hub's "today" is the day in Berlin by the clock the subgraphs are given (startTestHub → startHub
// → every subgraph's config → each request's context), not the machine's wall clock: at 22:30 UTC on
// 31 March 2026 it is 00:30 on 1 April in Brandenburg.

const CLOCK = fixedClock('2026-03-31T22:30:00Z');

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ clock: CLOCK });
});

afterAll(async () => {
  await hub?.stop();
});

/** Whole days from `from` to `to` (YYYY-MM-DD). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

describe('the hub with a clock at 00:30 on 1 April in Berlin', () => {
  it('gives the same day to the test and to every subgraph', () => {
    expect(hub.clock).toBe(CLOCK);
    expect(dayInBerlin(hub.clock)).toBe('2026-04-01');
  });

  it("counts certificates' days left from 1 April (contracts)", async () => {
    const result = await hub.query<{ certificates: { nodes: { validTo: string; daysUntilExpiry: number }[] } }>(
      '{ certificates(first: 10) { nodes { validTo daysUntilExpiry } } }',
      {},
      await hub.readerHeaders(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.certificates.nodes.length).toBeGreaterThan(0);
    for (const { validTo, daysUntilExpiry } of result.data!.certificates.nodes) {
      expect(daysUntilExpiry).toBe(daysBetween('2026-04-01', validTo));
    }
  });

  it('takes 1 April as the earliest due date of a work order (projects), and refuses 31 March', async () => {
    const ministry = {
      authorization: `Bearer ${await hub.issuer.sign({ org: 'mdjd', scopes: ['workorders:write'] })}`,
    };
    const ISSUE = `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) { issuedOn dueDate } }`;
    const input = (dueDate: string) => ({
      title: 'Uhrtest-Arbeitsauftrag',
      dueDate,
      decisionId: null,
      projectId: null,
    });

    const today = await hub.query(ISSUE, { input: input('2026-04-01') }, ministry);
    expect(today.errors).toBeUndefined();
    expect(today.data?.issueWorkOrder).toEqual({ issuedOn: '2026-04-01', dueDate: '2026-04-01' });

    const yesterday = await hub.query(ISSUE, { input: input('2026-03-31') }, ministry);
    expect(yesterday.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(yesterday.errors?.[0]?.message).toContain('2026-04-01');
  });
});
