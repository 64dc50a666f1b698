import { fixedClock } from '@kaz/subgraph-kit';
import {
  auditEntries,
  type Column,
  dayInBerlin,
  expectError,
  expectRefused,
  lastAuditId,
} from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { setUpSubgraph } from './support.ts';

// recordDataProtectionAssessment (issue 13): the Kaz records whether a project processes personal data
// and where its Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO) stands. One test per cell of the
// access table's row write.project.dataprotection, and the input checks.

const samples = sampleProjects();

// 22:30 UTC on 31 March is already 1 April in Berlin (CEST): "not in the future" is by the Berlin day.
const clock = fixedClock('2026-03-31T22:30:00Z');

const { subgraph, as } = setUpSubgraph({ clock });

const RECORD = `mutation ($input: RecordDataProtectionAssessmentInput!) { recordDataProtectionAssessment(input: $input) {
  id version processesPersonalData dpiaStatus dpiaCompletedOn title
} }`;

/** The sample projects without personal data that started before the clock's day, in id order. */
const candidates = samples
  .map((sample) => sample.project)
  .filter((project) => !project.processes_personal_data && project.start_date < '2026-01-01');
let used = 0;
/** A sample project not touched by an earlier test of this file. */
function freshProject() {
  const project = candidates[used++];
  if (!project) throw new Error('the sample data has too few projects without personal data');
  return project;
}

