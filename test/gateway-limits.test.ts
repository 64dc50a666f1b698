import { readFileSync } from 'node:fs';
import { createGateway, documentHash, type RunningGateway } from '@kaz/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// The gateway refuses an operation that is too deep, too wide or too expensive — and, in trusted-
// documents mode, one that is not in the manifest — before it plans it: no subgraph sees it.

let hub: TestHub;
let trusted: RunningGateway;
const manifest = JSON.parse(
  readFileSync(new URL('../schema/persisted-operations.json', import.meta.url), 'utf8'),
) as Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  trusted = await createGateway({
    auth: hub.issuer.auth,
    supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.url])),
    port: 0,
    trustedDocuments: manifest,
  });
});

afterAll(async () => {
  await trusted?.stop();
  await hub?.stop();
});

const POTSDAM = '{ municipality(ags: "12054000") { name } }';
const repeat = (count: number, text: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => text(i)).join(' ');

const crafted = [
  [
    'DEPTH_LIMIT_EXCEEDED',
    /depth limit of 10/i,
    `{ municipality(ags: "12054000") { ${'district { '.repeat(11)}name${' }'.repeat(11)} } }`,
  ],
  [
    'ALIAS_LIMIT_EXCEEDED',
    /aliases limit of 15/i,
    `{ ${repeat(16, (i) => `m${i}: municipality(ags: "12054000") { name }`)} }`,
  ],
  [
    'TOKEN_LIMIT_EXCEEDED',
    /token limit of 2000/i,
    `{ municipality(ags: "12054000") { ${repeat(2100, () => 'name')} } }`,
  ],
  [
    'DIRECTIVE_LIMIT_EXCEEDED',
    /directives limit of 20/i,
    `{ municipality(ags: "12054000") { ${repeat(21, () => 'name @include(if: true)')} } }`,
  ],
  [
    'COST_LIMIT_EXCEEDED',
    /cost limit of 200000 exceeded, found \d+/i,
    '{ municipalities(first: 500) { nodes { projects(first: 100) { nodes { municipalities { name } } } } } }',
  ],
] as const;

function allStatements() {
  return Object.values(hub.statements).flat();
}

describe('operation limits', () => {
  it.each(crafted)(
    'refuse an operation over the limit with %s before any subgraph is asked',
    async (code, message, query) => {
      hub.resetStatements();
      const result = await hub.query(query);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.data ?? null).toBeNull();
      expect(allStatements()).toEqual([]);
    },
  );

  it('let a dashboard query through', async () => {
    const query = readFileSync(new URL('../schema/operations/01-kommune-detail.graphql', import.meta.url), 'utf8');
    const result = await hub.query(query, {}, await hub.readerHeaders());
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality.name).toBe('Hennigsdorf, Stadt');
  });
});

describe('trusted-documents mode', () => {
  const [hash, document] = Object.entries(manifest)[0] as [string, string];

  async function post(body: unknown) {
    const response = await fetch(trusted.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await hub.readerHeaders()) },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
  }

  it('runs a manifest operation sent by its hash alone', async () => {
    const result = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality.name).toBe('Hennigsdorf, Stadt');
  });

  it('runs a manifest operation sent as its full text', async () => {
    expect(documentHash(document)).toBe(hash);
    const result = await post({ query: document });
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality.name).toBe('Hennigsdorf, Stadt');
  });

  it('refuses an ad-hoc operation and an unknown hash with PERSISTED_QUERY_NOT_IN_MANIFEST', async () => {
    hub.resetStatements();
    for (const body of [
      { query: POTSDAM },
      { extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(POTSDAM) } } },
      { query: `${document} ` },
    ]) {
      const result = await post(body);
      expect(result.status).toBe(403);
      expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_MANIFEST');
    }
    expect(allStatements()).toEqual([]);
  });
});
