import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGateway, type RunningGateway } from '@kaz/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScratchClients } from './support/codegen.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// The example clients of docs/clients.md (clients/examples/), run against the hub with freshly
// generated typed documents: graphql-request and plain fetch, Apollo Client with automatic persisted
// queries and with the trusted-documents manifest, urql with Graphcache. Partial answers come back as
// data plus errors with their path and code.

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
  apqLink(): unknown;
  manifestHashLink(manifest: Record<string, string>): unknown;
  hubApolloClient(
    uri: string,
    token: () => string | undefined,
    persisted?: unknown,
  ): {
    cache: { extract(): Record<string, unknown> };
  };
  kommuneWithErrors(
    client: unknown,
    ars: string,
  ): Promise<{ name: string | null; openIncidents: number | null; errors: { path: string; code: unknown }[] }>;
}
interface UrqlExample {
  hubUrqlClient(url: string, token: () => string | undefined, apiSchemaSdl: string): unknown;
  trustedUrqlClient(url: string, token: () => string | undefined, manifest: Record<string, string>): unknown;
  expiringCertificateNames(client: unknown, days: number): Promise<{ names: string[]; codes: unknown[] }>;
}

let hub: TestHub;
let trusted: RunningGateway;
let removeScratch: (() => void) | undefined;
let typed: TypedClientExample;
let apollo: ApolloExample;
let urql: UrqlExample;
let readerToken: string;
let kommuneToken: string;

beforeAll(async () => {
  const scratch = await generateScratchClients();
  removeScratch = scratch.remove;
  const load = (file: string) => import(pathToFileURL(join(scratch.dir, 'examples', file)).href);
  typed = (await load('typed-client.ts')) as TypedClientExample;
  apollo = (await load('apollo-client.ts')) as ApolloExample;
  urql = (await load('urql-client.ts')) as UrqlExample;
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

  it('runs registered operations on a trusted-documents gateway by their manifest hash', async () => {
    const client = apollo.hubApolloClient(trusted.url, () => readerToken, apollo.manifestHashLink(manifest));
    expect(await apollo.kommuneWithErrors(client, POTSDAM)).toMatchObject({ name: await potsdamName(), errors: [] });
    // The hash of the printed document is not the hash of the file's exact text: refused.
    const apq = apollo.hubApolloClient(trusted.url, () => readerToken);
    await expect(apollo.kommuneWithErrors(apq, POTSDAM)).rejects.toThrow();
  });
});

describe('urql with Graphcache', () => {
  it('reads certificates with persisted queries over POST', async () => {
    const client = urql.hubUrqlClient(hub.url, () => readerToken, schemaFile('api.graphql'));
    const answer = await urql.expiringCertificateNames(client, 3650);
    expect(answer.codes).toEqual([]);
    expect(answer.names.length).toBeGreaterThan(0);
  });

  it('runs registered operations on a trusted-documents gateway by their manifest hash', async () => {
    const client = urql.trustedUrqlClient(trusted.url, () => readerToken, manifest);
    const answer = await urql.expiringCertificateNames(client, 3650);
    expect(answer.codes).toEqual([]);
    expect(answer.names.length).toBeGreaterThan(0);
  });

  it('gives the error codes beside the data when a list is closed to the token', async () => {
    const client = urql.hubUrqlClient(hub.url, () => kommuneToken, schemaFile('api.graphql'));
    const answer = await urql.expiringCertificateNames(client, 60);
    expect(answer).toEqual({ names: [], codes: ['FORBIDDEN'] });
  });
});
