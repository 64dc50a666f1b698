import { readFileSync } from 'node:fs';
import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleProjects } from '../subgraphs/projects/seed/sample-projects.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// The Kaz programme as a ministry and the Kaz ask about it (issue 13): Land money against the §6
// target, the e-government projects the MdJD took over from the MIK, and the Kommunen's support
// requests (§2.1) — each example operation run through the gateway with the principal who would ask.

const operation = (file: string) => readFileSync(new URL(`../schema/operations/${file}`, import.meta.url), 'utf8');

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe('a ministry asks how much Land money went into the programme against the §6 target (29)', () => {
  it('gets every year 2021–2025 with the Land money as the sample budgets add up', async () => {
    const result = await hub.query(
      operation('29-funding-against-target.graphql'),
      {},
      await headersAs(hub.issuer, 'ministry'),
    );
    expect(result.errors).toBeUndefined();
    const years = (result.data as any).programmeFunding;
    expect(years.map((y: any) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const lines = sampleProjects().flatMap((p) => p.budgetLines);
    for (const year of years) {
      const land = lines.filter((line) => line.year === year.year && line.source === 'LAND');
      const planned = land.reduce((sum, line) => sum + Number(line.amount_eur), 0);
      expect(year.targetEur).toBe(1_000_000);
      expect(year.landPlannedEur).toBe(planned);
      expect(year.plannedMeetsTarget).toBe(planned >= 1_000_000);
      expect(year.bySource.find((s: any) => s.source === 'LAND').plannedEur).toBe(planned);
    }
    expect(years.at(-1).landSpentEur).toBeNull();
  });

  it('is refused to a Kommune on its path', async () => {
    const result = await hub.query(
      operation('29-funding-against-target.graphql'),
      {},
      await headersAs(hub.issuer, 'municipality', '120540000000'),
    );
    expect(result.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['programmeFunding']]]);
  });
});

describe('the MdJD asks which projects it took over from the MIK in 2025 (30)', () => {
  it('lists the running e-government projects handed over on 1 February 2025, with budgets it may read', async () => {
    const result = await hub.query(
      operation('30-lead-ministry-handover.graphql'),
      {},
      await headersAs(hub.issuer, 'ministry'),
    );
    expect(result.errors).toBeUndefined();
    const { organisation, leadMinistryHandovers } = result.data as any;
    expect(organisation.shortName).toBe('MdJD');
    const handedOver = sampleProjects().filter((p) =>
      p.leadMinistryPeriods.some((period) => period.ministry_id === 'mik'),
    );
    expect(leadMinistryHandovers.totalCount).toBe(handedOver.length);
    expect(leadMinistryHandovers.nodes.map((n: any) => n.project.id).sort()).toEqual(
      handedOver.map((p) => p.project.id).sort(),
    );
    for (const node of leadMinistryHandovers.nodes) {
      expect(node).toMatchObject({
        handedOverOn: '2025-02-01',
        fromMinistry: { shortName: 'MIK' },
        toMinistry: { shortName: 'MdJD' },
      });
      expect(node.project.leadMinistryHistory.map((p: any) => [p.ministry.id, p.to])).toEqual([
        ['mik', '2025-01-31'],
        ['mdjd', null],
      ]);
      // The MdJD leads now, so the budget of the project is its to read (rule read.project.internal).
      expect(node.project.budget.length).toBeGreaterThan(0);
      expect(node.project.budgetTotalEur).toBeGreaterThan(0);
    }
  });

  it('does not show the MIK the budgets of the projects it handed over', async () => {
    const mik = { authorization: `Bearer ${await hub.issuer.sign({ org: 'mik', scopes: ['workorders:write'] })}` };
    const result = await hub.query(operation('30-lead-ministry-handover.graphql'), {}, mik);
    const codes = new Set(result.errors?.map((e) => e.extensions?.code));
    expect([...codes]).toEqual(['FORBIDDEN']);
    for (const error of result.errors ?? []) expect(error.path).toContain('project');
    expect((result.data as any).leadMinistryHandovers.totalCount).toBeGreaterThan(0);
  });
});

describe('the Kaz asks which Kommunen asked for support (31)', () => {
  it('lists the requests of the Landkreise and kreisfreie Städte with their names and outcomes', async () => {
    const result = await hub.query(
      operation('31-support-requests.graphql'),
      {},
      await headersAs(hub.issuer, 'kaz-editor'),
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = (result.data as any).supportRequests;
    expect(totalCount).toBeGreaterThanOrEqual(7);
    for (const node of nodes) {
      expect(['LANDKREIS', 'KREISFREIE_STADT']).toContain(node.municipality.kind);
      expect(node.municipality.name).toBeTruthy();
    }
    const names = nodes.map((n: any) => n.municipality.name);
    expect(names).toContain('Barnim');
    const triaged = nodes.filter((n: any) => n.status === 'TRIAGED');
    expect(triaged.some((n: any) => n.project?.title)).toBe(true);
    expect(triaged.some((n: any) => n.workOrderId)).toBe(true);
  });

  it('shows a Kommune only its own requests', async () => {
    const result = await hub.query(
      operation('31-support-requests.graphql'),
      {},
      await headersAs(hub.issuer, 'municipality', '120540000000'),
    );
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as any).supportRequests.nodes;
    expect(nodes.map((n: any) => n.municipality.id)).toEqual(['120540000000']);
  });
});
