// Over 250 lines: the projects subgraph's rows of the access table, one file, on one started subgraph.
import { dayInBerlin, expectError, frozenClock, headersFor } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { sampleWorkOrders } from '../seed/sample-work-orders.ts';
import { setUpSubgraph } from './support.ts';

/** The server's clock, frozen for this file: the dates below are computed from it. */
const CLOCK = frozenClock();
const { subgraph, as } = setUpSubgraph({ clock: CLOCK });
/** A lead ministry's token without workorders:write: it sees its projects' internals but no work orders. */
let asMilWithoutScopes: Record<string, string>;
const samples = sampleProjects();
const workOrders = sampleWorkOrders(samples);

beforeAll(async () => {
  asMilWithoutScopes = await headersFor(subgraph.issuer, { org: 'mil' });
});

/** A sample project led by `ministry` that resulted from a work order. */
function ledBy(ministry: string) {
  const sample = samples.find(
    (s) => s.project.lead_ministry_id === ministry && workOrders.some((w) => w.project_id === s.project.id),
  );
  if (!sample) throw new Error(`no sample project of ${ministry} with a work order`);
  return sample.project;
}

const INTERNAL = `query ($id: ID!) { project(id: $id) {
  id title phase municipalities { ars } budget { year amountEur } budgetTotalEur milestones { title } workOrders { id }
} }`;
const INTERNAL_FIELDS = ['budget', 'budgetTotalEur', 'milestones', 'workOrders'];

