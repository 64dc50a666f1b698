import { auditEntries, dayInBerlin, expectError, frozenClock, headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
/** The MIK: led the e-government projects until 31 January 2025. */
let asMik: Record<string, string>;

beforeAll(async () => {
  asMik = await headersFor(subgraph.issuer, { org: 'mik', scopes: ['workorders:write'] });
});

const HISTORY = `query ($id: ID!) { project(id: $id) {
  id version leadMinistry { id } leadMinistryHistory { ministry { id } from to isCurrent isSample }
} }`;
const BUDGET = `query ($id: ID!) { project(id: $id) { id budgetTotalEur budget { year amountEur } } }`;
const HANDOVERS = `query ($from: ID, $to: ID, $year: Int) {
  leadMinistryHandovers(fromMinistryId: $from, toMinistryId: $to, year: $year, first: 50) {
    totalCount nodes { project { id leadMinistry { id } } fromMinistry { id } toMinistry { id } handedOverOn isSample }
  }
}`;
const HAND_OVER = `mutation ($input: HandOverProjectInput!) { handOverProject(input: $input) {
  id version leadMinistry { id } leadMinistryHistory { ministry { id } from to isCurrent }
} }`;

describe('the e-government projects that passed from the MIK to the MdJD on 1 February 2025', () => {
  it('are listed as handovers of 2025 from the MIK to the MdJD, now led by the MdJD', async () => {
    const result = await subgraph.query(HANDOVERS, { from: 'mik', to: 'mdjd', year: 2025 });
    expect(result.errors).toBeUndefined();
    const page = result.data?.leadMinistryHandovers;
    expect(page.totalCount).toBe(8);
    for (const handover of page.nodes) {
      expect(handover).toMatchObject({
        fromMinistry: { id: 'mik' },
        toMinistry: { id: 'mdjd' },
        handedOverOn: '2025-02-01',
        isSample: true,
        project: { leadMinistry: { id: 'mdjd' } },
      });
    }
    expect(page.nodes.map((h: any) => h.project.id)).toContain('KAZ-2022-06');
  });

  it('have a history: the MIK until 31 January 2025, the MdJD since', async () => {
    const result = await subgraph.query(HISTORY, { id: 'KAZ-2022-06' });
    expect(result.data?.project.leadMinistryHistory).toEqual([
      { ministry: { id: 'mik' }, from: '2022-05-19', to: '2025-01-31', isCurrent: false, isSample: true },
      { ministry: { id: 'mdjd' }, from: '2025-02-01', to: null, isCurrent: true, isSample: true },
    ]);
  });

  it('have budgets the MdJD reads now and the MIK no longer does', async () => {
    const mdjd = await subgraph.query(BUDGET, { id: 'KAZ-2022-06' }, as.ministry);
    expect(mdjd.errors).toBeUndefined();
    expect(mdjd.data?.project.budget.length).toBeGreaterThan(0);
    expect(mdjd.data?.project.budgetTotalEur).toBeGreaterThan(0);
    const mik = await subgraph.query(BUDGET, { id: 'KAZ-2022-06' }, asMik);
    expect(mik.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(mik.data?.project.budget).toBeNull();
  });

  it('leave a project that never changed hands with one current period from its start', async () => {
    const result = await subgraph.query(HISTORY, { id: 'KAZ-2021-02' });
    const project = result.data?.project;
    expect(project.leadMinistryHistory).toHaveLength(1);
    expect(project.leadMinistryHistory[0]).toMatchObject({ ministry: project.leadMinistry, to: null, isCurrent: true });
  });

  it('refuse a malformed ministry key or year', async () => {
    expectError(await subgraph.query(HANDOVERS, { from: 'MIK!' }), 'BAD_USER_INPUT', 'fromMinistryId');
    expectError(await subgraph.query(HANDOVERS, { year: 1800 }), 'BAD_USER_INPUT', 'year');
  });
});

describe('handOverProject', () => {
  async function current(id: string) {
    return (await subgraph.query(HISTORY, { id }, as['kaz-editor'])).data?.project;
  }

  it('ends the current period the day before, makes the new ministry lead and writes one audit entry', async () => {
    const before = await current('KAZ-2021-03');
    const on = dayInBerlin(CLOCK, -10);
    const since = (await auditEntries(subgraph.db)).at(-1)?.id ?? 0;
    const result = await subgraph.query(
      HAND_OVER,
      { input: { projectId: 'KAZ-2021-03', version: before.version, toMinistryId: 'mwaek', on } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    const project = result.data?.handOverProject;
    expect(project.version).toBe(before.version + 1);
    expect(project.leadMinistry).toEqual({ id: 'mwaek' });
    expect(project.leadMinistryHistory.at(-2)).toMatchObject({
      ministry: before.leadMinistry,
      to: dayInBerlin(CLOCK, -11),
      isCurrent: false,
    });
    expect(project.leadMinistryHistory.at(-1)).toMatchObject({ ministry: { id: 'mwaek' }, from: on, to: null });
    const entries = await auditEntries(subgraph.db, { after: since });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_org: 'kaz',
      operation: 'handOverProject',
      entity_type: 'Project',
      entity_id: 'KAZ-2021-03',
      before: { leadMinistryId: before.leadMinistry.id, version: before.version },
      after: { leadMinistryId: 'mwaek', leadSince: on, version: before.version + 1 },
    });
    const handovers = await subgraph.query(HANDOVERS, { to: 'mwaek' });
    expect(handovers.data?.leadMinistryHandovers.nodes.map((h: any) => h.project.id)).toContain('KAZ-2021-03');
  });

  it('refuses bad input, a stale version and every principal but the Kaz, and then changes nothing', async () => {
    const before = await current('KAZ-2021-05');
    const input = {
      projectId: 'KAZ-2021-05',
      version: before.version,
      toMinistryId: 'mgs',
      on: dayInBerlin(CLOCK, -1),
    };
    const snapshot = await subgraph.snapshot();
    const run = (changes: Record<string, unknown>, headers = as['kaz-editor']) =>
      subgraph.query(HAND_OVER, { input: { ...input, ...changes } }, headers);
    expectError(await run({ toMinistryId: 'kaz' }), 'BAD_USER_INPUT', 'input.toMinistryId');
    expectError(await run({ toMinistryId: before.leadMinistry.id }), 'BAD_USER_INPUT', 'input.toMinistryId');
    expectError(await run({ on: dayInBerlin(CLOCK, 1) }), 'BAD_USER_INPUT', 'input.on');
    expectError(await run({ on: '2021-01-01' }), 'BAD_USER_INPUT', 'input.on');
    expectError(await run({ projectId: 'KAZ-2099-99' }), 'NOT_FOUND');
    expectError(await run({ version: before.version + 1 }), 'CONFLICT');
    expectError(await run({}, as.ministry), 'FORBIDDEN');
    expectError(await run({}, as.anonymous), 'UNAUTHENTICATED');
    expect(await subgraph.snapshot()).toEqual(snapshot);
  });
});
