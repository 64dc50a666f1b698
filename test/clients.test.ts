import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGateway, documentHash, type RunningGateway } from '@kaz/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScratchClients } from './support/codegen.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// The example clients of docs/clients.md (clients/examples/), run against the hub with freshly
// generated typed documents: graphql-request and plain fetch, Apollo Client with automatic persisted
// queries, urql with Graphcache, the caching clients also against a gateway that runs only the
// trusted documents of schema/persisted-operations.json (which registers the `__typename` form each
// client sends). Partial answers come back as data plus errors with their path and code.

const POTSDAM = '120540000000';
const schemaFile = (name: string) => readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8');
const manifest = JSON.parse(schemaFile('persisted-operations.json')) as Record<string, string>;

// The examples import the generated documents, which exist only in the scratch folder: they are
// loaded at run time, and typed here by what the test uses of them.
interface TypedClientExample {
  hubClient(endpoint: string, token: string): unknown;
  expiringCertificates(client: unknown, days: number): Promise<string[]>;
  kommuneSummary(client: unknown, ars: string): Promise<{ name: string; openIncidents: number | null } | null>;
  findKommunen(endpoint: string, token: string, name: string): Promise<string[]>;
}
interface ApolloExample {
  hubApolloClient(uri: string, token: () => string | undefined): { cache: { extract(): Record<string, unknown> } };
  kommuneWithErrors(
    client: unknown,
    ars: string,
  ): Promise<{ name: string | null; openIncidents: number | null; errors: { path: string; code: unknown }[] }>;
}
interface UrqlExample {
  hubUrqlClient(
    url: string,
    token: () => string | undefined,
    apiSchemaSdl: string,
    options?: { trusted?: boolean },
  ): UrqlClient;
  expiringCertificateNames(client: unknown, days: number): Promise<{ names: string[]; codes: unknown[] }>;
}

/** What the test uses of an urql Client besides the example's functions. */
interface UrqlClient {
  query(document: unknown, variables: object): { toPromise(): Promise<{ data?: any; error?: unknown }> };
  readQuery(document: unknown, variables: object): { data?: any } | null;
}

let hub: TestHub;
let trusted: RunningGateway;
let removeScratch: (() => void) | undefined;
let typed: TypedClientExample;
let apollo: ApolloExample;
let urql: UrqlExample;
let generated: { KommuneDetailDocument: unknown };
let readerToken: string;
let kommuneToken: string;

beforeAll(async () => {
  const scratch = await generateScratchClients();
  removeScratch = scratch.remove;
  const load = (file: string) => import(pathToFileURL(join(scratch.dir, 'examples', file)).href);
  typed = (await load('typed-client.ts')) as TypedClientExample;
  apollo = (await load('apollo-client.ts')) as ApolloExample;
  urql = (await load('urql-client.ts')) as UrqlExample;
  generated = await import(pathToFileURL(join(scratch.dir, 'generated', 'graphql.ts')).href);
  hub = await startTestHub();
  trusted = await createGateway({
    auth: hub.issuer.auth,
    supergraphSdl: schemaFile('supergraph.graphql'),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    port: 0,
    trustedDocuments: manifest,
  });
  readerToken = await hub.issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'] });
  // Potsdam's own token: no scopes, so the Kaz-wide lists are closed to it.
  kommuneToken = await hub.issuer.sign({ org: POTSDAM, scopes: [] });
});

afterAll(async () => {
  await trusted?.stop();
  await hub?.stop();
  removeScratch?.();
});

/** Potsdam's name as the hub answers it, to compare the clients' answers with. */
async function potsdamName(): Promise<string> {
  const result = await hub.query<{ municipality: { name: string } }>(`{ municipality(ars: "${POTSDAM}") { name } }`);
  return result.data!.municipality.name;
}

describe('graphql-request and plain fetch with the typed documents', () => {
  it('reads certificates and a Kommune with a bearer token', async () => {
    const client = typed.hubClient(hub.url, readerToken);
    const lines = await typed.expiringCertificates(client, 3650);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/ until \d{4}-\d{2}-\d{2} \(/);
    const summary = await typed.kommuneSummary(client, POTSDAM);
    expect(summary?.name).toBe(await potsdamName());
    expect(typeof summary?.openIncidents).toBe('number');
  });

  it('throws with the error codes when the answer has errors (graphql-request default errorPolicy)', async () => {
    const client = typed.hubClient(hub.url, kommuneToken);
    await expect(typed.expiringCertificates(client, 60)).rejects.toThrow();
  });

  it('finds the two Kommunen called Mittenwalde over plain fetch', async () => {
    const found = await typed.findKommunen(hub.url, readerToken, 'Mittenwalde');
    expect(found).toHaveLength(2);
  });
});

