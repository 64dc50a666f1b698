import { auditEntries, dayInBerlin, expectRefused, frozenClock, lastAuditId } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: "today" below is its day in Berlin. */
const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });

const WITHDRAW = `mutation ($input: WithdrawDecisionInput!) {
  withdrawDecision(input: $input) { id status withdrawnOn withdrawalNote version }
}`;
const READ = `query ($id: ID!) { decision(id: $id) { id status withdrawnOn withdrawalNote version } }`;

/** A sample decision of 2024 (decided 2024-02-15), as it stands now. */
async function decision(id: string) {
  const result = await subgraph.query(READ, { id });
  expect(result.errors).toBeUndefined();
  return result.data?.decision as { id: string; status: string; version: number };
}

describe('withdrawDecision', () => {
  it('withdraws a decision in force: WITHDRAWN with day and note, version + 1, one audit entry', async () => {
    const before = await decision('itrat-2024-1');
    expect(before.status).toBe('IN_FORCE');
    const lastId = await lastAuditId(subgraph.db);
    const input = { id: 'itrat-2024-1', version: before.version, withdrawnOn: dayInBerlin(CLOCK), note: 'Ersetzt.' };
    const result = await subgraph.query(WITHDRAW, { input }, as.ministry);
    expect(result.errors).toBeUndefined();
    const after = {
      id: 'itrat-2024-1',
      status: 'WITHDRAWN',
      withdrawnOn: dayInBerlin(CLOCK),
      withdrawalNote: 'Ersetzt.',
      version: before.version + 1,
    };
    expect(result.data?.withdrawDecision).toEqual(after);
    expect(await decision('itrat-2024-1')).toEqual(after);
    const entries = await auditEntries(subgraph.db, { after: lastId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'withdrawDecision',
      entity_type: 'Decision',
      entity_id: 'itrat-2024-1',
      before: { withdrawn_on: null },
      after: { withdrawn_on: dayInBerlin(CLOCK), withdrawal_note: 'Ersetzt.' },
    });
  });

  it('refuses a second withdrawal with CONFLICT, changing nothing', async () => {
    const current = await decision('itrat-2024-1');
    const input = { id: 'itrat-2024-1', version: current.version, withdrawnOn: dayInBerlin(CLOCK) };
    const error = await expectRefused(subgraph, () => subgraph.query(WITHDRAW, { input }, as.ministry), 'CONFLICT');
    expect(error.message).toContain('withdrawn on');
  });

  it.each([
    ['a stale version', { version: 99 }, 'CONFLICT', undefined],
    ['an unknown decision', { id: 'itrat-2099-1' }, 'NOT_FOUND', undefined],
    ['a day before the decision', { withdrawnOn: '2024-01-01' }, 'BAD_USER_INPUT', 'input.withdrawnOn'],
    ['a day in the future', { withdrawnOn: dayInBerlin(CLOCK, 1) }, 'BAD_USER_INPUT', 'input.withdrawnOn'],
    ['an empty note', { note: ' ' }, 'BAD_USER_INPUT', 'input.note'],
  ])('refuses %s with %s, changing nothing', async (_what, override, code, field) => {
    const current = await decision('itrat-2024-2');
    const input = { id: 'itrat-2024-2', version: current.version, withdrawnOn: dayInBerlin(CLOCK), ...override };
    await expectRefused(subgraph, () => subgraph.query(WITHDRAW, { input }, as.ministry), code, field);
  });

  it('refuses a principal without organisations:write, changing nothing', async () => {
    const current = await decision('itrat-2024-2');
    const input = { id: 'itrat-2024-2', version: current.version, withdrawnOn: dayInBerlin(CLOCK) };
    await expectRefused(subgraph, () => subgraph.query(WITHDRAW, { input }, as['kaz-editor']), 'FORBIDDEN');
  });

  it('takes each committee’s decision prefix from its own reference data', async () => {
    const result = await subgraph.query(`{ committees { id decisionPrefix } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.committees).toEqual(
      expect.arrayContaining([
        { id: 'it-rat', decisionPrefix: 'itrat' },
        { id: 'steuerungsgremium', decisionPrefix: 'sg' },
        { id: 'pg-ozg', decisionPrefix: 'pgozg' },
      ]),
    );
  });
});
