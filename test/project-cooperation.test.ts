import { readFileSync } from 'node:fs';
import { headersAs, headersFor } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectTemplates } from '../subgraphs/projects/seed/project-templates.ts';
import { sampleCooperation } from '../subgraphs/projects/seed/sample-cooperation.ts';
import { sampleProjects } from '../subgraphs/projects/seed/sample-projects.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Issue 13, project cooperation through the gateway, asked by the people who would ask: DIKOM for
// the projects it takes part in or operates (26), the IT lead of an Amt for results it can reuse
// (27), a Kommune planning a project for the Muster-Projektstruktur (28), and the Kaz starting a
// project from it and forming a mixed project group.

const operation = (name: string) =>
  readFileSync(new URL(`../schema/operations/${name}.graphql`, import.meta.url), 'utf8');

/** Amt Gramzow (Uckermark), whose IT lead asks operation 27. */
const AMT_GRAMZOW = '120735306000';

const samples = sampleProjects();
const cooperation = sampleCooperation(samples);

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe('26-dikom-projects: which projects DIKOM takes part in or operates', () => {
  it('lists them for a DIKOM token, with roles, groups and names from the other subgraphs', async () => {
    const headers = await headersFor(hub.issuer, { org: 'dikom', scopes: [], subject: 'it-leitung@dikom' });
    const result = await hub.query(operation('26-dikom-projects'), {}, headers);
    expect(result.errors).toBeUndefined();
    const dikom = (result.data as Record<string, any>).organisation;
    expect(dikom.shortName).toBe('DIKOM');
    const expected = cooperation.participants.filter((p) => p.organisation_id === 'dikom');
    expect(dikom.projects.totalCount).toBe(expected.length);
    expect(dikom.projects.nodes.map((n: any) => n.id)).toEqual(
      expected
        .map((p) => p.project_id)
        .sort()
        .slice(0, 30),
    );
    for (const node of dikom.projects.nodes) {
      expect(node.participants.filter((p: any) => p.organisation.id === 'dikom')).toHaveLength(1);
    }
    const operated = expected.filter((p) => p.role === 'OPERATOR').map((p) => p.project_id);
    expect(operated.length).toBeGreaterThan(0);
    expect(dikom.operated.nodes.map((n: any) => n.id)).toEqual(operated.sort());
    const members = dikom.projects.nodes.flatMap((n: any) => n.groups.flatMap((g: any) => g.members));
    expect(members.some((m: any) => m.organisation?.shortName === 'LDA' && m.role === 'ADVISORY')).toBe(true);
    expect(members.some((m: any) => m.municipality?.name)).toBe(true);
  });
});

