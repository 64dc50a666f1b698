// Over 250 lines: templates, participants, groups and reusable results of issue 13 share one subgraph and its fixtures.
import { auditEntries, expectError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { projectTemplates } from '../seed/project-templates.ts';
import { sampleCooperation } from '../seed/sample-cooperation.ts';
import { sampleProjects } from '../seed/sample-projects.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
const samples = sampleProjects();
const cooperation = sampleCooperation(samples);

const POTSDAM = '120540000000';
const BARNIM = '120600000000';

const FROM_TEMPLATE = `mutation ($input: CreateProjectFromTemplateInput!) { createProjectFromTemplate(input: $input) {
  id kind phase version isSample startDate endDate milestones { position title dueOn reachedOn isSample }
} }`;

let counter = 0;
function fromTemplate(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    templateId: 'ozg-umsetzung',
    id: `KAZ-2028-${String(counter).padStart(2, '0')}`,
    title: 'Digitale Gewerbeanmeldung nach Muster',
    summary: 'Angelegt aus der Muster-Projektstruktur.',
    leadMinistryId: 'mwaek',
    startDate: '2028-01-01',
    endDate: '2028-12-31',
    municipalityArs: [POTSDAM],
    ozgServiceIds: ['10000'],
    ...overrides,
  };
}

async function versionOf(id: string): Promise<number> {
  return (await subgraph.db.selectFrom('project').select('version').where('id', '=', id).executeTakeFirstOrThrow())
    .version;
}

describe('project templates (Muster-Projektstruktur, §4.2)', () => {
  it('lists every template with phases, standard milestones, roles and deliverables, for anyone', async () => {
    const result = await subgraph.query(
      `{ projectTemplates { id kind isSample phases { title } milestones { position title atPercent }
         roles { title } deliverables { title } } }`,
      {},
      as.anonymous,
    );
    expect(result.errors).toBeUndefined();
    const templates = result.data?.projectTemplates;
    expect(templates.map((t: any) => t.id)).toEqual(
      projectTemplates()
        .map((t) => t.id)
        .sort(),
    );
    const ozg = templates.find((t: any) => t.id === 'ozg-umsetzung');
    expect(ozg.isSample).toBe(true);
    expect(ozg.roles.map((r: any) => r.title)).toEqual(
      expect.arrayContaining(['Auftraggeber', 'Projektleitung', 'Lenkungsausschuss', 'Teilprojektleitung']),
    );
    expect(ozg.deliverables.map((d: any) => d.title)).toEqual(
      expect.arrayContaining(['Projektauftrag', 'Projekthandbuch']),
    );
    expect(ozg.milestones[0]).toEqual({ position: 1, title: 'Projektauftrag erteilt', atPercent: 0 });
    expect(ozg.milestones.at(-1).atPercent).toBe(100);
  });

  it('gives the sample projects the milestones of their kind’s template (the seed reads the template)', () => {
    for (const { project, milestones } of samples) {
      const template = projectTemplates().find((t) => t.kind === project.kind);
      const titles = new Set(template?.milestones.map(([, title]) => title));
      for (const milestone of milestones) expect(titles.has(milestone.title)).toBe(true);
    }
  });

  it('answers null for an unknown template', async () => {
    const result = await subgraph.query(`{ projectTemplate(id: "gibt-es-nicht") { id } }`, {}, as.anonymous);
    expect(result.data?.projectTemplate).toBeNull();
  });
});

