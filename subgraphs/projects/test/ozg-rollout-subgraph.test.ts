import { fixedClock } from '@kaz/subgraph-kit';
import { auditEntries, dayInBerlin, expectError, expectRefused, POTSDAM } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { sampleOzgRolloutRows } from '../seed/ozg-rollout.ts';
import { setUpSubgraph } from './support.ts';

// The OZG rollout per Kommune and Leistung, the obligations of a Kommune and the Federführung of a
// Leistung (issue 13), in the projects subgraph alone.

const clock = fixedClock('2026-03-31T10:00:00Z');
const { subgraph, as } = setUpSubgraph({ clock });

const ALTHUETTENDORF = '120605006012'; // amtsangehörig, Amt Joachimsthal (Schorfheide)
const AMT_JOACHIMSTHAL = '120605006000';
const BARNIM = '120600000000';

const RECORD = `mutation ($input: RecordOzgRolloutInput!) { recordOzgRollout(input: $input) {
  municipality { ars } ozgService { id } status onlineSince efaSource isSample version } }`;

const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality {
  ars ozgRollout(first: 500) { totalCount nodes { ozgService { id } status onlineSince isSample } }
  ozgObligations { deliveredBy { ars } total online open services(onlyOpen: true, first: 3) { totalCount nodes { ozgService { id } status open } } }
} } }`;

const municipality = (ars: string) => ({ r: [{ __typename: 'Municipality', ars }] });

describe('the sample rollout', () => {
  it('is marked as sample data and sits only at Kommunen that deliver (never an amtsangehörige Gemeinde)', async () => {
    const rows = await subgraph.db.selectFrom('ozg_rollout').selectAll().execute();
    expect(rows.length).toBe(sampleOzgRolloutRows().length);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.every((row) => row.is_sample)).toBe(true);
    expect(rows.filter((row) => row.ars === ALTHUETTENDORF)).toEqual([]);
    expect(rows.every((row) => (row.status === 'ONLINE') === (row.online_since !== null))).toBe(true);
  });

  it('gives each sample Federführung the sample mark, for every OZG-Leistung', async () => {
    const result = await subgraph.query(
      `{ ozgService(id: "10092") { name federfuehrung { id } federfuehrungIsSample } }`,
    );
    expect(result.data?.ozgService).toEqual({
      name: 'Wohngeld',
      federfuehrung: { id: 'mgs' },
      federfuehrungIsSample: true,
    });
    const missing = await subgraph.db
      .selectFrom('ozg_service')
      .select('id')
      .where('lead_ministry_id', 'is', null)
      .execute();
    expect(missing).toEqual([]);
  });
});

describe('reading the rollout', () => {
  it('lists a Kommune’s records and counts per Leistung that agree with the table', async () => {
    const result = await subgraph.query(ENTITY, municipality(POTSDAM));
    expect(result.errors).toBeUndefined();
    const [potsdam] = result.data?._entities ?? [];
    const stored = sampleOzgRolloutRows().filter((row) => row.ars === POTSDAM);
    expect(potsdam.ozgRollout.totalCount).toBe(stored.length);
    expect(potsdam.ozgRollout.nodes.map((n: any) => n.ozgService.id)).toEqual(stored.map((r) => r.ozg_service_id));

    const counts = await subgraph.query(
      `{ ozgService(id: "10124") { rolloutCounts { planned inProgress online } rollout(first: 0) { totalCount } } }`,
    );
    const rows = sampleOzgRolloutRows().filter((row) => row.ozg_service_id === '10124');
    const of = (status: string) => rows.filter((row) => row.status === status).length;
    expect(counts.data?.ozgService.rolloutCounts).toEqual({
      planned: of('PLANNED'),
      inProgress: of('IN_PROGRESS'),
      online: of('ONLINE'),
    });
    expect(counts.data?.ozgService.rollout.totalCount).toBe(rows.length);
  });

  it('derives the obligations from the LeiKa-Typen and lets an amtsangehörige Gemeinde see its Amt’s', async () => {
    const result = await subgraph.query(ENTITY, {
      r: [
        { __typename: 'Municipality', ars: ALTHUETTENDORF },
        { __typename: 'Municipality', ars: AMT_JOACHIMSTHAL },
      ],
    });
    expect(result.errors).toBeUndefined();
    const [gemeinde, amt] = result.data?._entities ?? [];
    expect(gemeinde.ozgRollout.totalCount).toBe(0);
    expect(gemeinde.ozgObligations.deliveredBy).toEqual({ ars: AMT_JOACHIMSTHAL });
    expect(gemeinde.ozgObligations).toEqual(amt.ozgObligations);
    // 405 of the 557 OZG-Leistungen have a LeiKa-Typ that a Kommune executes (2/3, 3, 5 or 6).
    expect(amt.ozgObligations.total).toBe(405);
    const online = amt.ozgRollout.nodes.filter((n: any) => n.status === 'ONLINE').length;
    expect(amt.ozgObligations.online).toBe(online);
    expect(amt.ozgObligations.open).toBe(405 - online);
    expect(amt.ozgObligations.services.totalCount).toBe(405 - online);
    expect(amt.ozgObligations.services.nodes.every((n: any) => n.open && n.status !== 'ONLINE')).toBe(true);
  });

  it('counts coverage per Landkreis and Themenfeld as the table does', async () => {
    const result = await subgraph.query(`{
      byKreis: ozgRolloutCoverage(by: LANDKREIS) { landkreis { ars } themenfeld kommunen planned inProgress online onlineShare }
      byThema: ozgRolloutCoverage(by: THEMENFELD) { landkreis { ars } themenfeld online }
      both: ozgRolloutCoverage(by: LANDKREIS_AND_THEMENFELD) { online }
    }`);
    expect(result.errors).toBeUndefined();
    const rows = sampleOzgRolloutRows();
    const barnim = rows.filter((row) => row.ars.startsWith('12060'));
    const kreis = result.data?.byKreis.find((g: any) => g.landkreis.ars === BARNIM);
    expect(kreis).toMatchObject({
      themenfeld: null,
      kommunen: new Set(barnim.map((row) => row.ars)).size,
      planned: barnim.filter((row) => row.status === 'PLANNED').length,
      online: barnim.filter((row) => row.status === 'ONLINE').length,
    });
    expect(result.data?.byKreis).toHaveLength(18);
    const online = rows.filter((row) => row.status === 'ONLINE').length;
    const sum = (groups: any[]) => groups.reduce((total, g) => total + g.online, 0);
    expect(sum(result.data?.byKreis)).toBe(online);
    expect(sum(result.data?.byThema)).toBe(online);
    expect(sum(result.data?.both)).toBe(online);
    expect(result.data?.byThema.every((g: any) => g.landkreis === null && g.themenfeld)).toBe(true);
  });

  it('lists a ministry’s Federführung and reads rollouts of many Kommunen in the same number of statements', async () => {
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { _entities(representations: [{ __typename: "Organisation", id: "mil" }]) { ... on Organisation {
          ledOzgServices(first: $first) { totalCount nodes { id federfuehrung { id } rolloutCounts { online }
            rollout(first: 20) { nodes { municipality { ars } status ozgService { name } } } } } } } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].ledOzgServices.nodes).toHaveLength(first);
      return subgraph.statements.length;
    };
    const one = await run(1);
    expect(await run(100)).toBe(one);
  });
});

describe('recordOzgRollout', () => {
  it('lets a Kommune record its own rollout, then change it with its version, each audited', async () => {
    const input = { municipalityArs: POTSDAM, ozgServiceId: '10000', status: 'IN_PROGRESS', efaSource: null };
    const created = await subgraph.query(RECORD, { input }, as.municipality);
    expect(created.errors).toBeUndefined();
    expect(created.data?.recordOzgRollout).toEqual({
      municipality: { ars: POTSDAM },
      ozgService: { id: '10000' },
      status: 'IN_PROGRESS',
      onlineSince: null,
      efaSource: null,
      isSample: false,
      version: 1,
    });
    const online = {
      ...input,
      status: 'ONLINE',
      onlineSince: dayInBerlin(subgraph.clock, -2),
      efaSource: 'BE',
      version: 1,
    };
    const changed = await subgraph.query(RECORD, { input: online }, as.municipality);
    expect(changed.data?.recordOzgRollout).toMatchObject({ status: 'ONLINE', efaSource: 'BE', version: 2 });
    const entries = await auditEntries(subgraph.db, { entityType: 'OzgRollout', entityId: `${POTSDAM}:10000` });
    expect(entries.map((e) => e.operation)).toEqual(['recordOzgRollout', 'recordOzgRollout']);
    await expectRefused(subgraph, () => subgraph.query(RECORD, { input: online }, as.municipality), 'CONFLICT');
  });

  it('lets the Kaz record any Kommune’s rollout', async () => {
    const input = { municipalityArs: BARNIM, ozgServiceId: '10000', status: 'PLANNED' };
    const result = await subgraph.query(RECORD, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordOzgRollout.version).toBe(1);
  });

  it.each(['ministry', 'security-team', 'auditor', 'anonymous'] as const)('refuses %s', async (column) => {
    const input = { municipalityArs: POTSDAM, ozgServiceId: '10001', status: 'PLANNED' };
    await expectRefused(
      subgraph,
      () => subgraph.query(RECORD, { input }, as[column]),
      column === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    );
  });

  it('refuses a Kommune that records another Kommune’s rollout', async () => {
    const input = { municipalityArs: BARNIM, ozgServiceId: '10001', status: 'PLANNED' };
    await expectRefused(subgraph, () => subgraph.query(RECORD, { input }, as.municipality), 'FORBIDDEN');
  });

  it.each([
    [{ municipalityArs: '12054', ozgServiceId: '10001', status: 'PLANNED' }, 'input.municipalityArs'],
    [{ municipalityArs: '129990000000', ozgServiceId: '10001', status: 'PLANNED' }, 'input.municipalityArs'],
    [{ municipalityArs: ALTHUETTENDORF, ozgServiceId: '10001', status: 'PLANNED' }, 'input.municipalityArs'],
    [{ municipalityArs: POTSDAM, ozgServiceId: '1000', status: 'PLANNED' }, 'input.ozgServiceId'],
    [{ municipalityArs: POTSDAM, ozgServiceId: '99999', status: 'PLANNED' }, 'input.ozgServiceId'],
    [{ municipalityArs: POTSDAM, ozgServiceId: '10001', status: 'ONLINE' }, 'input.onlineSince'],
    [
      { municipalityArs: POTSDAM, ozgServiceId: '10001', status: 'PLANNED', onlineSince: '2025-01-01' },
      'input.onlineSince',
    ],
    [
      { municipalityArs: POTSDAM, ozgServiceId: '10001', status: 'ONLINE', onlineSince: '2099-01-01' },
      'input.onlineSince',
    ],
    [
      { municipalityArs: POTSDAM, ozgServiceId: '10001', status: 'ONLINE', onlineSince: '2025-02-30' },
      'input.onlineSince',
    ],
  ])('refuses %j with BAD_USER_INPUT on %s and changes nothing', async (input, field) => {
    await expectRefused(subgraph, () => subgraph.query(RECORD, { input }, as['kaz-editor']), 'BAD_USER_INPUT', field);
  });

  it('refuses a version for a record that does not exist yet', async () => {
    const input = { municipalityArs: POTSDAM, ozgServiceId: '10002', status: 'PLANNED', version: 3 };
    const error = await expectRefused(subgraph, () => subgraph.query(RECORD, { input }, as['kaz-editor']), 'CONFLICT');
    expect(error.message).toContain('leave version out');
    expectError({ errors: [error] }, 'CONFLICT');
  });
});