describe('27-reusable-results: which results an Amt can reuse, on what terms, whom to contact', () => {
  it('answers the IT lead of Amt Gramzow', async () => {
    const result = await hub.query(
      operation('27-reusable-results'),
      { first: 100 },
      await headersAs(hub.issuer, 'municipality', AMT_GRAMZOW),
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = (result.data as Record<string, any>).reusableResults;
    expect(totalCount).toBe(cooperation.results.length);
    expect(nodes).toHaveLength(cooperation.results.length);
    for (const node of nodes) {
      expect(node.licence).toMatch(/^(EUPL-1\.2|Nachnutzungsvereinbarung)$/);
      expect(node.terms.length).toBeGreaterThan(0);
      expect(node.contactMailbox).toBe('nachnutzung@kaz.example');
      expect(['DONE', 'ROLLOUT']).toContain(node.project.phase);
      expect(node.isSample).toBe(true);
    }
    const reused = nodes.find((n: any) => n.reusedBy.length > 0);
    expect(reused.reusedBy[0].municipality.name).toEqual(expect.any(String));
    const wished = nodes.flatMap((n: any) => n.reuseRequests);
    expect(wished).toHaveLength(cooperation.requests.length);
    expect(wished.every((w: any) => typeof w.municipality.name === 'string')).toBe(true);
  });

  it('lets the Amt record its wish to reuse a result, which the Kaz then sees', async () => {
    const amt = await headersAs(hub.issuer, 'municipality', AMT_GRAMZOW);
    const resultId = cooperation.results[0]?.id as string;
    const requested = await hub.query(
      `mutation ($input: RequestReuseInput!) { requestReuse(input: $input) { municipality { name } version } }`,
      { input: { resultId, ars: AMT_GRAMZOW, note: 'Für alle Gemeinden des Amtes.' } },
      amt,
    );
    expect(requested.errors).toBeUndefined();
    expect((requested.data as Record<string, any>).requestReuse.version).toBe(1);
    const seen = await hub.query(
      `query ($id: ID!) { reusableResult(id: $id) { reuseRequests { municipality { ars } note } } }`,
      { id: resultId },
      await headersAs(hub.issuer, 'kaz-editor'),
    );
    expect((seen.data as Record<string, any>).reusableResult.reuseRequests).toContainEqual({
      municipality: { ars: AMT_GRAMZOW },
      note: 'Für alle Gemeinden des Amtes.',
    });
  });
});

describe('28-project-template: the Muster-Projektstruktur', () => {
  it('shows a Kommune the template with phases, milestones, roles and deliverables, and all templates', async () => {
    const result = await hub.query(
      operation('28-project-template'),
      {},
      await headersAs(hub.issuer, 'municipality', AMT_GRAMZOW),
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    const template = projectTemplates().find((t) => t.id === 'ozg-umsetzung');
    expect(data.projectTemplate.milestones.map((m: any) => [m.atPercent, m.title])).toEqual(template?.milestones);
    expect(data.projectTemplate.roles.map((r: any) => r.title)).toContain('Lenkungsausschuss');
    expect(data.projectTemplate.deliverables.map((d: any) => d.title)).toEqual(
      expect.arrayContaining(['Projektauftrag', 'Projekthandbuch']),
    );
    expect(data.projectTemplates).toHaveLength(projectTemplates().length);
  });
});

describe('the Kaz starts a project from a template and forms a mixed project group', () => {
  it('creates the project with the template’s milestones, adds DIKOM and a group, visible to DIKOM', async () => {
    const kaz = await headersAs(hub.issuer, 'kaz-editor');
    const created = await hub.query(
      `mutation ($input: CreateProjectFromTemplateInput!) { createProjectFromTemplate(input: $input) {
         id version kind milestones { title dueOn } } }`,
      {
        input: {
          templateId: 'basiskomponente',
          id: 'KAZ-2029-01',
          title: 'Anbindung an das Bescheidpostfach',
          summary: 'Aus der Muster-Projektstruktur angelegt.',
          leadMinistryId: 'mdjd',
          startDate: '2029-01-01',
          endDate: '2030-12-31',
          municipalityArs: [AMT_GRAMZOW],
          ozgServiceIds: [],
        },
      },
      kaz,
    );
    expect(created.errors).toBeUndefined();
    const project = (created.data as Record<string, any>).createProjectFromTemplate;
    expect(project.kind).toBe('BASIC_COMPONENT');
    expect(project.milestones[2].title).toBe('Schnittstelle spezifiziert');
    expect(project.milestones.at(-1).dueOn).toBe('2030-12-31');

    const participants = await hub.query(
      `mutation ($input: SetProjectParticipantsInput!) { setProjectParticipants(input: $input) { version } }`,
      {
        input: { projectId: 'KAZ-2029-01', version: 1, participants: [{ organisationId: 'dikom', role: 'OPERATOR' }] },
      },
      kaz,
    );
    expect(participants.errors).toBeUndefined();
    const group = await hub.query(
      `mutation ($input: CreateProjectGroupInput!) { createProjectGroup(input: $input) { id members { role } } }`,
      {
        input: {
          projectId: 'KAZ-2029-01',
          name: 'Projektgruppe Bescheidpostfach',
          purpose: 'Ressort, LDA und kommunale Praktiker begleiten die Anbindung.',
          members: [
            { organisationId: 'mdjd', role: 'CHAIR' },
            { organisationId: 'lda', role: 'ADVISORY' },
            { ars: AMT_GRAMZOW, role: 'MEMBER' },
          ],
        },
      },
      kaz,
    );
    expect(group.errors).toBeUndefined();

    const headers = await headersFor(hub.issuer, { org: 'dikom', scopes: [], subject: 'it-leitung@dikom' });
    const dikom = await hub.query(operation('26-dikom-projects'), {}, headers);
    const node = (dikom.data as Record<string, any>).organisation.operated.nodes.find(
      (n: any) => n.id === 'KAZ-2029-01',
    );
    expect(node).toEqual({ id: 'KAZ-2029-01', title: 'Anbindung an das Bescheidpostfach', isSample: false });

    const refused = await hub.query(
      `mutation ($input: SetProjectParticipantsInput!) { setProjectParticipants(input: $input) { version } }`,
      { input: { projectId: 'KAZ-2029-01', version: 2, participants: [] } },
      headers,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
