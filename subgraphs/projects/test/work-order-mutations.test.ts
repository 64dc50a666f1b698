// Over 250 lines: both work-order mutations with every cell of their access rows, on one started subgraph.
import { auditEntries, dayInBerlin, expectError, frozenClock, headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { WORK_ORDER_STATUSES } from '../src/db/work-order.ts';
import { checkStatusMove } from '../src/validation.ts';
import { setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: the dates below are computed from it. */
const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
/** A ministry-less organisation that holds workorders:write (it still may not issue). */
let asNonMinistry: Record<string, string>;

beforeAll(async () => {
  asNonMinistry = await headersFor(subgraph.issuer, { org: 'zit_bb', scopes: ['workorders:write'] });
});

const ISSUE = `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) {
  id title status version isSample issuedOn dueDate issuedBy { id } issuingMinistry { id } assignee { id } project { id }
} }`;

const UPDATE_STATUS = `mutation ($input: UpdateWorkOrderStatusInput!) { updateWorkOrderStatus(input: $input) {
  id status version project { id }
} }`;

const TODAY = dayInBerlin(CLOCK);

function newOrder(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Bedarfserhebung zur E-Akte in den Ämtern',
    dueDate: dayInBerlin(CLOCK, 90),
    decisionId: null,
    projectId: 'KAZ-2021-01',
    ...overrides,
  };
}

/** Issues a work order as the MdJD and returns its id and version. */
async function issue(): Promise<{ id: string; version: number }> {
  const result = await subgraph.query(ISSUE, { input: newOrder() }, as.ministry);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const order = result.data?.issueWorkOrder as { id: string; version: number };
  return { id: order.id, version: order.version };
}

/** Moves a work order on as the Kaz; throws on an error. */
async function move(order: { id: string; version: number }, status: string) {
  const result = await subgraph.query(
    UPDATE_STATUS,
    { input: { id: order.id, version: order.version, status } },
    as['kaz-editor'],
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.updateWorkOrderStatus as { id: string; version: number; status: string; project: unknown };
}

/** A new work order key: "AA-" and a random part, no year and no number. */
const NEW_KEY = /^AA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('issueWorkOrder', () => {
  it('issues an OPEN order of the principal’s ministry to the Kaz with a random key', async () => {
    const entries = (await auditEntries(subgraph.db)).length;
    const input = newOrder();
    const result = await subgraph.query(ISSUE, { input }, as.ministry);
    expect(result.errors).toBeUndefined();
    const id = result.data?.issueWorkOrder.id as string;
    expect(id).toMatch(NEW_KEY);
    expect(result.data?.issueWorkOrder).toEqual({
      id,
      title: input.title,
      status: 'OPEN',
      version: 1,
      isSample: false,
      issuedOn: TODAY,
      dueDate: input.dueDate,
      issuedBy: null,
      issuingMinistry: { id: 'mdjd' },
      assignee: { id: 'kaz' },
      project: { id: 'KAZ-2021-01' },
    });
    const after = await auditEntries(subgraph.db);
    expect(after).toHaveLength(entries + 1);
    expect(after.at(-1)).toMatchObject({
      actor_org: 'mdjd',
      actor_subject: 'ministry@mdjd',
      operation: 'issueWorkOrder',
      entity_type: 'WorkOrder',
      entity_id: id,
      before: null,
      after: { id, status: 'OPEN', issuingMinistryId: 'mdjd', decisionId: null, version: 1 },
    });
  });

  it('accepts an order without decision and project, due today', async () => {
    const result = await subgraph.query(
      ISSUE,
      { input: newOrder({ decisionId: null, projectId: null, dueDate: TODAY }) },
      as.ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.issueWorkOrder).toMatchObject({ issuedBy: null, project: null, dueDate: TODAY });
  });

  it('finds an order by its key in small letters too', async () => {
    const { id } = await issue();
    const found = await subgraph.query(
      `query ($id: ID!) { workOrder(id: $id) { id } }`,
      { id: id.toLowerCase() },
      as['kaz-editor'],
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.workOrder).toEqual({ id });
  });

  it('gives concurrent orders distinct random keys', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => subgraph.query(ISSUE, { input: newOrder() }, as.ministry)),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = results.map((result) => result.data?.issueWorkOrder.id);
    for (const id of ids) expect(id).toMatch(NEW_KEY);
    expect(new Set(ids).size).toBe(6);
  });

  // The decision's owner is the organisations subgraph, checked live (test/references-between-partners.test.ts
  // covers known, unknown and withdrawn decisions through the gateway); here no owner is configured.
  it('refuses a decision it cannot check, naming the organisations subgraph, and changes nothing', async () => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(ISSUE, { input: newOrder({ decisionId: 'itrat-2020-3' }) }, as.ministry);
    const error = expectError(result, 'REFERENCE_OWNER_UNREACHABLE');
    expect(error.message).toBe(
      'the organisations subgraph has no URL (set SUBGRAPH_ORGANISATIONS_URL); input.decisionId itrat-2020-3 could not be checked',
    );
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it.each([
    ['an empty title', { title: ' ' }, 'input.title'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'input.title'],
    ['a malformed due date', { dueDate: '2030-1-1' }, 'input.dueDate'],
    ['a due date that is no real day', { dueDate: '2031-02-29' }, 'input.dueDate'],
    ['a due date in the past', { dueDate: dayInBerlin(CLOCK, -1) }, 'input.dueDate'],
    ['a malformed decision key', { decisionId: 'Entscheidung 2020/3' }, 'input.decisionId'],
    ['a malformed project key', { projectId: 'KAZ-2021' }, 'input.projectId'],
    ['an unknown project', { projectId: 'KAZ-2099-01' }, 'input.projectId'],
  ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_what, override, field) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(ISSUE, { input: newOrder(override) }, as.ministry);
    expectError(result, 'BAD_USER_INPUT', field);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['kaz-editor', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ] as const)('denies %s with %s and changes nothing', async (principal, code) => {
    const before = await subgraph.snapshot();
    expectError(await subgraph.query(ISSUE, { input: newOrder() }, as[principal]), code);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('denies an organisation that is no ministry even with workorders:write', async () => {
    const before = await subgraph.snapshot();
    expectError(await subgraph.query(ISSUE, { input: newOrder() }, asNonMinistry), 'FORBIDDEN');
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('updateWorkOrderStatus', () => {
  it('moves an order on, links its project, counts the version up and writes one audit entry', async () => {
    const order = await issue();
    const entries = (await auditEntries(subgraph.db)).length;
    const result = await subgraph.query(
      UPDATE_STATUS,
      { input: { id: order.id, version: 1, status: 'IN_PROGRESS', projectId: 'KAZ-2022-05' } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateWorkOrderStatus).toEqual({
      id: order.id,
      status: 'IN_PROGRESS',
      version: 2,
      project: { id: 'KAZ-2022-05' },
    });
    const after = await auditEntries(subgraph.db);
    expect(after).toHaveLength(entries + 1);
    expect(after.at(-1)).toMatchObject({
      actor_org: 'kaz',
      operation: 'updateWorkOrderStatus',
      entity_type: 'WorkOrder',
      entity_id: order.id,
      before: { status: 'OPEN', version: 1, projectId: 'KAZ-2021-01' },
      after: { status: 'IN_PROGRESS', version: 2, projectId: 'KAZ-2022-05' },
    });
    const done = await move({ id: order.id, version: 2 }, 'DONE');
    expect(done).toMatchObject({ status: 'DONE', version: 3 });
  });

  it('keeps the project link when projectId is left out and removes it with null', async () => {
    const order = await issue();
    expect(await move(order, 'CANCELLED')).toMatchObject({ project: { id: 'KAZ-2021-01' } });
    const result = await subgraph.query(
      UPDATE_STATUS,
      { input: { id: order.id, version: 2, status: 'CANCELLED', projectId: null } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateWorkOrderStatus).toMatchObject({ status: 'CANCELLED', version: 3, project: null });
  });

  it('allows OPEN → IN_PROGRESS → DONE and OPEN/IN_PROGRESS → CANCELLED only', () => {
    const legal = new Set(['OPEN→IN_PROGRESS', 'IN_PROGRESS→DONE', 'OPEN→CANCELLED', 'IN_PROGRESS→CANCELLED']);
    for (const from of WORK_ORDER_STATUSES) {
      for (const to of WORK_ORDER_STATUSES) {
        if (legal.has(`${from}→${to}`)) expect(() => checkStatusMove(from, to, false)).not.toThrow();
        else expect(() => checkStatusMove(from, to, false), `${from} → ${to}`).toThrow(/input\.status/);
      }
    }
  });

  it.each([
    ['OPEN → DONE', [], 'DONE'],
    ['DONE → CANCELLED', ['IN_PROGRESS', 'DONE'], 'CANCELLED'],
    ['CANCELLED → OPEN', ['CANCELLED'], 'OPEN'],
    ['OPEN → OPEN without a project', [], 'OPEN'],
  ])('rejects %s with BAD_USER_INPUT on input.status and changes nothing', async (_what, path, status) => {
    let order = await issue();
    for (const step of path) {
      const moved = await move(order, step);
      order = { id: moved.id, version: moved.version };
    }
    const before = await subgraph.snapshot();
    expectError(
      await subgraph.query(UPDATE_STATUS, { input: { ...order, status } }, as['kaz-editor']),
      'BAD_USER_INPUT',
      'input.status',
    );
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it.each([
    ['a malformed id', { id: 'AA-2026-1' }, 'input.id'],
    ['a version below 1', { version: -1 }, 'input.version'],
    ['a malformed project key', { projectId: 'kaz-2021-01' }, 'input.projectId'],
    ['an unknown project', { projectId: 'KAZ-2099-01' }, 'input.projectId'],
  ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_what, override, field) => {
    const order = await issue();
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      UPDATE_STATUS,
      { input: { ...order, status: 'IN_PROGRESS', ...override } },
      as['kaz-editor'],
    );
    expectError(result, 'BAD_USER_INPUT', field);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('rejects an unknown status before it runs', async () => {
    const order = await issue();
    expectError(
      await subgraph.query(UPDATE_STATUS, { input: { ...order, status: 'PAUSED' } }, as['kaz-editor']),
      'BAD_USER_INPUT',
    );
  });

  it('answers NOT_FOUND for an unknown work order', async () => {
    const result = await subgraph.query(
      UPDATE_STATUS,
      { input: { id: 'AA-2099-999', version: 1, status: 'IN_PROGRESS' } },
      as['kaz-editor'],
    );
    expectError(result, 'NOT_FOUND');
  });

  it('answers CONFLICT for a stale version and changes nothing', async () => {
    const order = await issue();
    await move(order, 'IN_PROGRESS');
    const before = await subgraph.snapshot();
    expectError(
      await subgraph.query(UPDATE_STATUS, { input: { ...order, status: 'CANCELLED' } }, as['kaz-editor']),
      'CONFLICT',
    );
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('lets exactly one of two concurrent writers with the same version win; the other gets CONFLICT', async () => {
    const order = await issue();
    const entries = (await auditEntries(subgraph.db)).length;
    const results = await Promise.all(
      ['IN_PROGRESS', 'CANCELLED'].map((status) =>
        subgraph.query(UPDATE_STATUS, { input: { ...order, status } }, as['kaz-editor']),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expectError(results.find((result) => result.errors) ?? {}, 'CONFLICT');
    const stored = await subgraph.db
      .selectFrom('work_order')
      .select(['status', 'version'])
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: winners[0]?.data?.updateWorkOrderStatus.status, version: 2 });
    expect(await auditEntries(subgraph.db)).toHaveLength(entries + 1);
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
  ] as const)('denies %s with %s and changes nothing', async (principal, code) => {
    const order = await issue();
    const before = await subgraph.snapshot();
    expectError(
      await subgraph.query(UPDATE_STATUS, { input: { ...order, status: 'IN_PROGRESS' } }, as[principal]),
      code,
    );
    expect(await subgraph.snapshot()).toEqual(before);
  });
});
