import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createTestIssuer } from '@kaz/auth/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationLimitsFromEnv, workerCountFromEnv } from '../src/config.ts';
import { createGateway, type RunningGateway } from '../src/gateway.ts';
import { buildTrustedDocuments, documentHash } from '../src/trusted-documents.ts';

// These need no subgraph: introspection and rejected operations are answered by the gateway alone.

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const issuer = await createTestIssuer();
const { auth } = issuer;
const INTROSPECTION = '{ __schema { types { name fields { name description } } } }';

let gateway: RunningGateway;
let production: RunningGateway;
let measuring: RunningGateway;

beforeAll(async () => {
  gateway = await createGateway({ auth, supergraphSdl, port: 0 });
  production = await createGateway({ auth, supergraphSdl, port: 0, blockFieldSuggestions: true });
  measuring = await createGateway({ auth, supergraphSdl, port: 0, limits: { maxCost: 1 } });
});

afterAll(async () => {
  await gateway?.stop();
  await production?.stop();
  await measuring?.stop();
});

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the HTTP server', () => {
  it('serves GraphQL at / and at /graphql', async () => {
    for (const url of [gateway.url, new URL('graphql', gateway.url).href]) {
      const result = await (await post(url, { query: '{ __typename }' })).json();
      expect(result.data.__typename).toBe('Query');
    }
  });

  it('compresses a large response with gzip when the client accepts it', async () => {
    const response = await post(gateway.url, { query: INTROSPECTION }, { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body itself; the raw bytes are checked with node's gunzip below.
    expect((await response.json()).data.__schema.types.length).toBeGreaterThan(10);
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          gateway.url,
          { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve(Buffer.concat(chunks)));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: INTROSPECTION }));
      }, reject);
    });
    expect(JSON.parse(gunzipSync(raw).toString('utf8')).data.__schema).toBeDefined();
  });

  it('uses brotli when asked for it and leaves a small response uncompressed', async () => {
    const large = await post(gateway.url, { query: INTROSPECTION }, { 'accept-encoding': 'br' });
    expect(large.headers.get('content-encoding')).toBe('br');
    const small = await post(gateway.url, { query: '{ __typename }' }, { 'accept-encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('answers a body that is not JSON with HTTP 400 and a GraphQL error, not an HTML page', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers a body over 1 MB with HTTP 413 and PAYLOAD_TOO_LARGE', async () => {
    const response = await post(gateway.url, { query: '{ __typename }', variables: { filler: 'x'.repeat(1_100_000) } });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a bad token with HTTP 401 and UNAUTHENTICATED', async () => {
    const response = await post(gateway.url, { query: '{ __typename }' }, { authorization: 'Bearer not-a-token' });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the default limits', () => {
  it('let the full introspection query of GraphiQL through', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true });
    const result = await (await post(gateway.url, { query })).json();
    expect(result.errors).toBeUndefined();
    expect(result.data.__schema.types.length).toBeGreaterThan(10);
  });
});

describe('the persisted-operations manifest', () => {
  // Besides each file's exact text it holds the forms caching clients send (scripts/manifest.ts;
  // `pnpm schema:check` compares the whole file with a fresh build).
  it('holds the exact text of every file of schema/operations, each under its own hash', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/persisted-operations.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    expect(committed).toMatchObject(
      buildTrustedDocuments(new URL('../../schema/operations', import.meta.url).pathname),
    );
    for (const [hash, document] of Object.entries(committed)) expect(documentHash(document)).toBe(hash);
  });
});

