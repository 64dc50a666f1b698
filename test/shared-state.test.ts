import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';
import { startTestRedis, type TestRedis } from './support/redis-server.ts';

// Two gateway processes (the real entry point, gateway/src/main.ts, as an operator starts it) in front
// of the same subgraphs, sharing a Redis of this test's own that the test stops and starts again. The
// tokens come from a test issuer whose keys the gateways fetch over HTTP, as from a real issuer.

const gatewayDir = new URL('../gateway/', import.meta.url).pathname;
const MAX_REFUSED = 4;
let redis: TestRedis;
let hub: TestHub;
let issuer: TestIssuer;
let jwks: Server;
const gateways: { url: string; process: ChildProcess }[] = [];

beforeAll(async () => {
  redis = await startTestRedis();
  issuer = await createTestIssuer();
  jwks = createServer((_req, res) =>
    res.setHeader('content-type', 'application/json').end(JSON.stringify(issuer.auth.jwks)),
  );
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  hub = await startTestHub({ issuer });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    GRAPHIQL: 'false',
    LOG_LEVEL: 'silent',
    AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`,
    AUTH_ISSUER: issuer.auth.issuer,
    AUTH_AUDIENCE: issuer.auth.audience,
    REDIS_URL: redis.url,
    // A prefix of this run's own (the rule for any Redis a test shares with others).
    REDIS_KEY_PREFIX: `kaz:test:${randomUUID()}:`,
    GATEWAY_MAX_REFUSED_PER_MINUTE: String(MAX_REFUSED),
    ...Object.fromEntries(
      Object.entries(hub.subgraphs).map(([name, subgraph]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraph.url]),
    ),
  };
  gateways.push(...(await Promise.all([startGateway(env), startGateway(env)])));
}, 120_000);

afterAll(async () => {
  for (const gateway of gateways) gateway.process.kill('SIGKILL');
  await redis?.stop();
  jwks?.close();
  await hub?.stop();
});

/** Starts gateway/src/main.ts; resolves with its URL once it says it is ready. */
async function startGateway(env: NodeJS.ProcessEnv): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: gatewayDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => output.push(line));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${output.join('\n')}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const url = /ready at (\S+)/.exec(line)?.[1];
      if (url) resolve({ url, process: child });
    });
  });
}

const A = () => gateways[0] as { url: string };
const B = () => gateways[1] as { url: string };

async function post(gateway: { url: string }, body: Record<string, unknown>, token?: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function readiness(gateway: { url: string }) {
  return (await (await fetch(new URL('/health/ready', gateway.url))).json()) as Record<string, unknown>;
}

async function metric(gateway: { url: string }, pattern: RegExp): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gateway.url))).text();
  const values = text
    .split('\n')
    .filter((line) => pattern.test(line))
    .map((line) => Number(line.split(' ').pop()));
  return values.reduce((sum, value) => sum + value, 0);
}

/** A token of the Kaz for a principal of its own, so that each test counts against a fresh client. */
function tokenFor(subject: string) {
  return issuer.sign({ org: 'kaz', subject, scopes: ['projects:write', 'contracts:write', 'security:read'] });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

/** Registers `query` by APQ on `from` and runs it by hash alone on `to`. */
async function apqAcross(from: { url: string }, to: { url: string }, query: string, token: string) {
  const hash = sha256(query);
  const registered = await post(from, { query, ...persisted(hash) }, token);
  expect(registered.status).toBe(200);
  const byHash = await post(to, persisted(hash), token);
  return { registered, byHash };
}

/** Sends refused requests (a field that does not exist: HTTP 400) until `count` of them were sent. */
async function refuse(gateway: { url: string }, token: string, count: number) {
  for (let i = 0; i < count; i++) {
    const answer = await post(gateway, { query: '{ noSuchField }' }, token);
    expect(answer.status).toBe(400);
  }
}

const PROJECTS = '{ projects(first: 3) { totalCount nodes { id title } } }';
const GEMEINDEN = `query Gemeinden($search: String!) {
  municipalities(filter: { nameContains: $search }, first: 10) { totalCount nodes { ars name } }
}`;

describe('two gateways sharing state in Redis', () => {
  it('say so in /health/ready and in their metrics', async () => {
    for (const gateway of gateways) {
      expect(await readiness(gateway)).toMatchObject({ status: 'ready', sharedState: 'redis' });
      expect(await metric(gateway, /^kaz_gateway_shared_state_up /)).toBe(1);
    }
  });

  it('run on one gateway an APQ hash registered on the other', async () => {
    const token = await tokenFor('apq@kaz');
    const unknown = await post(B(), persisted(sha256(`${PROJECTS} # never sent`)), token);
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const { registered, byHash } = await apqAcross(A(), B(), PROJECTS, token);
    expect(registered.body.data.projects.totalCount).toBeGreaterThan(0);
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(registered.body);
  });

  it('count refused requests of one client on both gateways together', async () => {
    const token = await tokenFor('refused-shared@kaz');
    // Half the limit on each gateway: neither alone is over it, both together are.
    await refuse(A(), token, MAX_REFUSED / 2);
    await refuse(B(), token, MAX_REFUSED / 2);
    const onA = await post(A(), { query: PROJECTS }, token);
    const onB = await post(B(), { query: PROJECTS }, token);
    expect([onA.status, onB.status]).toEqual([429, 429]);
    expect(onB.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another client is not touched by it.
    const other = await post(B(), { query: PROJECTS }, await tokenFor('someone-else@kaz'));
    expect(other.body.data.projects.totalCount).toBeGreaterThan(0);
  });

  it('answer public reference data kept by one gateway from the other without asking the subgraph', async () => {
    const question = { query: GEMEINDEN, variables: { search: `Mittenwalde` } };
    const first = await post(A(), question);
    expect(first.body.data.municipalities.totalCount).toBe(2);
    hub.resetStatements();
    const second = await post(B(), question);
    expect(second.body).toEqual(first.body);
    expect(hub.statements.municipalities).toEqual([]);
  });

  it('keep answering correct clients when Redis stops, counting limits locally, and share again once it is back', async () => {
    const token = await tokenFor('through-outage@kaz');
    await redis.stop();

    // Correct clients get correct answers from both gateways.
    for (const gateway of gateways) {
      const answer = await post(gateway, { query: PROJECTS }, token);
      expect(answer.status).toBe(200);
      expect(answer.body.data.projects.totalCount).toBeGreaterThan(0);
    }
    // An APQ hash is unknown (the cache is skipped); the client sends the text with it, as APQ
    // clients do, and gets its answer.
    const query = `${PROJECTS} # during the outage`;
    const notFound = await post(A(), persisted(sha256(query)), token);
    expect(notFound.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const withText = await post(A(), { query, ...persisted(sha256(query)) }, token);
    expect(withText.body.data.projects.totalCount).toBeGreaterThan(0);
    // Public reference data comes from the subgraph again.
    hub.resetStatements();
    const gemeinden = await post(B(), { query: GEMEINDEN, variables: { search: 'Gramzow' } });
    expect(gemeinden.body.data.municipalities.nodes[0].name).toMatch(/Gramzow/);
    expect(hub.statements.municipalities?.length).toBeGreaterThan(0);

    for (const gateway of gateways) {
      expect(await readiness(gateway)).toMatchObject({
        status: 'degraded',
        sharedState: 'redis unreachable (local fallback)',
      });
      expect(await metric(gateway, /^kaz_gateway_shared_state_up /)).toBe(0);
      expect(await metric(gateway, /^kaz_gateway_shared_state_fallbacks_total\{/)).toBeGreaterThan(0);
    }

    // The limit still refuses, each gateway counting alone: over it on A, not yet on B.
    const flooding = await tokenFor('refused-local@kaz');
    await refuse(A(), flooding, MAX_REFUSED);
    expect((await post(A(), { query: PROJECTS }, flooding)).status).toBe(429);
    const onB = await post(B(), { query: PROJECTS }, flooding);
    expect(onB.body.data.projects.totalCount).toBeGreaterThan(0);

    // Redis back (empty, as after a crash without persistence): both gateways reconnect by themselves.
    await redis.start();
    await expect
      .poll(() => Promise.all(gateways.map(readiness)), { timeout: 10_000, interval: 200 })
      .toEqual([
        expect.objectContaining({ status: 'ready', sharedState: 'redis' }),
        expect.objectContaining({ status: 'ready', sharedState: 'redis' }),
      ]);
    const again = await apqAcross(B(), A(), `${PROJECTS} # after the outage`, token);
    expect(again.byHash.body).toEqual(again.registered.body);
    const sharedAgain = await tokenFor('refused-after@kaz');
    await refuse(A(), sharedAgain, MAX_REFUSED / 2);
    await refuse(B(), sharedAgain, MAX_REFUSED / 2);
    expect((await post(B(), { query: PROJECTS }, sharedAgain)).status).toBe(429);
  }, 60_000);
});
