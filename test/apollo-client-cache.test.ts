// Over 250 lines: one Apollo Client against one hub: the API schema, every example operation, a mutation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import type { NormalizedCacheObject } from '@apollo/client';
import { readOperationFiles } from '@kaz/gateway';
import {
  buildClientSchema,
  type DocumentNode,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// A client developer points Apollo Client at the gateway with its default cache — no typePolicies,
// no possibleTypes, no keyFields — and runs the example operations. Every entity in the answers must
// land in the cache as its own record `Type:id` (so that one Kommune seen by two queries is one record),
// and Apollo must not complain. urql's graphcache keys on `id`/`_id` by default in the same way.

// Apollo Client logs its warnings ("Missing field …") only in development mode, which it reads from
// globalThis.__DEV__ when the module loads; so the flag is set first and Apollo imported afterwards.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
const { ApolloClient, HttpLink, InMemoryCache, gql } = await import('@apollo/client');
const { loadDevMessages, loadErrorMessages } = await import('@apollo/client/dev');
const { __DEV__: apolloInDevelopmentMode } = await import('@apollo/client/utilities/environment');
// The text of the messages instead of links to go.apollo.dev with a number.
loadDevMessages();
loadErrorMessages();

const operations = readOperationFiles(fileURLToPath(new URL('../schema/operations/', import.meta.url)));

let hub: TestHub;
let schema: GraphQLSchema;
/** The object and interface types of the API schema with an `id` field: what a client cache normalises. */
let entityTypes: Set<string>;

beforeAll(async () => {
  hub = await startTestHub();
  const introspection = await hub.query<IntrospectionQuery>(getIntrospectionQuery());
  expect(introspection.errors).toBeUndefined();
  schema = buildClientSchema(introspection.data as IntrospectionQuery);
  entityTypes = new Set(
    Object.values(schema.getTypeMap())
      .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
      .filter((type) => 'id' in (type as { getFields(): object }).getFields())
      .map((type) => type.name),
  );
});

afterAll(async () => {
  await hub?.stop();
});

/**
 * The selection sets of `document` on a type with an `id` field that do not select `id` (under that
 * response name), as `path: Type` strings. Fragments are not followed: the example operations use none.
 */
function selectionsWithoutId(document: DocumentNode, apiSchema: GraphQLSchema): string[] {
  const typeInfo = new TypeInfo(apiSchema);
  const missing: string[] = [];
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(field) {
          path.push(field.alias?.value ?? field.name.value);
          const type = getNamedType(typeInfo.getType());
          if (!field.selectionSet || !type || !(isObjectType(type) || isInterfaceType(type))) return;
          if (!('id' in type.getFields())) return;
          const selectsId = field.selectionSet.selections.some(
            (selection) => selection.kind === Kind.FIELD && selection.name.value === 'id' && !selection.alias,
          );
          if (!selectsId) missing.push(`${path.join('.')}: ${type.name}`);
        },
        leave() {
          path.pop();
        },
      },
    }),
  );
  return missing;
}

/** Every object in a response that has a `__typename`, at any depth. */
function typedObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(typedObjects);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const nested = Object.values(object).flatMap(typedObjects);
  return typeof object.__typename === 'string' ? [object, ...nested] : nested;
}

