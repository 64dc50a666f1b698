import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dayInBerlin } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProjectInput } from './support/access-path-fixtures.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// A reference to another partner's record is checked against the owner's live data through
// federation (issue 12): records created through the gateway can be cited at once, unknown keys are
// refused naming the owner, an owner that is down refuses the write, and `pnpm references:check` and
// the gateway's kaz_dangling_references list what a withdrawal left dangling.

const run = promisify(execFile);
let hub: TestHub;
let ministry: Record<string, string>;
let kaz: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  const bearer = async (org: string, scopes: string[]) => ({
    authorization: `Bearer ${await hub.issuer.sign({ org, scopes })}`,
  });
  ministry = await bearer('mdjd', ['organisations:write', 'workorders:write']);
  kaz = await bearer('kaz', ['projects:write', 'contracts:write']);
});

afterAll(async () => {
  await hub?.stop();
});

async function mutate(query: string, input: Record<string, unknown>, as: Record<string, string>) {
  return hub.query(query, { input }, as);
}

async function ok(query: string, input: Record<string, unknown>, as: Record<string, string>) {
  const result = await mutate(query, input, as);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, any>;
}

const RECORD_DECISION = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id version status } }`;
const WITHDRAW_DECISION = `mutation ($input: WithdrawDecisionInput!) { withdrawDecision(input: $input) { id version status withdrawnOn } }`;
const ISSUE_WORK_ORDER = `mutation ($input: IssueWorkOrderInput!) { issueWorkOrder(input: $input) { id issuedBy { id reference } } }`;
const CREATE_PROJECT = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const CREATE_PROCUREMENT = `mutation ($input: CreateProcurementProcedureInput!) { createProcurementProcedure(input: $input) { id project { id title } } }`;

const order = (decisionId: string | null) => ({
  title: 'Umsetzung des Beschlusses zur Referenzprüfung',
  dueDate: dayInBerlin(hub.clock, 30),
  decisionId,
  projectId: null,
});

const procurement = (id: string, projectId: string) => ({
  id,
  title: 'Gemeinsame Beschaffung für das neue Vorhaben',
  procedureType: 'OPEN_PROCEDURE',
  status: 'PLANNED',
  estimatedValueEur: 25000,
  participatingMunicipalityArs: ['120540000000'],
  projectId,
});

/** Runs `pnpm references:check` against this hub's subgraphs; its exit code and its JSON report. */
async function referencesCheck(): Promise<{ code: number; report: any; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REFERENCE_AUDIT_TOKEN: await hub.issuer.sign({
      org: 'kaz',
      scopes: ['projects:write', 'contracts:write', 'security:read'],
    }),
  };
  for (const [name, subgraph] of Object.entries(hub.subgraphs))
    env[`SUBGRAPH_${name.toUpperCase()}_URL`] = subgraph.url;
  try {
    const { stdout, stderr } = await run('pnpm', ['-s', 'references:check', '--json'], { env });
    return { code: 0, report: JSON.parse(stdout), stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, report: failed.stdout ? JSON.parse(failed.stdout) : null, stderr: failed.stderr };
  }
}

async function workOrderCount(): Promise<number> {
  const rows = await hub.subgraphs.projects?.db.selectFrom('work_order').select('id').execute();
  return rows?.length ?? -1;
}

let decisionId: string;
let workOrderId: string;

describe('references between partners, checked live through federation', () => {
  it('a new decision can be cited by a work order, and a new project by a procurement', async () => {
    const { recordDecision } = await ok(
      RECORD_DECISION,
      {
        committeeId: 'it-rat',
        reference: 'Beschluss Referenzprüfung 1',
        decidedOn: dayInBerlin(hub.clock, -2),
        title: 'Referenzen zwischen Partnern',
        text: 'Der IT-Rat beauftragt das Kaz mit der Prüfung der Referenzen.',
      },
      ministry,
    );
    decisionId = recordDecision.id;
    expect(decisionId).toMatch(/^itrat-\d{4}-\d+$/);
    expect(recordDecision.status).toBe('IN_FORCE');

    const { issueWorkOrder } = await ok(ISSUE_WORK_ORDER, order(decisionId), ministry);
    workOrderId = issueWorkOrder.id;
    expect(issueWorkOrder.issuedBy).toEqual({ id: decisionId, reference: 'Beschluss Referenzprüfung 1' });

    const { createProject } = await ok(
      CREATE_PROJECT,
      newProjectInput('KAZ-2031-07', 'Referenzprüfung: neues Vorhaben', 'Angelegt vom Referenztest.'),
      kaz,
    );
    expect(createProject.id).toBe('KAZ-2031-07');
    const { createProcurementProcedure } = await ok(CREATE_PROCUREMENT, procurement('VG-2031-001', 'KAZ-2031-07'), kaz);
    expect(createProcurementProcedure.project).toEqual({ id: 'KAZ-2031-07', title: 'Referenzprüfung: neues Vorhaben' });
  });

  it('refuses an unknown decision and an unknown project with BAD_USER_INPUT naming the field and the owner', async () => {
    const before = await workOrderCount();
    const decision = await mutate(ISSUE_WORK_ORDER, order('itrat-2099-9'), ministry);
    expect(decision.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(decision.errors?.[0]?.message).toContain('input.decisionId');
    expect(decision.errors?.[0]?.message).toContain('itrat-2099-9 in the organisations subgraph');
    expect(await workOrderCount()).toBe(before);

    const project = await mutate(CREATE_PROCUREMENT, procurement('VG-2031-002', 'KAZ-2031-99'), kaz);
    expect(project.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(project.errors?.[0]?.message).toContain('input.projectId');
    expect(project.errors?.[0]?.message).toContain('KAZ-2031-99 in the projects subgraph');
    const { procurementProcedure } = (await hub.query(`{ procurementProcedure(id: "VG-2031-002") { id } }`, {}, kaz))
      .data as Record<string, unknown>;
    expect(procurementProcedure).toBeNull();
  });

  // references:check is a separate process that loads every subgraph's declarations: give it time.
  it('lists nothing dangling of the new records while the decision is in force', { timeout: 120_000 }, async () => {
    const { code, report } = await referencesCheck();
    expect(report.checked).toBeGreaterThan(0);
    expect(report.dangling.filter((ref: any) => [workOrderId, 'VG-2031-001'].includes(ref.recordKey))).toEqual([]);
    expect(code).toBe(report.dangling.length === 0 ? 0 : 1);
  });

  it('after the decision is withdrawn, references:check reports the work order and exits 1; the gauge counts it', {
    timeout: 120_000,
  }, async () => {
    const { decision } = (await hub.query(`query ($id: ID!) { decision(id: $id) { version } }`, { id: decisionId }))
      .data as Record<string, any>;
    const { withdrawDecision } = await ok(
      WITHDRAW_DECISION,
      { id: decisionId, version: decision.version, withdrawnOn: dayInBerlin(hub.clock, -1), note: 'Ersetzt.' },
      ministry,
    );
    expect(withdrawDecision).toMatchObject({ status: 'WITHDRAWN', version: decision.version + 1 });

    // A withdrawn decision cannot be cited any more.
    const cited = await mutate(ISSUE_WORK_ORDER, order(decisionId), ministry);
    expect(cited.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cited.errors?.[0]?.message).toContain('withdrawn');

    const { code, report } = await referencesCheck();
    expect(code).toBe(1);
    expect(report.dangling).toContainEqual({
      subgraph: 'projects',
      recordType: 'WorkOrder',
      recordKey: workOrderId,
      field: 'decisionId',
      owner: 'organisations',
      target: 'Decision',
      targetKey: decisionId,
      reason: 'withdrawn',
    });

    const metrics = await (await fetch(new URL('/metrics', hub.url))).text();
    const withdrawn = report.dangling.filter(
      (ref: any) => ref.recordType === 'WorkOrder' && ref.reason === 'withdrawn',
    );
    expect(metrics).toContain(
      `kaz_dangling_references{record_type="WorkOrder",field="decisionId",target="Decision",reason="withdrawn"} ${withdrawn.length}`,
    );
    expect(metrics).toContain('kaz_reference_audit_success 1');
  });

  it('refuses the write with REFERENCE_OWNER_UNREACHABLE naming the owner when it is down, writing nothing', {
    timeout: 120_000,
  }, async () => {
    await hub.subgraphs.organisations?.stop();
    const before = await workOrderCount();
    const result = await mutate(ISSUE_WORK_ORDER, order('itrat-2024-1'), ministry);
    expect(result.errors?.[0]?.extensions?.code).toBe('REFERENCE_OWNER_UNREACHABLE');
    expect(result.errors?.[0]?.message).toContain('the organisations subgraph did not answer');
    expect(result.errors?.[0]?.message).toContain('itrat-2024-1 could not be checked');
    expect(await workOrderCount()).toBe(before);

    const { code, stderr } = await referencesCheck();
    expect(code).toBe(2);
    expect(stderr).toContain('organisations subgraph');
  });
});
