// Over 250 lines: both project mutations with every cell of their access rows, on one started subgraph.
import { auditEntries, expectError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { PROJECT_PHASES, type ProjectPhase } from '../src/db/project.ts';
import { projectsSubgraph } from '../src/subgraph.ts';
import { checkPhaseMove } from '../src/validation.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
const samples = sampleProjects();

const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) {
  id title summary kind phase version isSample startDate endDate
  leadMinistry { id } coordinator { id } municipalities { ars } ozgServices { id }
} }`;

const UPDATE = `mutation ($input: UpdateProjectInput!) { updateProject(input: $input) {
  id title summary phase version endDate leadMinistry { id } municipalities { ars } ozgServices { id }
} }`;

const POTSDAM = '120540000000';
const BARNIM = '120600000000';
const AMT_BIESENTHAL = '120605003000';

let counter = 0;
/** A valid createProject input with a fresh id, changed by `overrides`. */
function newProject(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    id: `KAZ-2027-${String(counter).padStart(2, '0')}`,
    title: 'Digitaler Bauantrag für kleine Gemeinden',
    summary: 'Die Kaz führt den digitalen Bauantrag in drei Pilotkommunen ein.',
    kind: 'OZG_IMPLEMENTATION',
    phase: 'PLANNED',
    leadMinistryId: 'mil',
    startDate: '2027-01-01',
    endDate: '2028-06-30',
    municipalityArs: [POTSDAM, BARNIM],
    ozgServiceIds: ['10000', '10110'],
    ...overrides,
  };
}

/** A sample project in one of `phases`. */
function sampleIn(...phases: ProjectPhase[]) {
  const sample = samples.find((s) => phases.includes(s.project.phase));
  if (!sample) throw new Error(`no sample project in ${phases.join('/')}`);
  return sample.project;
}

/** The stored version of a project. */
async function versionOf(id: string): Promise<number> {
  const row = await subgraph.db.selectFrom('project').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return row.version;
}

describe('createProject', () => {
  it('creates a project (version 1, coordinated by the Kaz, not sample data) with one audit entry', async () => {
    const before = await auditEntries(subgraph.db);
    const input = newProject({ municipalityArs: [BARNIM, AMT_BIESENTHAL, POTSDAM] });
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProject).toEqual({
      id: input.id,
      title: input.title,
      summary: input.summary,
      kind: 'OZG_IMPLEMENTATION',
      phase: 'PLANNED',
      version: 1,
      isSample: false,
      startDate: '2027-01-01',
      endDate: '2028-06-30',
      leadMinistry: { id: 'mil' },
      coordinator: { id: 'kaz' },
      municipalities: [{ ars: POTSDAM }, { ars: BARNIM }, { ars: AMT_BIESENTHAL }],
      ozgServices: [{ id: '10000' }, { id: '10110' }],
    });
    const after = await auditEntries(subgraph.db);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      actor_subject: 'kaz-editor@kaz',
      actor_org: 'kaz',
      operation: 'createProject',
      entity_type: 'Project',
      entity_id: input.id,
      before: null,
      after: {
        id: input.id,
        title: input.title,
        version: 1,
        isSample: false,
        coordinatorId: 'kaz',
        municipalityArs: [POTSDAM, BARNIM, AMT_BIESENTHAL],
        ozgServiceIds: ['10000', '10110'],
      },
    });
  });

  it('accepts a project without lead ministry, end date and OZG-Leistungen', async () => {
    const input = newProject({ leadMinistryId: null, endDate: null, ozgServiceIds: [] });
    const result = await subgraph.query(CREATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProject).toMatchObject({ leadMinistry: null, endDate: null, ozgServices: [] });
  });

  it.each([
    ['a malformed id', { id: 'KAZ-27-01' }, 'input.id'],
    ['an empty title', { title: '   ' }, 'input.title'],
    ['a title of 201 characters', { title: 'x'.repeat(201) }, 'input.title'],
    ['an empty summary', { summary: '' }, 'input.summary'],
    ['a malformed lead ministry key', { leadMinistryId: 'MIL' }, 'input.leadMinistryId'],
    ['an organisation that is no ministry as lead', { leadMinistryId: 'kaz' }, 'input.leadMinistryId'],
    ['a malformed start date', { startDate: '01.01.2027' }, 'input.startDate'],
    ['a start date that is no real day', { startDate: '2027-02-30' }, 'input.startDate'],
    ['an end date before the start', { endDate: '2026-12-31' }, 'input.endDate'],
    ['no Kommune', { municipalityArs: [] }, 'input.municipalityArs'],
    ['a malformed ARS', { municipalityArs: ['12054'] }, 'input.municipalityArs'],
    ['an ARS that is no Kommune of Brandenburg', { municipalityArs: ['129999999999'] }, 'input.municipalityArs'],
    ['a Kommune twice', { municipalityArs: [POTSDAM, POTSDAM] }, 'input.municipalityArs'],
    ['a malformed OZG-ID', { ozgServiceIds: ['1000'] }, 'input.ozgServiceIds'],
    ['an OZG-ID not in the catalogue', { ozgServiceIds: ['10000', '99999'] }, 'input.ozgServiceIds'],
  ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_what, override, field) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(CREATE, { input: newProject(override) }, as['kaz-editor']);
    expectError(result, 'BAD_USER_INPUT', field);
    expect(result.data).toBeNull();
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('rejects an unknown kind before it runs and changes nothing', async () => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(CREATE, { input: newProject({ kind: 'BUILDING' }) }, as['kaz-editor']);
    expectError(result, 'BAD_USER_INPUT');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('answers CONFLICT for an id that exists and changes nothing', async () => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(CREATE, { input: newProject({ id: 'KAZ-2021-01' }) }, as['kaz-editor']);
    expectError(result, 'CONFLICT');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ] as const)('denies %s with %s and changes nothing', async (principal, code) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(CREATE, { input: newProject() }, as[principal]);
    expectError(result, code);
    expect(result.errors?.[0]?.path).toEqual(['createProject']);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('updateProject', () => {
  it('changes the given fields, replaces the lists, counts the version up and writes one audit entry', async () => {
    const sample = sampleIn('PLANNED', 'IN_PROGRESS');
    const version = await versionOf(sample.id);
    const before = await auditEntries(subgraph.db);
    const input = {
      id: sample.id,
      version,
      title: 'Neuer Titel',
      phase: 'PILOT',
      endDate: '2030-12-31',
      leadMinistryId: 'mdjd',
      municipalityArs: [BARNIM, POTSDAM],
      ozgServiceIds: ['10110'],
    };
    const result = await subgraph.query(UPDATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProject).toEqual({
      id: sample.id,
      title: 'Neuer Titel',
      summary: sample.summary,
      phase: 'PILOT',
      version: version + 1,
      endDate: '2030-12-31',
      leadMinistry: { id: 'mdjd' },
      municipalities: [{ ars: POTSDAM }, { ars: BARNIM }],
      ozgServices: [{ id: '10110' }],
    });
    const after = await auditEntries(subgraph.db);
    expect(after).toHaveLength(before.length + 1);
    const entry = after.at(-1);
    expect(entry).toMatchObject({
      operation: 'updateProject',
      entity_type: 'Project',
      entity_id: sample.id,
      before: { title: sample.title, phase: sample.phase, version, leadMinistryId: sample.lead_ministry_id },
      after: {
        title: 'Neuer Titel',
        phase: 'PILOT',
        version: version + 1,
        leadMinistryId: 'mdjd',
        municipalityArs: [POTSDAM, BARNIM],
        ozgServiceIds: ['10110'],
      },
    });
    const sampleArs = samples.find((s) => s.project.id === sample.id)?.municipalities.map((m) => m.ars);
    expect(entry?.before).toMatchObject({ municipalityArs: sampleArs?.sort() });
  });

  it('keeps what it is not given and clears the end date and lead ministry with null', async () => {
    const sample = sampleIn('ROLLOUT');
    const version = await versionOf(sample.id);
    const result = await subgraph.query(
      UPDATE,
      { input: { id: sample.id, version, endDate: null, leadMinistryId: null } },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    const sampleLinks = samples.find((s) => s.project.id === sample.id);
    expect(result.data?.updateProject).toMatchObject({
      title: sample.title,
      phase: 'ROLLOUT',
      endDate: null,
      leadMinistry: null,
      version: version + 1,
    });
    expect(result.data?.updateProject.municipalities).toHaveLength(sampleLinks?.municipalities.length ?? -1);
  });

  it('moves a phase forward or to STOPPED only; DONE and STOPPED are final', () => {
    const order = ['PLANNED', 'IN_PROGRESS', 'PILOT', 'ROLLOUT', 'DONE'];
    for (const from of PROJECT_PHASES) {
      for (const to of PROJECT_PHASES) {
        const legal =
          from === to ||
          (from !== 'DONE' && from !== 'STOPPED' && (to === 'STOPPED' || order.indexOf(to) > order.indexOf(from)));
        if (legal) expect(() => checkPhaseMove(from, to), `${from} → ${to}`).not.toThrow();
        else expect(() => checkPhaseMove(from, to), `${from} → ${to}`).toThrow(/input\.phase/);
      }
    }
  });

  it.each([
    ['back to an earlier phase', 'ROLLOUT', 'PLANNED'],
    ['out of DONE', 'DONE', 'STOPPED'],
    ['out of STOPPED', 'STOPPED', 'IN_PROGRESS'],
  ] as const)('rejects a move %s with BAD_USER_INPUT on input.phase and changes nothing', async (_what, from, to) => {
    const sample = sampleIn(from);
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      UPDATE,
      { input: { id: sample.id, version: await versionOf(sample.id), phase: to } },
      as['kaz-editor'],
    );
    expectError(result, 'BAD_USER_INPUT', 'input.phase');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it.each([
    ['a malformed id', { id: 'KAZ-2021-1' }, 'input.id'],
    ['a version below 1', { version: 0 }, 'input.version'],
    ['no field to change', {}, 'input'],
    ['a null title', { title: null }, 'input.title'],
    ['an empty title', { title: '' }, 'input.title'],
    ['a null list of Kommunen', { municipalityArs: null }, 'input.municipalityArs'],
    ['an empty list of Kommunen', { municipalityArs: [] }, 'input.municipalityArs'],
    ['an ARS that is no Kommune', { municipalityArs: ['120549999999'] }, 'input.municipalityArs'],
    ['an unknown OZG-ID', { ozgServiceIds: ['99999'] }, 'input.ozgServiceIds'],
    ['a lead that is no ministry', { leadMinistryId: 'zit_bb' }, 'input.leadMinistryId'],
    ['an end date that is no real day', { endDate: '2027-13-01' }, 'input.endDate'],
    ['an end date before the stored start', { endDate: '2000-01-01' }, 'input.endDate'],
  ])('rejects %s with BAD_USER_INPUT and changes nothing', async (_what, override, field) => {
    const sample = sampleIn('PLANNED', 'IN_PROGRESS', 'PILOT');
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      UPDATE,
      { input: { id: sample.id, version: await versionOf(sample.id), ...override } },
      as['kaz-editor'],
    );
    expectError(result, 'BAD_USER_INPUT', field);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown project', async () => {
    const result = await subgraph.query(
      UPDATE,
      { input: { id: 'KAZ-2099-01', version: 1, title: 'x' } },
      as['kaz-editor'],
    );
    expectError(result, 'NOT_FOUND');
  });

  it('answers CONFLICT for a stale version and changes nothing', async () => {
    const sample = sampleIn('PILOT');
    const version = await versionOf(sample.id);
    expect(
      (await subgraph.query(UPDATE, { input: { id: sample.id, version, title: 'Erste' } }, as['kaz-editor'])).errors,
    ).toBe(undefined);
    const before = await subgraph.snapshot();
    const stale = await subgraph.query(
      UPDATE,
      { input: { id: sample.id, version, title: 'Zweite' } },
      as['kaz-editor'],
    );
    expectError(stale, 'CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('lets exactly one of two concurrent writers with the same version win; the other gets CONFLICT', async () => {
    const sample = sampleIn('IN_PROGRESS', 'PILOT', 'ROLLOUT');
    // A few rounds, because a missing lock shows only when the two transactions overlap.
    for (let round = 1; round <= 3; round++) {
      const version = await versionOf(sample.id);
      const entries = (await auditEntries(subgraph.db)).length;
      const titles = [`Titel von Schreiber A, Runde ${round}`, `Titel von Schreiber B, Runde ${round}`];
      const results = await Promise.all(
        titles.map((title) => subgraph.query(UPDATE, { input: { id: sample.id, version, title } }, as['kaz-editor'])),
      );
      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expectError(losers[0] ?? {}, 'CONFLICT');
      const stored = await subgraph.db
        .selectFrom('project')
        .select(['title', 'version'])
        .where('id', '=', sample.id)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ title: winners[0]?.data?.updateProject.title, version: version + 1 });
      expect(await auditEntries(subgraph.db)).toHaveLength(entries + 1);
    }
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ] as const)('denies %s with %s and changes nothing', async (principal, code) => {
    // The ministry leads the project and still may not change it (write.project is the Kaz's).
    const sample = samples.find((s) => s.project.lead_ministry_id === 'mdjd')?.project ?? sampleIn('PLANNED');
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      UPDATE,
      { input: { id: sample.id, version: await versionOf(sample.id), title: 'Verboten' } },
      as[principal],
    );
    expectError(result, code);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('keeps an accepted change when the seed runs again', async () => {
    const sample = sampleIn('PLANNED', 'IN_PROGRESS', 'PILOT', 'ROLLOUT');
    const version = await versionOf(sample.id);
    const input = { id: sample.id, version, title: 'Bleibt nach dem Seed', municipalityArs: [POTSDAM] };
    expect((await subgraph.query(UPDATE, { input }, as['kaz-editor'])).errors).toBeUndefined();
    const before = await subgraph.snapshot();
    await projectsSubgraph.seed(subgraph.db);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});