/** Entity objects stored inside another record instead of as a record of their own, with where. */
function embeddedEntities(cache: NormalizedCacheObject, entities: Set<string>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${where}[${index}]`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (typeof object.__typename === 'string' && entities.has(object.__typename))
      found.push(`${where}: ${object.__typename}`);
    for (const [key, child] of Object.entries(object)) walk(child, `${where}.${key}`);
  };
  for (const [id, record] of Object.entries(cache)) {
    for (const [field, value] of Object.entries(record ?? {})) walk(value, `${id}.${field}`);
  }
  return found;
}

/** The `__ref`s anywhere in the cache. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  if (typeof object.__ref === 'string') return [object.__ref];
  return Object.values(object).flatMap(references);
}

/** A client as an integrator sets it up from the README: the gateway's URL, a token, nothing else. */
function newClient(headers: Record<string, string>, responses: unknown[]) {
  // Node's own fetch, wrapped only to keep the raw response bodies for comparison with the cache.
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    responses.push(await response.clone().json());
    return response;
  };
  const cache = new InMemoryCache();
  const client = new ApolloClient({ link: new HttpLink({ uri: hub.url, headers, fetch: recordingFetch }), cache });
  return { client, cache };
}

/** Runs `query` through a fresh client and returns the raw response, the cache and Apollo's console output. */
async function runThroughApollo(query: string) {
  const responses: unknown[] = [];
  const { client, cache } = newClient(await hub.readerHeaders(), responses);
  const logged: string[] = [];
  const spies = (['debug', 'log', 'warn', 'error'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    }),
  );
  try {
    const result = await client.query({ query: gql(query), fetchPolicy: 'network-only', errorPolicy: 'all' });
    return { result, raw: responses[0] as { data?: unknown; errors?: unknown }, cache: cache.extract(), logged };
  } finally {
    for (const spy of spies) spy.mockRestore();
    client.stop();
  }
}

/** The cache keys of one type (`Type:`). */
function keysOf(cache: NormalizedCacheObject, prefix: string): string[] {
  return Object.keys(cache).filter((key) => key.startsWith(prefix));
}

/** Examples that select figures only, no entity: the checks of the entities in their answers do not apply. */
const withoutEntities = new Set(['29-funding-against-target']);

// A fact about each example that only a normalised cache holds: the record of one entity, looked up by
// its cache key, with a value from another field of the same entity.
const recordChecks: Record<string, (cache: NormalizedCacheObject) => void> = {
  '01-kommune-detail': (cache) => {
    expect(cache['Municipality:120650136136']).toMatchObject({ ars: '120650136136', name: 'Hennigsdorf, Stadt' });
    expect(cache['Municipality:120650000000']).toMatchObject({ name: 'Oberhavel' });
  },
  '02-amt-gemeinden': (cache) => {
    expect(cache['Municipality:120735306000']).toMatchObject({ displayName: 'Amt Gramzow' });
    expect(cache['Municipality:120730000000']).toMatchObject({ displayName: 'Landkreis Uckermark' });
  },
  '03-ministry-portfolio': (cache) => {
    expect(cache['Organisation:mdjd']).toMatchObject({ shortName: 'MdJD' });
  },
  '04-landkreis-overview': (cache) => {
    const gemeinden = Object.keys(cache).filter((key) => key.startsWith('Municipality:12073'));
    expect(gemeinden.length).toBeGreaterThan(20);
  },
  '05-incidents-and-lda-deadlines': (cache) => {
    expect(Object.keys(cache).some((key) => key.startsWith('SecurityIncident:'))).toBe(true);
  },
  '06-certificates-expiring': (cache) => {
    expect(Object.keys(cache).some((key) => key.startsWith('Certificate:'))).toBe(true);
  },
  '07-decision-trail': (cache) => {
    expect(cache['Committee:it-rat']).toMatchObject({ id: 'it-rat' });
    expect(Object.keys(cache).some((key) => key.startsWith('WorkOrder:'))).toBe(true);
  },
  '08-ozg-service-coverage': (cache) => {
    expect(cache['OzgService:10112']).toMatchObject({ id: '10112', name: expect.any(String) });
  },
  '09-find-kommune': (cache) => {
    expect(cache['Municipality:120610000000']).toMatchObject({ name: 'Dahme-Spreewald' });
    expect(cache['Municipality:120730000000']).toMatchObject({ name: 'Uckermark' });
  },
  '10-programme-dashboard': (cache) => {
    expect(cache['Municipality:120540000000']).toMatchObject({ name: 'Potsdam, Stadt', kind: 'KREISFREIE_STADT' });
  },
  '11-lda-personal-data': (cache) => {
    const projects = Object.keys(cache).filter((key) => key.startsWith('Project:'));
    expect(projects.length).toBeGreaterThan(0);
    for (const key of projects) expect(cache[key]).toHaveProperty('dpiaStatus');
  },
  '12-advisory-exposure': (cache) => {
    expect(cache['Advisory:CERT-BB-ADV-2026-0042']).toMatchObject({ severity: 'CRITICAL' });
    expect(Object.keys(cache).filter((key) => key.startsWith('Municipality:')).length).toBeGreaterThan(3);
  },
  '13-programme-report': (cache) => {
    const decisions = Object.keys(cache).filter((key) => key.startsWith('Decision:'));
    expect(decisions.length).toBeGreaterThan(0);
    for (const key of decisions) expect(cache[key]).toMatchObject({ reference: expect.any(String) });
    expect(Object.keys(cache).some((key) => key.startsWith('WorkOrder:'))).toBe(true);
  },
  '14-my-deadlines': (cache) => {
    const [key, ...more] = Object.keys(cache).filter((name) => name.startsWith('Deadlines:'));
    expect(more).toEqual([]);
    expect((cache[key!] as any)?.certificates?.length).toBeGreaterThan(0);
  },
  '15-decisions-to-implement': (cache) => {
    // The concept's own decision, real data with only its year known.
    expect(cache['Decision:itrat-2020-3']).toMatchObject({ decidedOnPrecision: 'YEAR', isSample: false });
    expect(cache['Committee:it-planungsrat']).toMatchObject({ kind: 'IT_PLANNING_COUNCIL' });
  },
  '16-dikom-members': (cache) => {
    expect(cache['Municipality:120650144144']).toMatchObject({ name: 'Hohen Neuendorf, Stadt' });
    expect(keysOf(cache, 'DikomMembership:').length).toBeGreaterThan(10);
  },
  '17-work-programme': (cache) => {
    expect(cache['WorkProgramme:ap-2026']).toMatchObject({ year: 2026 });
    expect(keysOf(cache, 'WorkProgrammeItem:').length).toBeGreaterThan(0);
  },
  '18-kommune-contacts': (cache) => {
    expect(cache['Municipality:120540000000']).toMatchObject({ ars: '120540000000', kind: 'KREISFREIE_STADT' });
    const contacts = keysOf(cache, 'MunicipalityContact:');
    expect(contacts.length).toBeGreaterThan(0);
    for (const key of contacts) expect(cache[key]).toMatchObject({ email: expect.any(String) });
  },
  '19-recommendations': (cache) => {
    expect(cache['Recommendation:empf-2024-1']).toMatchObject({ status: 'ADOPTED' });
    expect(cache['Decision:itrat-2024-2']).toMatchObject({ reference: expect.any(String) });
  },
  '20-security-concept-coverage': (cache) => {
    expect(keysOf(cache, 'Municipality:').length).toBeGreaterThan(0);
  },
  '21-incidents-in-landkreis': (cache) => {
    const incidents = keysOf(cache, 'SecurityIncident:');
    expect(incidents.length).toBeGreaterThan(0);
    for (const key of incidents) expect(cache[key]).toMatchObject({ tlp: expect.any(String) });
  },
  '22-lda-notifications': (cache) => {
    expect(keysOf(cache, 'SecurityIncident:').length).toBeGreaterThan(0);
  },
  '23-amt-gemeinden-licences': (cache) => {
    expect(cache['Municipality:120705001000']).toMatchObject({ kind: 'AMT' });
    expect(keysOf(cache, 'Licence:').length).toBeGreaterThan(0);
  },
  '24-processors': (cache) => {
    const kommunen = keysOf(cache, 'Municipality:');
    expect(kommunen.length).toBeGreaterThan(0);
    for (const key of kommunen) expect(cache[key]).toMatchObject({ displayName: expect.any(String) });
  },
  '25-procurement-templates': (cache) => {
    const templates = keysOf(cache, 'ProcurementTemplate:');
    expect(templates.length).toBeGreaterThan(0);
    for (const key of templates) expect(cache[key]).toMatchObject({ freeOfCharge: expect.any(Boolean) });
  },
  '26-dikom-projects': (cache) => {
    expect(cache['Organisation:dikom']).toMatchObject({ id: 'dikom' });
    expect(keysOf(cache, 'Project:').length).toBeGreaterThan(0);
  },
  '27-reusable-results': (cache) => {
    const results = keysOf(cache, 'ReusableResult:');
    expect(results.length).toBeGreaterThan(0);
    for (const key of results) expect(cache[key]).toMatchObject({ contactMailbox: expect.stringContaining('@') });
  },
  '28-project-template': (cache) => {
    expect(cache['ProjectTemplate:ozg-umsetzung']).toMatchObject({ id: 'ozg-umsetzung' });
  },
  '29-funding-against-target': (cache) => {
    // Figures only, no entity: the years sit in the root record.
    const [field] = Object.keys(cache.ROOT_QUERY ?? {}).filter((key) => key.startsWith('programmeFunding'));
    expect((cache.ROOT_QUERY as any)[field!]).toHaveLength(5);
  },
  '30-lead-ministry-handover': (cache) => {
    expect(cache['Organisation:mdjd']).toMatchObject({ shortName: 'MdJD' });
    expect(keysOf(cache, 'Project:').length).toBeGreaterThan(0);
  },
  '31-support-requests': (cache) => {
    expect(keysOf(cache, 'SupportRequest:').length).toBeGreaterThan(0);
  },
  '32-dikom-members-ozg-online': (cache) => {
    expect(keysOf(cache, 'DikomMembership:').length).toBeGreaterThan(10);
    expect(keysOf(cache, 'OzgService:').length).toBeGreaterThan(0);
  },
  '33-ministry-ozg-rollout': (cache) => {
    expect(cache['Organisation:mdjd']).toMatchObject({ shortName: 'MdJD' });
    for (const key of keysOf(cache, 'OzgService:'))
      expect(cache[key]).toMatchObject({ themenfeld: expect.any(String) });
  },
  '34-kommune-ozg-obligations': (cache) => {
    expect(cache['Municipality:120605006000']).toMatchObject({ ars: '120605006000' });
    expect(keysOf(cache, 'OzgService:').length).toBeGreaterThan(0);
  },
};

describe('the API schema for client caches', () => {
  it('gives every federated entity (every @key type of the supergraph) an id field', () => {
    const supergraph = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
    const keyed = new Set(
      [...supergraph.matchAll(/^type (\w+)\n(?:\s+@[^\n]*\n)*?\s+@join__type\([^)]*key:/gm)].map((m) => m[1]),
    );
    expect(keyed).toContain('Municipality');
    expect(keyed.size).toBeGreaterThanOrEqual(12);
    for (const name of keyed) expect(entityTypes, `${name} has an id field`).toContain(name);
  });

  it('serves Municipality.id as the ARS from the projects subgraph alone, without asking municipalities', async () => {
    const headers = await hub.readerHeaders();
    hub.resetStatements();
    const onlyId = await hub.query<{ projects: { nodes: { municipalities: { id: string; ars: string }[] }[] } }>(
      '{ projects(first: 5) { nodes { id municipalities { id ars } } } }',
      {},
      headers,
    );
    expect(onlyId.errors).toBeUndefined();
    const kommunen = (onlyId.data?.projects.nodes ?? []).flatMap((project) => project.municipalities);
    expect(kommunen.length).toBeGreaterThan(0);
    for (const kommune of kommunen) expect(kommune.id).toBe(kommune.ars);
    expect(hub.statements.municipalities).toEqual([]);
    // The control: a field that only the owner has does go to the municipalities subgraph.
    hub.resetStatements();
    const withName = await hub.query('{ projects(first: 5) { nodes { municipalities { id name } } } }', {}, headers);
    expect(withName.errors).toBeUndefined();
    expect(hub.statements.municipalities?.length).toBeGreaterThan(0);
  });
});

describe('the example operations', () => {
  it('are all here, each with a record check', () => {
    expect(operations.map((operation) => operation.name)).toEqual(Object.keys(recordChecks));
  });

  it.each(operations.map((operation) => [operation.name, operation.query] as const))(
    '%s selects the id of every entity it touches',
    (_name, query) => {
      expect(selectionsWithoutId(parse(query), schema)).toEqual([]);
    },
  );

  it('the id guard notices a nested entity without its id', () => {
    const document = parse(
      '{ municipality(ars: "120650136136") { id district { name } projects { nodes { title } } } }',
    );
    expect(selectionsWithoutId(document, schema)).toEqual([
      'municipality.district: Municipality',
      'municipality.projects.nodes: Project',
    ]);
  });

  it.each(operations.map((operation) => [operation.name, operation.query] as const))(
    '%s is normalised by Apollo Client’s default cache: every entity its own record, no warnings',
    async (name, query) => {
      const { result, raw, cache, logged } = await runThroughApollo(query);
      expect(result.error).toBeUndefined();
      expect(raw.errors).toBeUndefined();
      expect(logged).toEqual([]);

      const entities = typedObjects(raw.data).filter((object) => entityTypes.has(object.__typename as string));
      if (withoutEntities.has(name)) expect(entities).toEqual([]);
      else expect(entities.length).toBeGreaterThan(0);
      for (const entity of entities) {
        const key = `${entity.__typename}:${entity.id}`;
        const record = cache[key];
        expect(record, `${key} is a record of its own`).toBeDefined();
        // Every plain value of the response is in the record (no example has a scalar field with arguments,
        // which Apollo would store under a key with the arguments).
        for (const [field, value] of Object.entries(entity)) {
          if (value !== null && typeof value === 'object') continue;
          expect(record?.[field], `${key}.${field}`).toEqual(value);
        }
      }
      expect(embeddedEntities(cache, entityTypes)).toEqual([]);
      // Each record hangs in the tree: the root or another record refers to it, and every reference resolves.
      const referred = new Set(references(cache));
      for (const key of Object.keys(cache)) if (key !== 'ROOT_QUERY') expect(referred, key).toContain(key);
      for (const key of referred) expect(cache, key).toHaveProperty([key]);

      recordChecks[name]?.(cache);
    },
  );

  it('would notice an entity selected without its id (the checks above can fail)', async () => {
    const { cache } = await runThroughApollo('{ municipality(ars: "120650136136") { id name district { name } } }');
    expect(cache['Municipality:120650136136']).toMatchObject({ name: 'Hennigsdorf, Stadt' });
    expect(embeddedEntities(cache, entityTypes)).toEqual(['Municipality:120650136136.district: Municipality']);
  });

  it('would show the warnings if a response lacked a selected field (the check above can fail)', async () => {
    expect(apolloInDevelopmentMode).toBe(true);
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });
    try {
      const cache = new InMemoryCache();
      cache.writeQuery({
        query: gql('{ municipality(ars: "120650136136") { id name } }'),
        data: { municipality: { __typename: 'Municipality', id: '120650136136' } } as never,
      });
    } finally {
      spy.mockRestore();
    }
    expect(logged.join('\n')).toContain("Missing field 'name'");
  });
});

describe('a mutation through Apollo Client', () => {
  // The association records have ids built from their keys, so a mutation that returns one (with its id)
  // updates the record a query cached before: the page shows the change without a refetch.
  const KOMMUNE_DIKOM = gql(`query KommuneDikom($ars: ID!) {
    municipality(ars: $ars) { id name dikomMembership { id memberSince memberUntil version } }
  }`);
  const MEMBERSHIP_FIELDS = gql('fragment MembershipFields on DikomMembership { memberSince memberUntil version }');
  type Membership = { id: string; memberSince: string; memberUntil: string | null; version: number };
  type KommuneDikom = { municipality: { id: string; name: string; dikomMembership: Membership | null } };

  /** Two current DIKOM members that no example operation shows (the examples run in this file too). */
  async function currentMembers(): Promise<[string, string]> {
    const result = await hub.query<{
      dikomMembers: { nodes: { memberUntil: string | null; municipality: { ars: string } }[] };
    }>('{ dikomMembers(first: 500) { nodes { memberUntil municipality { ars } } } }');
    expect(result.errors).toBeUndefined();
    const shown = /\b12\d{10}\b/g;
    const inExamples = new Set(operations.flatMap((operation) => operation.query.match(shown) ?? []));
    const ars = (result.data?.dikomMembers.nodes ?? [])
      .filter((node) => node.memberUntil === null && !inExamples.has(node.municipality.ars))
      .filter((node) => !node.municipality.ars.startsWith('12073530')) // the Gemeinden of Amt Gramzow (02)
      .map((node) => node.municipality.ars);
    const [first, second] = ars;
    if (!first || !second) throw new Error('the sample has fewer than two current DIKOM members to end');
    return [first, second];
  }

  /** A day well in the past (in every time zone) and not before the membership began. */
  const lastDay = (memberSince: string) => {
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    return twoDaysAgo > memberSince ? twoDaysAgo : memberSince;
  };

  it('endDikomMembership updates the cached DikomMembership in place, found by its id, without a refetch', async () => {
    const [ars, otherArs] = await currentMembers();
    const ministry = {
      authorization: `Bearer ${await hub.issuer.sign({ org: 'mdjd', scopes: ['organisations:write'] })}`,
    };
    const responses: unknown[] = [];
    const { client, cache } = newClient(ministry, responses);
    try {
      const before = await client.query<KommuneDikom>({ query: KOMMUNE_DIKOM, variables: { ars } });
      const membership = before.data?.municipality.dikomMembership;
      if (!membership) throw new Error(`${ars} has no DIKOM membership`);
      expect(membership).toMatchObject({ id: `${ars}/${membership.memberSince}`, memberUntil: null });
      const key = `DikomMembership:${membership.id}`;
      expect(cache.identify({ __typename: 'DikomMembership', id: membership.id })).toBe(key);
      expect(cache.extract()[key]).toMatchObject({ memberUntil: null, version: membership.version });

      const memberUntil = lastDay(membership.memberSince);
      const ended = await client.mutate<{ endDikomMembership: Membership }>({
        mutation: gql(`mutation EndDikom($input: EndDikomMembershipInput!) {
          endDikomMembership(input: $input) { id memberUntil version }
        }`),
        variables: { input: { municipalityArs: ars, version: membership.version, memberUntil } },
      });
      // The same id as before the change: ending a period sets memberUntil, its first day stays.
      expect(ended.data?.endDikomMembership).toEqual({
        __typename: 'DikomMembership',
        id: membership.id,
        memberUntil,
        version: membership.version + 1,
      });

      // The record the query cached now holds the mutation's answer.
      expect(cache.readFragment({ id: key, fragment: MEMBERSHIP_FIELDS })).toEqual({
        __typename: 'DikomMembership',
        memberSince: membership.memberSince,
        memberUntil,
        version: membership.version + 1,
      });
      const fromCache = await client.query<KommuneDikom>({
        query: KOMMUNE_DIKOM,
        variables: { ars },
        fetchPolicy: 'cache-only',
      });
      expect(fromCache.data?.municipality.dikomMembership).toEqual({
        ...membership,
        memberUntil,
        version: membership.version + 1,
      });
      expect(responses).toHaveLength(2); // the query and the mutation; nothing was fetched again

      // The control: the same mutation without `id` in its answer leaves the cached record as it was.
      const other = await client.query<KommuneDikom>({ query: KOMMUNE_DIKOM, variables: { ars: otherArs } });
      const otherMembership = other.data?.municipality.dikomMembership;
      if (!otherMembership) throw new Error(`${otherArs} has no DIKOM membership`);
      const withoutId = await client.mutate<{ endDikomMembership: Omit<Membership, 'id'> }>({
        mutation: gql(`mutation EndDikomWithoutId($input: EndDikomMembershipInput!) {
          endDikomMembership(input: $input) { memberUntil version }
        }`),
        variables: {
          input: {
            municipalityArs: otherArs,
            version: otherMembership.version,
            memberUntil: lastDay(otherMembership.memberSince),
          },
        },
      });
      expect(withoutId.data?.endDikomMembership.memberUntil).toBe(lastDay(otherMembership.memberSince));
      expect(
        cache.readFragment({ id: `DikomMembership:${otherMembership.id}`, fragment: MEMBERSHIP_FIELDS }),
      ).toMatchObject({ memberUntil: null, version: otherMembership.version });
    } finally {
      client.stop();
    }
  });
});
