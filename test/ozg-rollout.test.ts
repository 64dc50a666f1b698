import { readFileSync } from 'node:fs';
import { readOzgServices } from '@kaz/reference-data';
import { headersAs } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleOzgRolloutRows } from '../subgraphs/projects/seed/ozg-rollout.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// The OZG rollout through the gateway (issue 13): the example operations 32 to 34 asked by the
// principal who would ask each (DIKOM, a ministry, the IT lead of an Amt), checked against the sample
// rollout, and a Kommune recording its own rollout that the coverage figures then count.

const operation = (file: string) =>
  readFileSync(new URL(`../schema/operations/${file}.graphql`, import.meta.url), 'utf8');
const rows = sampleOzgRolloutRows();
const onlineAt = (ars: string) => rows.filter((row) => row.ars === ars && row.status === 'ONLINE');

const AMT_JOACHIMSTHAL = '120605006000';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe('the OZG rollout through the gateway', () => {
  it('tells DIKOM which OZG-Leistungen are online in each member Gemeinde (32)', async () => {
    const dikom = { authorization: `Bearer ${await hub.issuer.sign({ org: 'dikom', scopes: [] })}` };
    const result = await hub.query(operation('32-dikom-members-ozg-online'), {}, dikom);
    expect(result.errors).toBeUndefined();
    const members = (result.data as Record<string, any>).dikomMembers;
    expect(members.nodes.length).toBeGreaterThan(10);
    expect(members.nodes.length).toBe(Math.min(members.totalCount, 200));
    let withOnline = 0;
    for (const member of members.nodes) {
      const delivering = member.municipality.ozgObligations.deliveredBy;
      const expected = onlineAt(delivering.ars);
      expect(delivering.ozgRollout.totalCount, member.municipality.name).toBe(expected.length);
      expect(delivering.ozgRollout.nodes.map((n: any) => n.ozgService.id)).toEqual(
        expected.map((r) => r.ozg_service_id),
      );
      expect(member.municipality.ozgObligations.online).toBe(expected.length);
      expect(delivering.name).toBeTruthy();
      if (expected.length > 0) withOnline++;
    }
    expect(withOnline).toBeGreaterThan(5);
  });

  it('shows a ministry its Federführung and how far each Leistung rolled out (33)', async () => {
    const result = await hub.query(operation('33-ministry-ozg-rollout'), {}, await headersAs(hub.issuer, 'ministry'));
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    expect(data.organisation.shortName).toBe('MdJD');
    const led = data.organisation.ledOzgServices;
    // Sample Federführung of the MdJD: the Themenfelder Querschnitt and Recht & Ordnung.
    const themen = ['Querschnitt', 'Recht & Ordnung'];
    expect(led.totalCount).toBe(readOzgServices().filter((s) => themen.includes(s.themenfeld)).length);
    expect(led.nodes.every((n: any) => themen.includes(n.themenfeld))).toBe(true);
    expect(led.nodes.every((n: any) => n.federfuehrungIsSample)).toBe(true);
    const melde = led.nodes.find((n: any) => n.id === '10559');
    const of = (status: string) => rows.filter((r) => r.ozg_service_id === '10559' && r.status === status).length;
    expect(melde.rolloutCounts).toEqual({
      planned: of('PLANNED'),
      inProgress: of('IN_PROGRESS'),
      online: of('ONLINE'),
    });
    expect(melde.rollout.nodes.every((n: any) => n.isSample && n.municipality.name)).toBe(true);
    const online = data.ozgRolloutCoverage.reduce((sum: number, g: any) => sum + g.online, 0);
    expect(online).toBe(rows.filter((r) => r.status === 'ONLINE').length);
  });

  it('shows the IT lead of an Amt the Leistungen it must deliver and which are open (34)', async () => {
    const headers = await headersAs(hub.issuer, 'municipality', AMT_JOACHIMSTHAL);
    const result = await hub.query(operation('34-kommune-ozg-obligations'), {}, headers);
    expect(result.errors).toBeUndefined();
    const kommune = (result.data as Record<string, any>).municipality;
    expect(kommune.kind).toBe('AMT');
    const online = onlineAt(AMT_JOACHIMSTHAL).length;
    expect(kommune.ozgObligations).toMatchObject({
      deliveredBy: { ars: AMT_JOACHIMSTHAL },
      total: 405,
      online,
      open: 405 - online,
    });
    expect(kommune.ozgObligations.services.totalCount).toBe(405 - online);
    expect(kommune.ozgObligations.services.nodes).toHaveLength(100);
    expect(kommune.ozgObligations.services.nodes[0].ozgService.federfuehrung.shortName).toBeTruthy();
    expect(kommune.ozgRollout.totalCount).toBe(rows.filter((r) => r.ars === AMT_JOACHIMSTHAL).length);
  });

  it('lets an Amt record a Leistung as online, which its Gemeinden and the coverage then count', async () => {
    const headers = await headersAs(hub.issuer, 'municipality', AMT_JOACHIMSTHAL);
    const coverage = `{ ozgRolloutCoverage(by: LANDKREIS) { landkreis { ars name } online } }`;
    const barnimOnline = async () =>
      (await hub.query(coverage)).data?.ozgRolloutCoverage.find((g: any) => g.landkreis.ars === '120600000000');
    const before = await barnimOnline();
    expect(before.landkreis.name).toContain('Barnim');
    const result = await hub.query(
      `mutation ($input: RecordOzgRolloutInput!) { recordOzgRollout(input: $input) { status version isSample municipality { name } } }`,
      {
        input: {
          municipalityArs: AMT_JOACHIMSTHAL,
          ozgServiceId: '10000',
          status: 'ONLINE',
          onlineSince: '2025-06-02',
          efaSource: 'BB',
        },
      },
      headers,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordOzgRollout).toMatchObject({ status: 'ONLINE', version: 1, isSample: false });
    expect((await barnimOnline()).online).toBe(before.online + 1);
    const gemeinde = await hub.query(
      `{ municipality(ars: "120605006012") { name ozgObligations { online deliveredBy { ars } } } }`,
    );
    expect(gemeinde.data?.municipality.ozgObligations).toEqual({
      online: onlineAt(AMT_JOACHIMSTHAL).length + 1,
      deliveredBy: { ars: AMT_JOACHIMSTHAL },
    });
  });

  it('reads the rollout and obligations of 1 or 150 Kommunen in the same number of statements of the projects subgraph', async () => {
    const query = `query ($first: Int) { municipalities(first: $first) { nodes { ars
      ozgRollout(status: ONLINE, first: 5) { totalCount nodes { status isSample ozgService { name federfuehrung { id } } } }
      ozgObligations { total online open deliveredBy { ozgRollout(first: 2) { totalCount } }
        services(onlyOpen: true, first: 2) { totalCount nodes { status ozgService { id } } } } } } }`;
    const run = async (first: number) => {
      hub.resetStatements();
      const result = await hub.query(query, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.municipalities.nodes).toHaveLength(first);
      return hub.statements.projects?.length ?? 0;
    };
    const one = await run(1);
    expect(one).toBeGreaterThan(0);
    expect(await run(150)).toBe(one);
  });
});
