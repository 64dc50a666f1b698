import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevIssuer } from '@kaz/auth';
import { createTestDatabase } from '@kaz/db/testing';
import { createGateway, type RunningGateway } from '@kaz/gateway';
import { type RunningSubgraph, startSubgraph } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubSubgraphs } from '../../scripts/subgraphs.ts';
import { type SubgraphProcess, startSubgraphProcess } from './support/durability-process.ts';
import { type Sample, sleep, startLoad } from './support/load.ts';

// The security subgraph runs in a process of its own and is killed with SIGKILL under steady load,
// then started again on the same port and data: requests that do not touch it never fail, requests
// that do get the other subgraphs' data and an error naming `security`, and once it is back every
// request succeeds again without the gateway being touched.

const work = mkdtempSync(join(tmpdir(), 'kaz-outage-'));
const issuerDir = join(work, 'issuer');
const cleanups: (() => Promise<void>)[] = [];
let gateway: RunningGateway;
let security: SubgraphProcess;
let securityEnv: Record<string, string>;
let authorization: string;

beforeAll(async () => {
  const issuer = await loadOrCreateDevIssuer(issuerDir);
  authorization = `Bearer ${await issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'], ttl: '1h' })}`;
  const urls: Record<string, string> = {};
  for (const { definition } of hubSubgraphs.filter((s) => s.definition.name !== 'security')) {
    const database = await createTestDatabase(definition.name);
    const running: RunningSubgraph<unknown> = await startSubgraph(definition, {
      auth: issuer.auth,
      port: 0,
      database: database.config,
    });
    urls[definition.name] = running.url;
    cleanups.push(async () => {
      await running.stop();
      await database.drop();
    });
  }
  const securityDatabase = await createTestDatabase('security');
  cleanups.push(() => securityDatabase.drop());
  securityEnv = {
    DEV_ISSUER_DIR: issuerDir,
    ...(securityDatabase.config.url
      ? { DATABASE_URL: securityDatabase.config.url }
      : { DATA_DIR: join(work, 'security-data') }),
  };
  security = await startSubgraphProcess('subgraphs/security/src/main.ts', securityEnv);
  urls.security = security.url;
  gateway = await createGateway({
    auth: issuer.auth,
    supergraphSdl: readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: urls,
    port: 0,
    graphiql: false,
  });
});

afterAll(async () => {
  await gateway?.stop();
  await security?.kill();
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(work, { recursive: true, force: true });
});

const WITHOUT_SECURITY = `query KommunenAndProjects {
  municipalities(filter: { kinds: [KREISFREIE_STADT] }, first: 5) { nodes { name projects(first: 3) { totalCount } } }
  projects(first: 5) { totalCount nodes { id phase } }
}`;
const WITH_SECURITY = `query KommuneWithPosture {
  municipality(ars: "120650136136") { name population projects(first: 3) { totalCount } securityPosture { certNetworkMember openIncidentCount } }
  incidentTotals { open resolved }
}`;

const request = (query: string) => () => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization },
  body: JSON.stringify({ query }),
});

const ok = (sample: Sample) => sample.status === 200 && !sample.body?.errors && sample.body?.data;

describe('the security subgraph killed under load', () => {
  it('fails only the fields it provides, and recovers without touching the gateway', async () => {
    const load = startLoad(
      [
        { kind: 'without security', url: gateway.url, init: request(WITHOUT_SECURITY) },
        { kind: 'with security', url: gateway.url, init: request(WITH_SECURITY) },
      ],
      3,
    );
    load.setPhase('before');
    await sleep(2_000);
    // Requests still in flight when the process dies fail like the ones sent while it is down.
    const killedAt = performance.now();
    load.setPhase('at the kill');
    await security.kill();
    load.setPhase('down');
    await sleep(3_000);
    load.setPhase('restarting');
    const port = new URL(security.url).port;
    security = await startSubgraphProcess('subgraphs/security/src/main.ts', { ...securityEnv, PORT: port });
    load.setPhase('after');
    await sleep(3_000);
    const samples = (await load.stop()).map((s) =>
      s.phase === 'before' && s.at >= killedAt ? { ...s, phase: 'at the kill' } : s,
    );

    const table: Record<string, Record<string, string>> = {};
    for (const phase of ['before', 'at the kill', 'down', 'restarting', 'after']) {
      table[phase] = {};
      for (const kind of ['without security', 'with security']) {
        const picked = samples.filter((s) => s.phase === phase && s.kind === kind);
        (table[phase] as Record<string, string>)[kind] = `${picked.filter(ok).length}/${picked.length} ok`;
      }
    }
    console.log('security subgraph outage under load (answers without errors / all):');
    console.table(table);

    // Never touched: every answer complete, in every phase.
    const without = samples.filter((s) => s.kind === 'without security');
    expect(without.length).toBeGreaterThan(0);
    expect(without.filter((s) => !ok(s))).toEqual([]);

    // Touching it: complete before; while it is down, the other subgraphs' data and an error per
    // affected path naming it; complete again once it is back.
    const withSecurity = (phase: string) => samples.filter((s) => s.kind === 'with security' && s.phase === phase);
    expect(withSecurity('before').length).toBeGreaterThan(0);
    expect(withSecurity('before').filter((s) => !ok(s))).toEqual([]);
    const down = withSecurity('down');
    expect(down.length).toBeGreaterThan(0);
    // Sent while it was down: the Kommune's own data, both security fields null, an error for each.
    for (const sample of down) {
      expect(sample.status).toBe(200);
      expect(sample.body?.data?.municipality?.population).toBeGreaterThan(0);
      expect(sample.body?.data?.municipality?.securityPosture).toBeNull();
      expect(sample.body?.data?.incidentTotals).toBeNull();
      expect(sample.body?.errors?.map((e) => [e.extensions?.serviceName, e.extensions?.code])).toEqual([
        ['security', 'SUBGRAPH_UNAVAILABLE'],
        ['security', 'SUBGRAPH_UNAVAILABLE'],
      ]);
    }
    // In flight when it died: each security fetch either answered before or failed, so each security
    // field is either there or null with its error; the rest is always there.
    for (const sample of withSecurity('at the kill')) {
      expect(sample.status).toBe(200);
      expect(sample.body?.data?.municipality?.population).toBeGreaterThan(0);
      const missing = [sample.body?.data?.municipality?.securityPosture, sample.body?.data?.incidentTotals].filter(
        (value) => value === null,
      );
      expect(sample.body?.errors ?? []).toHaveLength(missing.length);
      for (const error of sample.body?.errors ?? []) {
        expect([error.extensions?.serviceName, error.extensions?.code]).toEqual(['security', 'SUBGRAPH_UNAVAILABLE']);
      }
    }
    const after = withSecurity('after');
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((s) => !ok(s))).toEqual([]);
  });
});
