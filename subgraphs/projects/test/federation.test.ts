import { readMunicipalities, sampleDecisionKeys, sampleProjectIds } from '@kaz/reference-data';
import { headersFor } from '@kaz/subgraph-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { sampleWorkOrders } from '../seed/sample-work-orders.ts';
import { schema } from '../src/schema/index.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();
/** The headers of the Kaz's token (projects:write): it may read budgets, milestones and work orders. */
let asKaz: Record<string, string>;
const samples = sampleProjects();
const workOrders = sampleWorkOrders(samples);
const MINISTRIES = ['mik', 'mdjd', 'mbjs', 'mwfk', 'mwaek', 'mleuv', 'mgs', 'mil', 'mdfe', 'stk'];

beforeAll(async () => {
  asKaz = await headersFor(subgraph.issuer, { org: 'kaz', scopes: ['projects:write'] });
});

function entities(selection: string, representations: Record<string, string>[]) {
  return subgraph.query(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
    { representations },
    asKaz,
  );
}

describe('own entities', () => {
  it('resolves all 60 project references in one statement, null for an unknown one', async () => {
    const ids = [...sampleProjectIds(), 'KAZ-2099-01'];
    subgraph.resetStatements();
    const result = await entities(
      '... on Project { id title }',
      ids.map((id) => ({ __typename: 'Project', id })),
    );
    expect(result.errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(1);
    const titles = new Map(samples.map((s) => [s.project.id, s.project.title]));
    expect(result.data?._entities.slice(0, 60)).toEqual(
      sampleProjectIds().map((id) => ({ id, title: titles.get(id) })),
    );
    expect(result.data?._entities[60]).toBeNull();
  });

  it('resolves OZG-Leistung and work order references through loaders', async () => {
    subgraph.resetStatements();
    const result = await entities('... on OzgService { id name } ... on WorkOrder { id status }', [
      { __typename: 'OzgService', id: '10000' },
      { __typename: 'OzgService', id: '10110' },
      { __typename: 'WorkOrder', id: workOrders[0]?.id as string },
    ]);
    expect(result.data?._entities).toEqual([
      { id: '10000', name: 'Elterngeld' },
      { id: '10110', name: 'Abfallentsorgung' },
      { id: workOrders[0]?.id, status: workOrders[0]?.status },
    ]);
    expect(subgraph.statements).toHaveLength(2);
  });
});

describe('Municipality.projects', () => {
  const gemeinden = readMunicipalities().map((m) => m.ars);
  const query = (ars: string[]) =>
    entities(
      '... on Municipality { ars projects(first: 5) { totalCount nodes { id title } } }',
      ars.map((a) => ({ __typename: 'Municipality', ars: a })),
    );

  it('costs one statement for 10 Kommunen and for all 413 Gemeinden', async () => {
    subgraph.resetStatements();
    expect((await query(gemeinden.slice(0, 10))).errors).toBeUndefined();
    const few = subgraph.statements.length;
    subgraph.resetStatements();
    expect((await query(gemeinden)).errors).toBeUndefined();
    expect(subgraph.statements.length).toBe(few);
    expect(few).toBe(1);
  });

  it('gives every Gemeinde the projects it takes part in, ordered by id', async () => {
    const result = await query(gemeinden);
    for (const entity of result.data?._entities ?? []) {
      const expected = samples
        .filter((s) => s.municipalities.some((m) => m.ars === entity.ars))
        .map((s) => s.project.id)
        .sort();
      expect(entity.projects.totalCount).toBe(expected.length);
      expect(entity.projects.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 5));
    }
    const withProjects = result.data?._entities.filter((e: any) => e.projects.totalCount > 0).length;
    expect(withProjects).toBeGreaterThan(100);
  });

  it('pages the projects of a Landkreis and lists the projects it reuses', async () => {
    const landkreis = samples[0]?.municipalities[0]?.ars as string;
    const expected = samples
      .filter((s) => s.municipalities.some((m) => m.ars === landkreis))
      .map((s) => s.project.id)
      .sort();
    const reused = samples
      .filter((s) => s.resultTransfers.some((t) => t.ars === landkreis))
      .map((s) => s.project.id)
      .sort();
    const first = await entities('... on Municipality { projects(first: 1) { pageInfo { endCursor } } }', [
      { __typename: 'Municipality', ars: landkreis },
    ]);
    const cursor = first.data?._entities[0].projects.pageInfo.endCursor;
    const rest = await subgraph.query(
      `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) {
        ... on Municipality { projects(first: 100, after: $after) { nodes { id } } reusedProjects { id } } } }`,
      { r: [{ __typename: 'Municipality', ars: landkreis }], after: cursor },
    );
    expect(rest.data?._entities[0].projects.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(1));
    expect(rest.data?._entities[0].reusedProjects.map((p: { id: string }) => p.id)).toEqual(reused);
  });
});