/** The stored data protection and version of a project. */
function storedRow(id: string) {
  return subgraph.db
    .selectFrom('project')
    .select(['version', 'processes_personal_data', 'dpia_status', 'dpia_completed_on'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** Runs the mutation as `column` with a valid input for `id` at its stored version, changed by `overrides`. */
async function record(column: Column, id: string, overrides: Record<string, unknown> = {}) {
  const { version } = await storedRow(id);
  const input = { id, version, processesPersonalData: true, status: 'IN_PROGRESS', ...overrides };
  return subgraph.query(RECORD, { input }, as[column]);
}

describe('recordDataProtectionAssessment', () => {
  it('as kaz-editor: writes the assessment, counts the version up, returns the project and writes one audit entry', async () => {
    const project = freshProject();
    const before = await storedRow(project.id);
    expect(before).toMatchObject({ processes_personal_data: false, dpia_status: 'NOT_REQUIRED' });
    const since = await lastAuditId(subgraph.db);
    const completedOn = dayInBerlin(clock);
    expect(completedOn).toBe('2026-04-01');
    const result = await record('kaz-editor', project.id, { status: 'COMPLETED', completedOn });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDataProtectionAssessment).toEqual({
      id: project.id,
      version: before.version + 1,
      processesPersonalData: true,
      dpiaStatus: 'COMPLETED',
      dpiaCompletedOn: completedOn,
      title: project.title,
    });
    expect(await storedRow(project.id)).toEqual({
      version: before.version + 1,
      processes_personal_data: true,
      dpia_status: 'COMPLETED',
      dpia_completed_on: completedOn,
    });
    const entries = await auditEntries(subgraph.db, { after: since });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor_org: 'kaz',
      operation: 'recordDataProtectionAssessment',
      entity_type: 'Project',
      entity_id: project.id,
      before: {
        processesPersonalData: false,
        dpiaStatus: 'NOT_REQUIRED',
        dpiaCompletedOn: null,
        version: before.version,
      },
      after: {
        processesPersonalData: true,
        dpiaStatus: 'COMPLETED',
        dpiaCompletedOn: completedOn,
        version: before.version + 1,
        title: project.title,
      },
    });
    // The reading paths answer the new values at once (the loaders were cleared by the write).
    const read = await subgraph.query(
      `query ($id: ID!) { project(id: $id) { dpiaStatus dpiaCompletedOn }
        projects(filter: { processesPersonalData: true }, first: 100) { nodes { id } } }`,
      { id: project.id },
    );
    expect(read.data?.project).toEqual({ dpiaStatus: 'COMPLETED', dpiaCompletedOn: completedOn });
    expect(read.data?.projects.nodes.map((node: { id: string }) => node.id)).toContain(project.id);
  });

  it('as kaz-editor: records that a project no longer processes personal data, which clears the DSFA day', async () => {
    const project = freshProject();
    expect((await record('kaz-editor', project.id, { status: 'COMPLETED', completedOn: '2025-06-30' })).errors).toBe(
      undefined,
    );
    const result = await record('kaz-editor', project.id, { processesPersonalData: false, status: 'NOT_REQUIRED' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordDataProtectionAssessment).toMatchObject({
      processesPersonalData: false,
      dpiaStatus: 'NOT_REQUIRED',
      dpiaCompletedOn: null,
    });
    expect(await storedRow(project.id)).toMatchObject({ dpia_status: 'NOT_REQUIRED', dpia_completed_on: null });
  });

  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['ministry', 'FORBIDDEN'],
    ['municipality', 'FORBIDDEN'],
    ['security-team', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
  ] as const)('as %s: refused with %s on its path, nothing written', async (column, code) => {
    // The ministry leads this project and still may not record its assessment (the Kaz's task).
    const project = samples.find((s) => s.project.lead_ministry_id === 'mdjd')?.project ?? freshProject();
    const error = await expectRefused(subgraph, () => record(column, project.id), code);
    expect(error.path).toEqual(['recordDataProtectionAssessment']);
  });

  it.each([
    ['a malformed id', 'input.id', { id: 'KAZ-21-01' }],
    ['a version below 1', 'input.version', { version: 0 }],
    [
      'a DSFA for a project without personal data',
      'input.status',
      { processesPersonalData: false, status: 'REQUIRED' },
    ],
    ['COMPLETED without its day', 'input.completedOn', { status: 'COMPLETED' }],
    ['COMPLETED with a null day', 'input.completedOn', { status: 'COMPLETED', completedOn: null }],
    [
      'a day with a status other than COMPLETED',
      'input.completedOn',
      { status: 'IN_PROGRESS', completedOn: '2025-01-10' },
    ],
    ['a day that is no real date', 'input.completedOn', { status: 'COMPLETED', completedOn: '2025-02-30' }],
    [
      'a day in the future (tomorrow in Berlin)',
      'input.completedOn',
      { status: 'COMPLETED', completedOn: '2026-04-02' },
    ],
    ['a day before the project started', 'input.completedOn', { status: 'COMPLETED', completedOn: '1999-12-31' }],
  ])('as kaz-editor: refuses %s with BAD_USER_INPUT naming %s, nothing written', async (_what, field, overrides) => {
    const project = candidates[0];
    if (!project) throw new Error('no candidate project');
    await expectRefused(subgraph, () => record('kaz-editor', project.id, overrides), 'BAD_USER_INPUT', field);
  });

  it('refuses an unknown status before it runs, nothing written', async () => {
    const project = candidates[0];
    if (!project) throw new Error('no candidate project');
    const before = await subgraph.snapshot();
    expectError(await record('kaz-editor', project.id, { status: 'WAIVED' }), 'BAD_USER_INPUT');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown project and CONFLICT for a stale version, nothing written', async () => {
    await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          RECORD,
          { input: { id: 'KAZ-2099-01', version: 1, processesPersonalData: false, status: 'NOT_REQUIRED' } },
          as['kaz-editor'],
        ),
      'NOT_FOUND',
    );
    const project = freshProject();
    const { version } = await storedRow(project.id);
    const error = await expectRefused(
      subgraph,
      () =>
        subgraph.query(
          RECORD,
          { input: { id: project.id, version: version + 1, processesPersonalData: true, status: 'REQUIRED' } },
          as['kaz-editor'],
        ),
      'CONFLICT',
    );
    expect(error.extensions?.currentVersion).toBe(version);
  });
});