describe('refused requests per client', () => {
  it('stop a client with HTTP 429 RATE_LIMITED after the limit, and only that client', async () => {
    const limited = await createGateway({ auth, supergraphSdl, port: 0, graphiql: false, maxRefusedPerMinute: 5 });
    const broken = () =>
      fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    try {
      // Answers with data do not count.
      for (let i = 0; i < 10; i++) expect((await post(limited.url, { query: '{ __typename }' })).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await broken()).status).toBe(400);
      const stopped = await broken();
      expect(stopped.status).toBe(429);
      expect((await stopped.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      // Now even its good requests wait, and a token that does not verify counts against the same
      // address; another client (a verified principal behind the same address) is not affected.
      expect((await post(limited.url, { query: '{ __typename }' })).status).toBe(429);
      const garbage = await post(
        limited.url,
        { query: '{ __typename }' },
        { authorization: 'Bearer other.client.token' },
      );
      expect(garbage.status).toBe(429);
      const other = await post(
        limited.url,
        { query: '{ __typename }' },
        { authorization: `Bearer ${await issuer.sign({ org: 'kaz', scopes: [] })}` },
      );
      expect(other.status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('number literals', () => {
  it('refuses a Float literal beyond a double with HTTP 400 before planning', async () => {
    const response = await post(gateway.url, {
      query: `mutation { createLicence(input: { id: "LIZ-0999", product: "Fachverfahren", vendor: "Muster GmbH",
        seats: 1, validFrom: "2026-01-01", validTo: "2026-12-31", annualCostEur: 1e400 }) { id } }`,
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].message).toMatch(/1e400 is out of range/);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('field suggestions', () => {
  it('are in the message by default and blocked in production mode', async () => {
    const query = '{ organisatons { id } }';
    const open = await (await post(gateway.url, { query })).json();
    expect(open.errors[0].message).toMatch(/Did you mean/);
    const blocked = await (await post(production.url, { query })).json();
    expect(blocked.errors[0].message).not.toMatch(/Did you mean/);
    expect(blocked.errors[0].message).not.toMatch(/"organisations"/);
  });
});

describe('automatic persisted queries', () => {
  it('asks for the query once, then runs the hash alone', async () => {
    const query = '{ __schema { queryType { name } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: documentHash(query) } };
    const unknown = await (await post(gateway.url, { extensions })).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await (await post(gateway.url, { query, extensions })).json();
    expect(registered.data.__schema.queryType.name).toBe('Query');
    const byHash = await (await post(gateway.url, { extensions })).json();
    expect(byHash.errors).toBeUndefined();
    expect(byHash.data.__schema.queryType.name).toBe('Query');
  });
});

describe('operation cost', () => {
  // A gateway that rejects everything reports each operation's cost in the rejection.
  async function cost(query: string, variables?: Record<string, unknown>) {
    const result = await (await post(measuring.url, { query, variables })).json();
    expect(result.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(result.errors[0].message).toMatch(/cost limit of 1 exceeded/);
    return result.errors[0].extensions.cost as number;
  }

  it('multiplies a page by its first argument, from a literal or a variable, 50 without one', async () => {
    expect(await cost('{ projects(first: 10) { nodes { id } } }')).toBe(1 + 10 * (1 + 1));
    expect(await cost('query ($n: Int!) { projects(first: $n) { nodes { id } } }', { n: 400 })).toBe(1 + 400 * 2);
    expect(await cost('{ projects { nodes { id } } }')).toBe(1 + 50 * 2);
    expect(await cost('{ projects(first: 10) { totalCount nodes { id title } } }')).toBe(1 + 10 * (1 + 1 + 2));
  });

  it('counts a plain list by the size its subgraph declares (@listSize in the supergraph)', async () => {
    // Project.municipalities: @listSize(assumedSize: 100); FrameworkContract.eligibleMunicipalities: 250.
    expect(await cost('{ projects(first: 1) { nodes { municipalities { name } } } }')).toBe(1 + 1 * (1 + (1 + 100)));
    expect(await cost('{ frameworkContracts(first: 2) { nodes { eligibleMunicipalities { name } } } }')).toBe(
      1 + 2 * (1 + (1 + 250)),
    );
  });
});

describe('settings from the environment', () => {
  it('reads the limits that are set and leaves the others to their defaults', () => {
    expect(operationLimitsFromEnv({ GATEWAY_MAX_DEPTH: '7', GATEWAY_MAX_COST: '5000' })).toEqual({
      maxDepth: 7,
      maxCost: 5000,
    });
    expect(() => operationLimitsFromEnv({ GATEWAY_MAX_TOKENS: 'many' })).toThrow(/GATEWAY_MAX_TOKENS/);
  });

  it('runs one worker unless GATEWAY_WORKERS says otherwise', () => {
    expect(workerCountFromEnv({})).toBe(1);
    expect(workerCountFromEnv({ GATEWAY_WORKERS: '4' })).toBe(4);
    expect(() => workerCountFromEnv({ GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
  });
});