describe('createProjectFromTemplate', () => {
  it('creates a PLANNED project of the template’s kind with its milestones spread over the period, audited', async () => {
    const before = await auditEntries(subgraph.db);
    const input = fromTemplate();
    const result = await subgraph.query(FROM_TEMPLATE, { input }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    const project = result.data?.createProjectFromTemplate;
    expect(project).toMatchObject({
      id: input.id,
      kind: 'OZG_IMPLEMENTATION',
      phase: 'PLANNED',
      version: 1,
      isSample: false,
    });
    // 365 days from 2028-01-01 to 2028-12-31: 0 %, 15 %, 30 %, 40 %, 70 %, 100 %.
    expect(project.milestones.map((m: any) => [m.title, m.dueOn])).toEqual([
      ['Projektauftrag erteilt', '2028-01-01'],
      ['Anforderungsanalyse abgeschlossen', '2028-02-25'],
      ['Online-Dienst entwickelt und abgenommen', '2028-04-20'],
      ['Pilotbetrieb gestartet', '2028-05-26'],
      ['Flächenrollout gestartet', '2028-09-13'],
      ['Projektabschluss und Übergabe in den Betrieb', '2028-12-31'],
    ]);
    expect(project.milestones.every((m: any) => m.reachedOn === null && m.isSample === false)).toBe(true);
    const after = await auditEntries(subgraph.db);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      operation: 'createProjectFromTemplate',
      entity_type: 'Project',
      entity_id: input.id,
      after: { id: input.id, templateId: 'ozg-umsetzung' },
    });
  });

  it.each([
    ['an end on the start day', { endDate: '2028-01-01' }, 'input.endDate', 'BAD_USER_INPUT'],
    ['an OZG-ID not in the catalogue', { ozgServiceIds: ['99999'] }, 'input.ozgServiceIds', 'BAD_USER_INPUT'],
    ['an unknown template', { templateId: 'gibt-es-nicht' }, undefined, 'NOT_FOUND'],
  ])('refuses %s and changes nothing', async (_what, override, field, code) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(FROM_TEMPLATE, { input: fromTemplate(override) }, as['kaz-editor']);
    expectError(result, code as 'BAD_USER_INPUT', field);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('is for the Kaz only', async () => {
    const result = await subgraph.query(FROM_TEMPLATE, { input: fromTemplate() }, as.ministry);
    expectError(result, 'FORBIDDEN');
  });
});

describe('participants and Organisation.projects (§4)', () => {
  const DIKOM_PROJECTS = `query ($role: ProjectParticipantRole) { _entities(representations: [{ __typename: "Organisation", id: "dikom" }]) {
    ... on Organisation { projects(first: 100, role: $role) { totalCount nodes { id participants { organisation { id } role } } } } } }`;

  it('lists the projects DIKOM takes part in, by role', async () => {
    const expected = cooperation.participants.filter((p) => p.organisation_id === 'dikom');
    const all = await subgraph.query(DIKOM_PROJECTS, {}, as.anonymous);
    expect(all.errors).toBeUndefined();
    expect(all.data?._entities[0].projects.totalCount).toBe(expected.length);
    const operated = await subgraph.query(DIKOM_PROJECTS, { role: 'OPERATOR' }, as.anonymous);
    const nodes = operated.data?._entities[0].projects.nodes;
    expect(nodes.map((n: any) => n.id)).toEqual(
      expected
        .filter((p) => p.role === 'OPERATOR')
        .map((p) => p.project_id)
        .sort(),
    );
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes)
      expect(node.participants).toContainEqual({ organisation: { id: 'dikom' }, role: 'OPERATOR' });
  });

  it('loads participants and groups of all 60 projects in a fixed number of statements', async () => {
    const query = (first: number) =>
      subgraph.query(
        `query ($first: Int) { projects(first: $first) { nodes { id participants { role } groups { name members { role } } reusableResults { title } } } }`,
        { first },
        as.anonymous,
      );
    // One page of projects, then one statement each for participants, groups, members and results.
    subgraph.resetStatements();
    expect((await query(30)).errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(5);
    subgraph.resetStatements();
    expect((await query(60)).errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(5);
  });

  it('replaces the participants, counts the version up and audits it', async () => {
    const id = samples[1]?.project.id as string;
    const version = await versionOf(id);
    const result = await subgraph.query(
      `mutation ($input: SetProjectParticipantsInput!) { setProjectParticipants(input: $input) { version participants { organisation { id } role } } }`,
      {
        input: {
          projectId: id,
          version,
          participants: [
            { organisationId: 'zit_bb', role: 'OPERATOR' },
            { organisationId: 'dikom', role: 'PARTICIPANT' },
          ],
        },
      },
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setProjectParticipants).toEqual({
      version: version + 1,
      participants: [
        { organisation: { id: 'zit_bb' }, role: 'OPERATOR' },
        { organisation: { id: 'dikom' }, role: 'PARTICIPANT' },
      ],
    });
    expect((await auditEntries(subgraph.db)).at(-1)).toMatchObject({
      operation: 'setProjectParticipants',
      entity_id: id,
    });
  });

  it.each([
    ['an unknown organisation', [{ organisationId: 'nobody', role: 'PARTICIPANT' }], 'BAD_USER_INPUT'],
    [
      'an organisation twice',
      [
        { organisationId: 'dikom', role: 'PARTICIPANT' },
        { organisationId: 'dikom', role: 'OPERATOR' },
      ],
      'BAD_USER_INPUT',
    ],
  ])('refuses %s and changes nothing', async (_what, participants, code) => {
    const id = samples[2]?.project.id as string;
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      `mutation ($input: SetProjectParticipantsInput!) { setProjectParticipants(input: $input) { version } }`,
      { input: { projectId: id, version: await versionOf(id), participants } },
      as['kaz-editor'],
    );
    expectError(result, code as 'BAD_USER_INPUT', 'input.participants');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const id = samples[3]?.project.id as string;
    const result = await subgraph.query(
      `mutation ($input: SetProjectParticipantsInput!) { setProjectParticipants(input: $input) { version } }`,
      { input: { projectId: id, version: (await versionOf(id)) + 5, participants: [] } },
      as['kaz-editor'],
    );
    expectError(result, 'CONFLICT');
  });
});

