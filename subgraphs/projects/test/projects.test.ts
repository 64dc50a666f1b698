// Over 250 lines: the reads of the projects subgraph (lookup, list and filters, work orders) on one started subgraph.
import { sampleProjectIds } from '@kaz/reference-data';
import { headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { sampleWorkOrders } from '../seed/sample-work-orders.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();
/** The headers of the Kaz's token (projects:write): it may read budgets, milestones and work orders. */
let asKaz: Record<string, string>;
const samples = sampleProjects();
const workOrders = sampleWorkOrders(samples);

beforeAll(async () => {
  asKaz = await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['projects:write'] });
});

/** The ids of the sample projects that satisfy `predicate`, sorted. */
function expectedIds(predicate: (sample: (typeof samples)[number]) => boolean): string[] {
  return samples
    .filter(predicate)
    .map((sample) => sample.project.id)
    .sort();
}

describe('project lookup', () => {
  it('returns a project with its Kommunen, OZG-Leistungen, milestones, budget and work orders', async () => {
    const sample = samples.find(
      (s) => s.resultTransfers.length > 0 && workOrders.some((w) => w.project_id === s.project.id),
    );
    if (!sample) throw new Error('the sample data has no project with transfers and a work order');
    const result = await subgraph.query(
      `query ($id: ID!) { project(id: $id) {
        id title summary kind phase isSample startDate endDate
        leadMinistry { id } coordinator { id }
        municipalities { ars } ozgServices { id }
        milestones { position title dueOn reachedOn isSample }
        budget { year source amountEur isSample } budgetTotalEur
        resultTransfers { municipality { ars } since isSample }
        workOrders { id project { id } }
      } }`,
      { id: sample.project.id },
      asKaz,
    );
    expect(result.errors).toBeUndefined();
    const project = result.data?.project;
    expect(project).toMatchObject({
      id: sample.project.id,
      title: sample.project.title,
      kind: sample.project.kind,
      phase: sample.project.phase,
      isSample: true,
      startDate: sample.project.start_date,
      coordinator: { id: 'kaz' },
      leadMinistry: sample.project.lead_ministry_id ? { id: sample.project.lead_ministry_id } : null,
    });
    expect(project.municipalities.map((m: { ars: string }) => m.ars)).toEqual(
      sample.municipalities.map((m) => m.ars).sort(),
    );
    expect(project.ozgServices.map((s: { id: string }) => s.id)).toEqual(
      sample.ozgServices.map((s) => s.ozg_service_id).sort(),
    );
    expect(project.milestones.map((m: { position: number }) => m.position)).toEqual(
      sample.milestones.map((_, i) => i + 1),
    );
    const total = sample.budgetLines.reduce((sum, line) => sum + line.amount_eur, 0);
    expect(project.budgetTotalEur).toBeCloseTo(total, 2);
    expect(
      project.budget.map((b: { amountEur: number }) => b.amountEur).reduce((a: number, b: number) => a + b, 0),
    ).toBeCloseTo(total, 2);
    expect(project.resultTransfers).toHaveLength(sample.resultTransfers.length);
    const transferSet = new Set(
      project.resultTransfers.map((t: { municipality: { ars: string } }) => t.municipality.ars),
    );
    for (const m of project.municipalities) expect(transferSet.has(m.ars)).toBe(false);
    expect(project.workOrders.length).toBeGreaterThan(0);
    for (const order of project.workOrders) expect(order.project.id).toBe(sample.project.id);
    // A sample project's parts are sample data too, and say so where they are read.
    for (const part of [...project.milestones, ...project.budget, ...project.resultTransfers]) {
      expect(part.isSample).toBe(true);
    }
  });

  it('returns null for a well-formed project id that does not exist', async () => {
    const result = await subgraph.query(`{ project(id: "KAZ-2099-01") { title } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.project).toBeNull();
  });

  it.each(['KAZ-21-01', 'kaz-2021-01', '1'])('rejects the malformed project id %j with BAD_USER_INPUT', async (id) => {
    const result = await subgraph.query(`query ($id: ID!) { project(id: $id) { title } }`, { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('project list', () => {
  it('pages through exactly the 60 sample project ids without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { projects(first: 7, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id isSample } } }`,
        { after },
      );
      const page = result.data.projects;
      expect(page.totalCount).toBe(60);
      seen.push(...page.nodes.map((node: { id: string }) => node.id));
      for (const node of page.nodes) expect(node.isSample).toBe(true);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(sampleProjectIds());
  });

  it('filters by phase, kind, lead ministry, Kommune, OZG-Leistung, Themenfeld and year', async () => {
    const withMunicipality = samples[0]?.municipalities[1]?.ars as string;
    const withService = samples[1]?.ozgServices[0]?.ozg_service_id as string;
    const result = await subgraph.query(
      `query ($ars: ID!, $ozg: ID!) {
        phases: projects(filter: { phases: [DONE, ROLLOUT] }, first: 100) { nodes { id } }
        kinds: projects(filter: { kinds: [EFA_REUSE] }, first: 100) { nodes { id } }
        mil: projects(filter: { leadMinistryId: "mil" }, first: 100) { nodes { id } }
        kommune: projects(filter: { municipalityArs: $ars }, first: 100) { nodes { id } }
        ozg: projects(filter: { ozgServiceId: $ozg }, first: 100) { nodes { id } }
        year: projects(filter: { year: 2024 }, first: 100) { nodes { id } }
        combined: projects(filter: { phases: [DONE], year: 2023 }, first: 100) { nodes { id } }
      }`,
      { ars: withMunicipality, ozg: withService },
    );
    expect(result.errors).toBeUndefined();
    const ids = (key: string) => result.data?.[key].nodes.map((n: { id: string }) => n.id);
    expect(ids('phases')).toEqual(expectedIds((s) => ['DONE', 'ROLLOUT'].includes(s.project.phase)));
    expect(ids('kinds')).toEqual(expectedIds((s) => s.project.kind === 'EFA_REUSE'));
    expect(ids('mil')).toEqual(expectedIds((s) => s.project.lead_ministry_id === 'mil'));
    expect(ids('kommune')).toEqual(expectedIds((s) => s.municipalities.some((m) => m.ars === withMunicipality)));
    expect(ids('ozg')).toEqual(expectedIds((s) => s.ozgServices.some((o) => o.ozg_service_id === withService)));
    const runsIn = (s: (typeof samples)[number], year: number) =>
      s.project.start_date <= `${year}-12-31` && (s.project.end_date ?? '9999') >= `${year}-01-01`;
    expect(ids('year')).toEqual(expectedIds((s) => runsIn(s, 2024)));
    expect(ids('combined')).toEqual(expectedIds((s) => s.project.phase === 'DONE' && runsIn(s, 2023)));
    for (const key of ['phases', 'kinds', 'mil', 'kommune', 'ozg', 'year']) expect(ids(key).length).toBeGreaterThan(0);
  });

  it('answers processesPersonalData and the DSFA status and date of every project, and filters by personal data', async () => {
    const result = await subgraph.query(`{
      all: projects(first: 100) { nodes { id processesPersonalData dpiaStatus dpiaCompletedOn } }
      personal: projects(filter: { processesPersonalData: true }, first: 100) { totalCount nodes { id } }
      none: projects(filter: { processesPersonalData: false }, first: 100) { totalCount nodes { id } }
      combined: projects(filter: { processesPersonalData: true, phases: [DONE] }, first: 100) { nodes { id } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    expect(data.all.nodes).toEqual(
      samples.map(({ project }) => ({
        id: project.id,
        processesPersonalData: project.processes_personal_data,
        dpiaStatus: project.dpia_status,
        dpiaCompletedOn: project.dpia_completed_on,
      })),
    );
    const ids = (key: string) => data[key].nodes.map((n: { id: string }) => n.id);
    expect(ids('personal')).toEqual(expectedIds((s) => s.project.processes_personal_data === true));
    expect(ids('none')).toEqual(expectedIds((s) => s.project.processes_personal_data === false));
    expect(ids('combined')).toEqual(
      expectedIds((s) => s.project.processes_personal_data === true && s.project.phase === 'DONE'),
    );
    // The sample has both kinds, and every status of a DSFA but NOT_REQUIRED only among those with personal data.
    expect(data.personal.totalCount).toBeGreaterThan(0);
    expect(data.none.totalCount).toBeGreaterThan(0);
    expect(data.personal.totalCount + data.none.totalCount).toBe(60);
    const personal = new Set(ids('personal'));
    for (const node of data.all.nodes) if (node.dpiaStatus !== 'NOT_REQUIRED') expect(personal).toContain(node.id);
    expect(new Set(data.all.nodes.map((n: { dpiaStatus: string }) => n.dpiaStatus))).toEqual(
      new Set(['NOT_REQUIRED', 'REQUIRED', 'IN_PROGRESS', 'COMPLETED']),
    );
  });

  it('filters by Themenfeld through the OZG-Leistungen of a project', async () => {
    const result = await subgraph.query(`{
      projects(filter: { themenfeld: "Bauen & Wohnen" }, first: 100) { nodes { id ozgServices { themenfeld } } }
    }`);
    const nodes = result.data?.projects.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.ozgServices.map((s: { themenfeld: string }) => s.themenfeld)).toContain('Bauen & Wohnen');
    }
  });

  it.each([
    ['{ leadMinistryId: "MIL" }', 'filter.leadMinistryId'],
    ['{ municipalityArs: "12054" }', 'filter.municipalityArs'],
    ['{ ozgServiceId: "1" }', 'filter.ozgServiceId'],
    ['{ year: 21 }', 'filter.year'],
  ])('rejects the filter %s with BAD_USER_INPUT', async (filter, field) => {
    const result = await subgraph.query(`{ projects(filter: ${filter}) { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('loads one project and all 60 with every nested list in the same number of statements', async () => {
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { projects(first: $first) { nodes {
          id leadMinistry { id } coordinator { id }
          municipalities { ars }
          ozgServices { id name projects(first: 2) { totalCount nodes { id } } }
          budget { year source amountEur } budgetTotalEur
          milestones { title dueOn reachedOn }
          resultTransfers { municipality { ars } since }
          workOrders { id issuedBy { id } project { id title } }
        } } }`,
        { first },
        asKaz,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.projects.nodes).toHaveLength(first);
      return subgraph.statements.length;
    };
    const one = await run(1);
    expect(await run(60)).toBe(one);
    expect(one).toBeLessThanOrEqual(8);
  });
});

describe('work orders', () => {
  it('lists the 25 sample work orders by id and filters them by status', async () => {
    const result = await subgraph.query(
      `{
      all: workOrders(first: 100) { totalCount nodes { id isSample assignee { id } } }
      open: workOrders(status: OPEN) { totalCount }
      done: workOrders(status: DONE) { totalCount }
    }`,
      {},
      asKaz,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.all.totalCount).toBe(25);
    expect(result.data?.all.nodes.map((n: { id: string }) => n.id)).toEqual(workOrders.map((w) => w.id).sort());
    for (const node of result.data?.all.nodes ?? [])
      expect(node).toMatchObject({ isSample: true, assignee: { id: 'kaz' } });
    expect(result.data?.open.totalCount).toBe(workOrders.filter((w) => w.status === 'OPEN').length);
    expect(result.data?.done.totalCount).toBe(workOrders.filter((w) => w.status === 'DONE').length);
  });

  it('issues most work orders by a decision and some by a ministry alone', async () => {
    const byDecision = workOrders.filter((w) => w.decision_id);
    expect(byDecision.length).toBeGreaterThan(workOrders.length / 2);
    expect(workOrders.length - byDecision.length).toBeGreaterThan(0);
    const order = workOrders.find((w) => !w.decision_id && w.project_id);
    if (!order) throw new Error('no ministry-only work order with a project in the sample data');
    const result = await subgraph.query(
      `query ($id: ID!) { workOrder(id: $id) { id issuedBy { id } issuingMinistry { id } project { id workOrders { id } } status dueDate } }`,
      { id: order.id },
      asKaz,
    );
    expect(result.data?.workOrder).toMatchObject({
      id: order.id,
      issuedBy: null,
      issuingMinistry: { id: order.issuing_ministry_id },
      project: { id: order.project_id, workOrders: [{ id: order.id }] },
      status: order.status,
      dueDate: order.due_date,
    });
  });

  it('returns null for an unknown work order and BAD_USER_INPUT for a malformed id', async () => {
    const unknown = await subgraph.query(`{ workOrder(id: "AA-2099-001") { id } }`, {}, asKaz);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.workOrder).toBeNull();
    const malformed = await subgraph.query(`{ workOrder(id: "AA-21-1") { id } }`, {}, asKaz);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