describe('read.project.internal: budget, milestones and work orders of a project', () => {
  it('shows the Kaz every project’s internals', async () => {
    for (const ministry of ['mdjd', 'mil']) {
      const result = await subgraph.query(INTERNAL, { id: ledBy(ministry).id }, as['kaz-editor']);
      expect(result.errors).toBeUndefined();
      const project = result.data?.project;
      expect(project.budget.length).toBeGreaterThan(0);
      expect(project.budgetTotalEur).toBeGreaterThan(0);
      expect(project.milestones.length).toBeGreaterThan(0);
      expect(project.workOrders.length).toBeGreaterThan(0);
    }
  });

  it('shows the ministry the internals of the projects it leads', async () => {
    const result = await subgraph.query(INTERNAL, { id: ledBy('mdjd').id }, as.ministry);
    expect(result.errors).toBeUndefined();
    expect(result.data?.project.workOrders.length).toBeGreaterThan(0);
    expect(result.data?.project.budgetTotalEur).toBeGreaterThan(0);
  });

  it.each([
    ['the ministry, for a project another ministry leads', 'ministry', 'FORBIDDEN'],
    ['a Kommune', 'municipality', 'FORBIDDEN'],
    ['the security team', 'security-team', 'FORBIDDEN'],
    ['the auditor', 'auditor', 'FORBIDDEN'],
    ['an anonymous client', 'anonymous', 'UNAUTHENTICATED'],
  ] as const)('denies %s on each internal field and keeps the rest', async (_who, principal, code) => {
    const project = ledBy('mil');
    const result = await subgraph.query(INTERNAL, { id: project.id }, as[principal]);
    expect(result.errors?.map((error) => error.path?.join('.')).sort()).toEqual(
      INTERNAL_FIELDS.map((field) => `project.${field}`).sort(),
    );
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe(code);
    expect(result.data?.project).toMatchObject({ id: project.id, title: project.title, phase: project.phase });
    expect(result.data?.project.municipalities.length).toBeGreaterThan(0);
    for (const field of INTERNAL_FIELDS) expect(result.data?.project[field]).toBeNull();
  });

  it('decides per project in a list: the ministry sees its own and is denied the others', async () => {
    const result = await subgraph.query(`{ projects(first: 100) { nodes { id budgetTotalEur } } }`, {}, as.ministry);
    const own = new Set(samples.filter((s) => s.project.lead_ministry_id === 'mdjd').map((s) => s.project.id));
    const nodes = result.data?.projects.nodes as { id: string; budgetTotalEur: number | null }[];
    expect(nodes).toHaveLength(60);
    for (const node of nodes) expect(node.budgetTotalEur === null, node.id).toBe(!own.has(node.id));
    expect(result.errors).toHaveLength(60 - own.size);
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a lead ministry without workorders:write its budget but not the work orders', async () => {
    const result = await subgraph.query(INTERNAL, { id: ledBy('mil').id }, asMilWithoutScopes);
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['project.workOrders', 'FORBIDDEN'],
    ]);
    expect(result.data?.project.budgetTotalEur).toBeGreaterThan(0);
  });

  it('keeps the overview public: title, phase, Kommunen, OZG-Leistungen and transfers', async () => {
    const result = await subgraph.query(
      `{ projects(first: 100) { totalCount nodes { id title kind phase startDate endDate leadMinistry { id }
        coordinator { id } municipalities { ars } ozgServices { id } resultTransfers { since } version isSample } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.projects.totalCount).toBe(60);
  });
});

describe('read.workorder: work orders', () => {
  const decision = workOrders.find((w) => w.decision_id)?.decision_id as string;
  const READ = `query ($id: ID!, $r: [_Any!]!) {
    workOrders(first: 100) { totalCount }
    workOrder(id: $id) { id }
    _entities(representations: $r) {
      ... on Decision { workOrders { id } }
      ... on Organisation { issuedWorkOrders { id } }
      ... on WorkOrder { id }
    }
    ozgService(id: "10000") { name }
  }`;
  const variables = () => ({
    id: workOrders[0]?.id,
    r: [
      { __typename: 'Decision', id: decision },
      { __typename: 'Organisation', id: 'mik' },
      { __typename: 'WorkOrder', id: workOrders[0]?.id },
    ],
  });

  it('shows them all to the Kaz on every path', async () => {
    const result = await subgraph.query(READ, variables(), as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.workOrders.totalCount).toBe(25);
    expect(result.data?.workOrder).toEqual({ id: workOrders[0]?.id });
    expect(result.data?._entities[0].workOrders.length).toBeGreaterThan(0);
    expect(result.data?._entities[1].issuedWorkOrders.length).toBeGreaterThan(0);
    expect(result.data?._entities[2]).toEqual({ id: workOrders[0]?.id });
  });

  it('shows a ministry only its own (issued by it, or of a project it leads) on every path', async () => {
    const leadOf = new Map(samples.map((s) => [s.project.id, s.project.lead_ministry_id]));
    const own = (ministry: string) =>
      workOrders
        .filter((w) => w.issuing_ministry_id === ministry || (w.project_id && leadOf.get(w.project_id) === ministry))
        .map((w) => w.id)
        .sort();
    const mine = own('mdjd');
    const foreign = workOrders.find((w) => !mine.includes(w.id)) as (typeof workOrders)[number];
    expect(mine.length).toBeGreaterThan(0);
    const result = await subgraph.query(
      `query ($own: ID!, $other: ID!, $r: [_Any!]!) {
        workOrders(first: 100) { totalCount nodes { id } }
        own: workOrder(id: $own) { id }
        other: workOrder(id: $other) { id }
        _entities(representations: $r) {
          ... on Organisation { issuedWorkOrders { id } }
          ... on WorkOrder { id }
        }
      }`,
      {
        own: mine[0],
        other: foreign.id,
        r: [
          { __typename: 'Organisation', id: foreign.issuing_ministry_id ?? 'mik' },
          { __typename: 'WorkOrder', id: mine[0] },
          { __typename: 'WorkOrder', id: foreign.id },
        ],
      },
      as.ministry,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.workOrders.totalCount).toBe(mine.length);
    expect(result.data?.workOrders.nodes.map((n: { id: string }) => n.id)).toEqual(mine);
    expect(result.data?.own).toEqual({ id: mine[0] });
    // Another ministry's work order answers like an unknown one: null, no error.
    expect(result.data?.other).toBeNull();
    for (const order of result.data?._entities[0].issuedWorkOrders ?? []) expect(mine).toContain(order.id);
    expect(result.data?._entities.slice(1)).toEqual([{ id: mine[0] }, null]);
  });

  it.each([
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as const)('denies the %s with %s on every path and keeps the rest', async (principal, code) => {
    const result = await subgraph.query(READ, variables(), as[principal]);
    expect(result.errors?.map((error) => error.path?.join('.')).sort()).toEqual([
      '_entities.0.workOrders',
      '_entities.1.issuedWorkOrders',
      '_entities.2',
      'workOrder',
      'workOrders',
    ]);
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe(code);
    expect(result.data?.workOrders).toBeNull();
    expect(result.data?.workOrder).toBeNull();
    expect(result.data?.ozgService).toEqual({ name: 'Elterngeld' });
  });

  it('checks access before the id, so that a stranger learns nothing from the error', async () => {
    expectError(await subgraph.query(`{ workOrder(id: "nonsense") { id } }`, {}, as.municipality), 'FORBIDDEN');
  });
});

describe('read.audit: projectsAuditLog', () => {
  const LOG = `{ projectsAuditLog(first: 10) { totalCount nodes {
    id occurredAt actorSubject actorOrg operation entityType entityId before after redacted } } }`;

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['kaz-editor', 'FORBIDDEN'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
  ] as const)('denies the %s with %s', async (principal, code) => {
    // The kit declares the field non-null, so a denial nulls `data` as a whole.
    const result = await subgraph.query(LOG, {}, as[principal]);
    expectError(result, code);
    expect(result.errors?.[0]?.path).toEqual(['projectsAuditLog']);
  });

  it('shows the auditor every accepted mutation, newest first, with before and after', async () => {
    const create = await subgraph.query(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id version } }`,
      {
        input: {
          id: 'KAZ-2026-90',
          title: 'Prüfpfad',
          summary: 'Projekt für den Test des Prüfprotokolls.',
          kind: 'INFRASTRUCTURE',
          phase: 'PLANNED',
          leadMinistryId: null,
          startDate: dayInBerlin(CLOCK),
          endDate: null,
          municipalityArs: ['120540000000'],
          ozgServiceIds: [],
        },
      },
      as['kaz-editor'],
    );
    expect(create.errors).toBeUndefined();
    const update = await subgraph.query(
      `mutation { updateProject(input: { id: "KAZ-2026-90", version: 1, phase: IN_PROGRESS }) { version } }`,
      {},
      as['kaz-editor'],
    );
    expect(update.errors).toBeUndefined();
    const issue = await subgraph.query(
      `mutation ($due: String!) { issueWorkOrder(input: { title: "Prüfauftrag", dueDate: $due, projectId: "KAZ-2026-90" }) { id } }`,
      { due: dayInBerlin(CLOCK, 10) },
      as.ministry,
    );
    expect(issue.errors).toBeUndefined();
    const orderId = issue.data?.issueWorkOrder.id;
    const status = await subgraph.query(
      `mutation ($id: ID!) { updateWorkOrderStatus(input: { id: $id, version: 1, status: IN_PROGRESS }) { version } }`,
      { id: orderId },
      as['kaz-editor'],
    );
    expect(status.errors).toBeUndefined();

    const result = await subgraph.query(LOG, {}, as.auditor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.projectsAuditLog.totalCount).toBe(4);
    const entries = result.data?.projectsAuditLog.nodes as Record<string, string | null>[];
    expect(entries.map((e) => [e.operation, e.entityType, e.entityId, e.actorOrg])).toEqual([
      ['updateWorkOrderStatus', 'WorkOrder', orderId, 'kaz'],
      ['issueWorkOrder', 'WorkOrder', orderId, 'mdjd'],
      ['updateProject', 'Project', 'KAZ-2026-90', 'kaz'],
      ['createProject', 'Project', 'KAZ-2026-90', 'kaz'],
    ]);
    expect(entries[3]?.before).toBeNull();
    expect(JSON.parse(entries[3]?.after ?? '')).toMatchObject({ id: 'KAZ-2026-90', phase: 'PLANNED', version: 1 });
    expect(JSON.parse(entries[2]?.before ?? '')).toMatchObject({ phase: 'PLANNED', version: 1 });
    expect(JSON.parse(entries[2]?.after ?? '')).toMatchObject({ phase: 'IN_PROGRESS', version: 2 });
    // Work orders are not for the auditor (read.workorder): their entries are listed, their content withheld.
    expect(entries.map((e) => e.redacted)).toEqual([true, true, false, false]);
    expect([entries[0]?.before, entries[0]?.after, entries[1]?.after]).toEqual([null, null, null]);
    const reader = await subgraph.query(
      LOG,
      {},
      await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['projects:write', 'audit:read'] }),
    );
    const full = reader.data?.projectsAuditLog.nodes as Record<string, string | null>[];
    expect(full[0]?.redacted).toBe(false);
    expect(JSON.parse(full[0]?.after ?? '')).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    for (const entry of entries) {
      expect(entry.id).toMatch(/^projects:\d+$/);
      expect(Date.parse(entry.occurredAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    }
  });

  it.each([
    ['UPDATE', sql`update audit_log set operation = 'forged'`],
    ['DELETE', sql`delete from audit_log`],
    ['TRUNCATE', sql`truncate audit_log`],
  ])('refuses %s on the audit log', async (_what, statement) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(subgraph.db);
    await expect(statement.execute(subgraph.db)).rejects.toThrow(/append-only/);
    const after = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(subgraph.db);
    expect(after.rows[0]?.n).toBe(rows[0]?.n);
  });
});