describe('Apollo Client', () => {
  it('sends operations as automatic persisted queries and normalises entities by id', async () => {
    const client = apollo.hubApolloClient(hub.url, () => readerToken);
    const answer = await apollo.kommuneWithErrors(client, POTSDAM);
    expect(answer).toMatchObject({ name: await potsdamName(), errors: [] });
    const keys = Object.keys(client.cache.extract());
    expect(keys.some((key) => key.startsWith('Project:'))).toBe(true);
  });

  it('keeps partial data, with each error on its path and with its code', async () => {
    const client = apollo.hubApolloClient(hub.url, () => undefined);
    const answer = await apollo.kommuneWithErrors(client, POTSDAM);
    expect(answer.name).toBe(await potsdamName());
    // docs/clients.md shows this answer: the licences need a token, the rest is there.
    expect(answer.errors.map((error) => error.path)).toContain('municipality.licences');
    for (const error of answer.errors) {
      expect(error.path).toMatch(/^municipality\./);
      expect(error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('runs on a trusted-documents gateway with the plain PersistedQueryLink and normalises the answer', async () => {
    const client = apollo.hubApolloClient(trusted.url, () => readerToken);
    expect(await apollo.kommuneWithErrors(client, POTSDAM)).toMatchObject({ name: await potsdamName(), errors: [] });
    // The gateway ran the registered text with `__typename`: the Kommune is an entity of its own,
    // referenced from the root, and so are its projects. Without `__typename` in the answer the
    // cache would keep the Kommune inline under ROOT_QUERY.
    const cache = client.cache.extract();
    const root = cache.ROOT_QUERY as Record<string, unknown>;
    expect(root[`municipality({"ars":"${POTSDAM}"})`]).toEqual({ __ref: expect.stringMatching(/^Municipality:/) });
    const { __ref } = root[`municipality({"ars":"${POTSDAM}"})`] as { __ref: string };
    expect(cache[__ref]).toMatchObject({ __typename: 'Municipality', name: await potsdamName() });
    expect(Object.keys(cache).some((key) => key.startsWith('Project:'))).toBe(true);
  });
});

describe('urql with Graphcache', () => {
  it('reads certificates with persisted queries over POST', async () => {
    const client = urql.hubUrqlClient(hub.url, () => readerToken, schemaFile('api.graphql'));
    const answer = await urql.expiringCertificateNames(client, 3650);
    expect(answer.codes).toEqual([]);
    expect(answer.names.length).toBeGreaterThan(0);
  });

  it('runs on a trusted-documents gateway by hash alone, and Graphcache stores the answers', async () => {
    const client = urql.hubUrqlClient(trusted.url, () => readerToken, schemaFile('api.graphql'), { trusted: true });
    const answer = await urql.expiringCertificateNames(client, 3650);
    expect(answer.codes).toEqual([]);
    expect(answer.names.length).toBeGreaterThan(0);
    // KommuneDetail has a string default value, which urql prints differently from graphql-js: its
    // own form is registered as well.
    const { KommuneDetailDocument } = generated;
    const result = await client.query(KommuneDetailDocument, { ars: POTSDAM }).toPromise();
    expect(result.error).toBeUndefined();
    // Graphcache answers from what it wrote; for objects without `__typename` it writes nothing and
    // the query resolves with no data. (It leaves out the `__typename` the document does not ask for.)
    expect(result.data.municipality.name).toBe(await potsdamName());
    // And it reads the whole query back from the cache alone.
    const cached = client.readQuery(KommuneDetailDocument, { ars: POTSDAM });
    expect(cached?.data?.municipality.name).toBe(await potsdamName());
    expect(cached?.data?.municipality.projects.nodes).toEqual(result.data.municipality.projects.nodes);
  });

  it('gives the error codes beside the data when a list is closed to the token', async () => {
    const client = urql.hubUrqlClient(hub.url, () => kommuneToken, schemaFile('api.graphql'));
    const answer = await urql.expiringCertificateNames(client, 60);
    expect(answer).toEqual({ names: [], codes: ['FORBIDDEN'] });
  });
});

describe('a trusted-documents gateway', () => {
  async function post(body: unknown): Promise<{ status: number; data?: any; errors?: any[] }> {
    const response = await fetch(trusted.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${readerToken}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
  }
  const byHash = (query: string) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(query) } },
  });

  it('refuses an arbitrary document with 403 PERSISTED_QUERY_NOT_IN_MANIFEST, by text and by hash', async () => {
    const query = `query { municipality(ars: "${POTSDAM}") { id name __typename } }`;
    for (const body of [{ query }, byHash(query)]) {
      const result = await post(body);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_MANIFEST');
    }
  });

  it('runs the registered `__typename` forms and refuses each with one field less', async () => {
    const forms = Object.values(manifest).filter((text) => text.startsWith('query KommuneDetail('));
    // Apollo Client's form and urql's (they differ in the line break urql puts before a string).
    expect(forms).toHaveLength(2);
    for (const form of forms) {
      const ran = await post(byHash(form));
      expect(ran.status).toBe(200);
      expect(ran.data?.municipality).toMatchObject({ __typename: 'Municipality', population: expect.any(Number) });
      const lessOneField = form.replace('\n    population\n', '\n');
      expect(lessOneField).not.toBe(form);
      for (const body of [{ query: lessOneField }, byHash(lessOneField)]) {
        const result = await post(body);
        expect(result.status).toBe(403);
        expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_MANIFEST');
      }
    }
  });
});