describe('Organisation and Decision', () => {
  it('gives every ministry the projects it leads and the Kaz all 60 it coordinates', async () => {
    const run = async (ids: string[]) => {
      subgraph.resetStatements();
      const result = await entities(
        '... on Organisation { id ledProjects(first: 3) { totalCount nodes { id } } coordinatedProjects(first: 0) { totalCount } issuedWorkOrders { id } }',
        ids.map((id) => ({ __typename: 'Organisation', id })),
      );
      expect(result.errors).toBeUndefined();
      return { entities: result.data?._entities, statements: subgraph.statements.length };
    };
    const few = await run(['mil', 'kaz']);
    const all = await run([...MINISTRIES, 'kaz']);
    expect(all.statements).toBe(few.statements);
    for (const entity of all.entities) {
      const led = samples
        .filter((s) => s.project.lead_ministry_id === entity.id)
        .map((s) => s.project.id)
        .sort();
      expect(entity.ledProjects.totalCount).toBe(led.length);
      expect(entity.ledProjects.nodes.map((n: { id: string }) => n.id)).toEqual(led.slice(0, 3));
      expect(entity.coordinatedProjects.totalCount).toBe(entity.id === 'kaz' ? 60 : 0);
      const issued = workOrders
        .filter((w) => w.issuing_ministry_id === entity.id)
        .map((w) => w.id)
        .sort();
      expect(entity.issuedWorkOrders.map((w: { id: string }) => w.id)).toEqual(issued);
    }
    expect(all.entities.filter((e: any) => e.ledProjects.totalCount > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('gives every decision the work orders it issued, in one statement', async () => {
    const decisions = sampleDecisionKeys().map((d) => d.id);
    subgraph.resetStatements();
    const result = await entities(
      '... on Decision { id workOrders { id issuedBy { id } } }',
      decisions.map((id) => ({ __typename: 'Decision', id })),
    );
    expect(result.errors).toBeUndefined();
    expect(subgraph.statements).toHaveLength(1);
    for (const entity of result.data?._entities ?? []) {
      const expected = workOrders
        .filter((w) => w.decision_id === entity.id)
        .map((w) => w.id)
        .sort();
      expect(entity.workOrders.map((w: { id: string }) => w.id)).toEqual(expected);
      for (const order of entity.workOrders) expect(order.issuedBy.id).toBe(entity.id);
    }
    expect(result.data?._entities.filter((e: any) => e.workOrders.length > 0).length).toBe(20);
  });
});

describe('schema', () => {
  it('describes every type, field, argument and enum value except the federation machinery and external types', () => {
    // Duck typing instead of isObjectType(): the schema may come from graphql's CommonJS build and
    // this file from its ESM build, and graphql's instanceof checks refuse to mix the two.
    const missing: string[] = [];
    const external = new Set(['Municipality', 'Organisation', 'Decision']);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('_')) continue;
      if (external.has(type.name)) expect(type.description ?? null).toBeNull();
      else if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if ('getValues' in type) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