describe('mixed project groups (§4)', () => {
  const CREATE = `mutation ($input: CreateProjectGroupInput!) { createProjectGroup(input: $input) {
    id name version isSample project { id } members { organisation { id } municipality { ars } role } } }`;
  const members = [
    { organisationId: 'kaz', role: 'CHAIR' },
    { organisationId: 'mgs', role: 'MEMBER' },
    { organisationId: 'lda', role: 'ADVISORY' },
    { ars: BARNIM, role: 'MEMBER' },
  ];

  it('creates a group of Ressort, LDA and kommunale Praktiker, then replaces its members', async () => {
    const projectId = samples[0]?.project.id as string;
    const created = await subgraph.query(
      CREATE,
      { input: { projectId, name: 'Projektgruppe Fachverfahren', purpose: 'Begleitet die Einführung.', members } },
      as['kaz-editor'],
    );
    expect(created.errors).toBeUndefined();
    const group = created.data?.createProjectGroup;
    expect(group).toMatchObject({
      name: 'Projektgruppe Fachverfahren',
      version: 1,
      isSample: false,
      project: { id: projectId },
    });
    expect(group.id).toMatch(/^PG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(group.members).toEqual([
      { organisation: { id: 'kaz' }, municipality: null, role: 'CHAIR' },
      { organisation: { id: 'mgs' }, municipality: null, role: 'MEMBER' },
      { organisation: { id: 'lda' }, municipality: null, role: 'ADVISORY' },
      { organisation: null, municipality: { ars: BARNIM }, role: 'MEMBER' },
    ]);
    expect((await auditEntries(subgraph.db)).at(-1)).toMatchObject({
      operation: 'createProjectGroup',
      entity_id: group.id,
    });

    const SET = `mutation ($input: SetProjectGroupMembersInput!) { setProjectGroupMembers(input: $input) { version members { role } } }`;
    const stale = await subgraph.query(
      SET,
      { input: { groupId: group.id, version: 2, members: [{ ars: POTSDAM, role: 'CHAIR' }] } },
      as['kaz-editor'],
    );
    expectError(stale, 'CONFLICT');
    const set = await subgraph.query(
      SET,
      { input: { groupId: group.id, version: 1, members: [{ ars: POTSDAM, role: 'CHAIR' }] } },
      as['kaz-editor'],
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setProjectGroupMembers).toEqual({ version: 2, members: [{ role: 'CHAIR' }] });
  });

  it.each([
    ['no member', []],
    ['a member with both organisation and ARS', [{ organisationId: 'lda', ars: BARNIM, role: 'MEMBER' }]],
    ['a member with neither', [{ role: 'MEMBER' }]],
    [
      'two chairs',
      [
        { organisationId: 'kaz', role: 'CHAIR' },
        { organisationId: 'lda', role: 'CHAIR' },
      ],
    ],
    [
      'a Kommune twice',
      [
        { ars: BARNIM, role: 'MEMBER' },
        { ars: BARNIM, role: 'CHAIR' },
      ],
    ],
    ['an ARS that is no Kommune', [{ ars: '129999999999', role: 'MEMBER' }]],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, list) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(
      CREATE,
      { input: { projectId: samples[0]?.project.id, name: 'X', purpose: 'Y', members: list } },
      as['kaz-editor'],
    );
    expectError(result, 'BAD_USER_INPUT');
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown project', async () => {
    const result = await subgraph.query(
      CREATE,
      { input: { projectId: 'KAZ-2099-99', name: 'X', purpose: 'Y', members } },
      as['kaz-editor'],
    );
    expectError(result, 'NOT_FOUND');
  });
});

describe('reusable results (Nachnutzung, §3)', () => {
  const RECORD = `mutation ($input: RecordReusableResultInput!) { recordReusableResult(input: $input) {
    id title licence terms contactMailbox availableSince version isSample project { id } } }`;
  const done = samples.find((s) => s.project.phase === 'DONE')?.project;
  const input = (overrides: Record<string, unknown> = {}) => ({
    projectId: done?.id,
    title: 'Musterprozess Gewerbeanmeldung',
    description: 'BPMN-Modell und Formularvorlagen.',
    licence: 'EUPL-1.2',
    terms: 'Kostenfrei.',
    contactMailbox: 'nachnutzung@kaz.example',
    availableSince: done?.end_date,
    ...overrides,
  });

  it('lists the sample results newest first, with terms, contact and the Kommunen already reusing them', async () => {
    const result = await subgraph.query(
      `{ reusableResults(first: 100) { totalCount nodes { id availableSince contactMailbox isSample project { id } reusedBy { municipality { ars } } } } }`,
      {},
      as.municipality,
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data?.reusableResults ?? {};
    expect(totalCount).toBe(cooperation.results.length);
    expect(totalCount).toBeGreaterThan(0);
    const dates = nodes.map((n: any) => n.availableSince);
    expect(dates).toEqual([...dates].sort().reverse());
    const withTransfers = nodes.find((n: any) => n.reusedBy.length > 0);
    const transfers = samples.find((s) => s.project.id === withTransfers.project.id)?.resultTransfers ?? [];
    expect(withTransfers.reusedBy.map((r: any) => r.municipality.ars).sort()).toEqual(
      transfers.map((t) => t.ars).sort(),
    );
  });

  it('records a result for the Kaz, audited', async () => {
    const result = await subgraph.query(RECORD, { input: input() }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    const recorded = result.data?.recordReusableResult;
    expect(recorded).toMatchObject({ licence: 'EUPL-1.2', version: 1, isSample: false, project: { id: done?.id } });
    expect(recorded.id).toMatch(/^NE-/);
    expect((await auditEntries(subgraph.db)).at(-1)).toMatchObject({
      operation: 'recordReusableResult',
      entity_id: recorded.id,
    });
  });

  it.each([
    ['a contact that is no mail address', { contactMailbox: 'Frau Müller' }, 'input.contactMailbox'],
    ['an empty licence', { licence: ' ' }, 'input.licence'],
    ['a date before the project’s start', { availableSince: '1999-01-01' }, 'input.availableSince'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, override, field) => {
    const before = await subgraph.snapshot();
    const result = await subgraph.query(RECORD, { input: input(override) }, as['kaz-editor']);
    expectError(result, 'BAD_USER_INPUT', field);
    expect(await subgraph.snapshot()).toEqual(before);
  });

  it('is for the Kaz only', async () => {
    expectError(await subgraph.query(RECORD, { input: input() }, as.municipality), 'FORBIDDEN');
  });
});

describe('reuse requests (Nachnutzungswunsch, §3)', () => {
  const REQUEST = `mutation ($input: RequestReuseInput!) { requestReuse(input: $input) {
    municipality { ars } requestedOn note version isSample } }`;
  const resultIds = cooperation.results.map((r) => r.id as string);

  it('lists the sample requests of each result', async () => {
    const result = await subgraph.query(
      `{ reusableResults(first: 100) { nodes { id reuseRequests { municipality { ars } isSample } } } }`,
      {},
      as.anonymous,
    );
    expect(result.errors).toBeUndefined();
    const listed = (result.data?.reusableResults.nodes ?? []).flatMap((n: any) =>
      n.reuseRequests.map((r: any) => [n.id, r.municipality.ars, r.isSample]),
    );
    expect(listed.length).toBe(cooperation.requests.length);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(cooperation.requests.map((r) => [r.result_id, r.ars, true])));
  });

  it('lets a Kommune record its own wish, dated today, audited, once', async () => {
    const input = { resultId: resultIds[1], ars: POTSDAM, note: 'Wir möchten das nachnutzen.' };
    const result = await subgraph.query(REQUEST, { input }, as.municipality);
    expect(result.errors).toBeUndefined();
    expect(result.data?.requestReuse).toMatchObject({
      municipality: { ars: POTSDAM },
      note: input.note,
      version: 1,
      isSample: false,
    });
    expect(result.data?.requestReuse.requestedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await auditEntries(subgraph.db)).at(-1)).toMatchObject({
      operation: 'requestReuse',
      entity_type: 'ReuseRequest',
      entity_id: `${resultIds[1]}/${POTSDAM}`,
      actor_org: POTSDAM,
    });
    expectError(await subgraph.query(REQUEST, { input }, as.municipality), 'CONFLICT');
  });

  it('lets the Kaz record any Kommune’s wish', async () => {
    const result = await subgraph.query(REQUEST, { input: { resultId: resultIds[1], ars: BARNIM } }, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    expect(result.data?.requestReuse).toMatchObject({ municipality: { ars: BARNIM }, note: null });
  });

  it.each([
    ['a Kommune for another Kommune', 'municipality', { ars: BARNIM }, 'FORBIDDEN'],
    ['a ministry', 'ministry', { ars: BARNIM }, 'FORBIDDEN'],
    ['anyone for an unknown result', 'kaz-editor', { resultId: 'NE-0000-0000-ZZZZ' }, 'NOT_FOUND'],
    ['an ARS that is no Kommune', 'kaz-editor', { ars: '129999999999' }, 'BAD_USER_INPUT'],
  ] as const)('refuses %s and changes nothing', async (_what, column, override, code) => {
    const before = await subgraph.snapshot();
    const input = { resultId: resultIds[2], ars: POTSDAM, ...override };
    expectError(await subgraph.query(REQUEST, { input }, as[column]), code);
    expect(await subgraph.snapshot()).toEqual(before);
  });
});

describe('the audit log of project cooperation', () => {
  it('shows the auditor the public records unredacted, and no internal milestones of a templated project', async () => {
    const result = await subgraph.query(
      `{ projectsAuditLog(first: 100) { nodes { operation entityType after redacted } } }`,
      {},
      as.auditor,
    );
    expect(result.errors).toBeUndefined();
    const nodes: any[] = result.data?.projectsAuditLog.nodes ?? [];
    for (const operation of ['createProjectGroup', 'recordReusableResult', 'requestReuse', 'setProjectParticipants']) {
      const entry = nodes.find((n) => n.operation === operation);
      expect(entry, operation).toBeDefined();
      expect(entry.redacted, operation).toBe(false);
    }
    const templated = nodes.find((n) => n.operation === 'createProjectFromTemplate');
    const after = JSON.parse(templated.after);
    expect(after).toMatchObject({ templateId: 'ozg-umsetzung' });
    expect(after).not.toHaveProperty('milestones');
  });
});
