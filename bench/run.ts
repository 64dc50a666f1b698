/**
 * `pnpm bench`: load on the hub started on PostgreSQL, our gateway against Hive Gateway on the same
 * supergraph and subgraphs, and against the subgraphs called directly. Writes bench/results.md.
 *
 * Not part of `pnpm test`. Needs PostgreSQL (BENCH_DATABASE_URL, default the local server) and runs
 * in about 5 minutes on 2 cores. BENCH_SECONDS sets the length of one measured run (default 10),
 * BENCH_MEMORY_REQUESTS the number of requests of the memory check (default 20,000), BENCH_ONLY a
 * comma-separated list of words that picks the workloads whose names contain one of them (for a quick
 * look while working on one; the committed results come from a full run).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadOrCreateDevIssuer } from '@kaz/auth';
import autocannon from 'autocannon';
import { startHub } from '../scripts/hub.ts';
import { hubSubgraphs } from '../scripts/subgraphs.ts';

const root = new URL('../', import.meta.url).pathname;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 16;
const memoryRequests = Number(process.env.BENCH_MEMORY_REQUESTS ?? 20_000);
const work = mkdtempSync(join(tmpdir(), 'kaz-bench-'));
// LOG_LEVEL=warn: our servers' one JSON line per request would be work Hive Gateway (logging: 'error')
// does not do.
const env = {
  ...process.env,
  DEV_ISSUER_DIR: join(work, 'issuer'),
  NODE_ENV: 'development',
  GRAPHIQL: 'false',
  LOG_LEVEL: 'warn',
};
const issuer = await loadOrCreateDevIssuer(env.DEV_ISSUER_DIR);
const readerToken = await issuer.sign({
  org: 'kaz',
  scopes: ['projects:write', 'contracts:write', 'security:read'],
  ttl: '2h',
});
const securityToken = await issuer.sign({ org: 'zit_bb', scopes: ['security:read'], ttl: '2h' });
const children: ChildProcess[] = [];

/** A benchmark workload: one operation, the token it runs with, and its owner when it has one. */
interface Workload {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  token: string;
  /** The one subgraph that can answer it alone, for the gateway-overhead ratio. */
  owner?: string;
}

const operation = (file: string) => readFileSync(join(root, 'schema/operations', file), 'utf8');
const workloads: Workload[] = [
  {
    name: 'dashboard overview',
    token: readerToken,
    query: `{
      projectStatistics { byPhase { phase projectCount } byDistrict { district { name } projectCount } }
      licenceTotals { seats allocatedSeats annualCostEur }
      incidentTotals { open resolved overdueLdaNotifications }
      projects(first: 20) { totalCount nodes { id title phase leadMinistry { shortName } } }
      certificates(expiringWithinDays: 60, first: 10) { totalCount nodes { id commonName validTo } }
      incidents(first: 10) { totalCount nodes { id title severity status } }
    }`,
  },
  { name: 'Kommune detail (5 subgraphs)', token: readerToken, query: operation('01-kommune-detail.graphql') },
  {
    name: 'all 413 Gemeinden, nested',
    token: readerToken,
    query: `{ municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 500) {
      totalCount nodes { ars name population district { name }
        projects(first: 3) { totalCount nodes { id title } }
        licences(first: 3) { totalCount }
        securityPosture { certNetworkMember openIncidentCount } } } }`,
  },
  {
    name: 'incident list with token',
    token: securityToken,
    owner: 'security',
    query: `{ incidents(first: 50) { totalCount nodes { id title category severity status tlp detectedAt ldaNotificationOverdue } } }`,
  },
  {
    name: 'Gemeinden reference list',
    token: readerToken,
    owner: 'municipalities',
    query: `{ municipalities(first: 500) { totalCount nodes { ars ags name kind population areaKm2 } } }`,
  },
];

const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((word) => word.trim())
  .filter(Boolean);
const chosen = only.length ? workloads.filter((w) => only.some((word) => w.name.includes(word))) : workloads;

function start(command: string, args: string[], extraEnv: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

async function waitFor(url: string, token: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

interface Measurement {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

async function load(
  url: string,
  workload: Workload,
  options: { duration?: number; amount?: number },
): Promise<Measurement> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? seconds }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${workload.token}` },
        body: JSON.stringify({ query: workload.query, variables: workload.variables ?? {} }),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    rps: result.requests.average,
    p50: ms(at(0.5)),
    p95: ms(at(0.95)),
    p99: ms(at(0.99)),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Checks that a gateway answers the workload correctly before it is measured. */
async function verify(url: string, workload: Workload) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${workload.token}` },
    body: JSON.stringify({ query: workload.query, variables: workload.variables ?? {} }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${workload.name} at ${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

try {
  console.log('starting the subgraphs on PostgreSQL…');
  const subgraphProcess = start(process.execPath, ['--import', 'tsx', 'bench/subgraphs.ts'], {});
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: subgraphProcess.stdout as NodeJS.ReadableStream }).once('line', resolve);
    subgraphProcess.once('exit', (code) => reject(new Error(`subgraphs exited with ${code}`)));
  });
  const { urls } = JSON.parse(firstLine) as { urls: Record<string, string> };

  const overrides = Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
  );
  // Each gateway twice: with its default settings (both share identical subgraph reads that are in
  // flight at the same moment; ours also keeps public reference-data answers) and with sharing and
  // caching switched off, so that every read is sent.
  const ours = start(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], { ...overrides, PORT: '4610' });
  const oursUrl = 'http://127.0.0.1:4610/';
  start(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    ...overrides,
    PORT: '4612',
    GATEWAY_DEDUPLICATE_READS: 'false',
    GATEWAY_RESPONSE_CACHE: 'false',
  });
  const oursPlainUrl = 'http://127.0.0.1:4612/';

  let supergraph = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8');
  for (const { definition, defaultPort } of hubSubgraphs) {
    supergraph = supergraph.replace(`http://localhost:${defaultPort}/graphql`, urls[definition.name] as string);
  }
  const supergraphPath = join(work, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  const startHive = (port: number, extraEnv: Record<string, string>) =>
    start(
      process.execPath,
      [
        join(root, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
        'supergraph',
        supergraphPath,
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--config-path',
        join(root, 'bench/hive-gateway.config.mjs'),
      ],
      extraEnv,
    );
  startHive(4611, {});
  startHive(4613, { HIVE_DEDUPLICATE_READS: 'false' });
  const hiveUrl = 'http://127.0.0.1:4611/graphql';
  const hivePlainUrl = 'http://127.0.0.1:4613/graphql';
  for (const url of [oursUrl, oursPlainUrl, hiveUrl, hivePlainUrl]) await waitFor(url, readerToken);

  const rows: string[] = [];
  const plainRows: string[] = [];
  const overheadRows: string[] = [];
  const pick = (runs: Measurement[]) => ({
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p95: median(runs.map((r) => r.p95)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  });
  const row = (name: string, a: Measurement, h: Measurement) =>
    `| ${name} | ${a.rps.toFixed(0)} | ${a.p50} / ${a.p95} / ${a.p99} | ${h.rps.toFixed(0)} | ${h.p50} / ${h.p95} / ${h.p99} | **${(a.rps / h.rps).toFixed(2)}** | ${a.errors + h.errors} |`;
  for (const workload of chosen) {
    for (const url of [oursUrl, hiveUrl, oursPlainUrl, hivePlainUrl]) {
      await verify(url, workload);
      await load(url, workload, { duration: 2 });
    }
    const oursRuns: Measurement[] = [];
    const hiveRuns: Measurement[] = [];
    for (let round = 0; round < 2; round++) {
      oursRuns.push(await load(oursUrl, workload, {}));
      hiveRuns.push(await load(hiveUrl, workload, {}));
    }
    const a = pick(oursRuns);
    const h = pick(hiveRuns);
    const plainOurs = await load(oursPlainUrl, workload, {});
    const plainHive = await load(hivePlainUrl, workload, {});
    console.log(
      `${workload.name}: ours ${a.rps.toFixed(0)} req/s, hive ${h.rps.toFixed(0)} req/s; every read sent: ours ${plainOurs.rps.toFixed(0)}, hive ${plainHive.rps.toFixed(0)}`,
    );
    rows.push(row(workload.name, a, h));
    plainRows.push(row(workload.name, plainOurs, plainHive));
    if (workload.owner) {
      const direct = await load(urls[workload.owner] as string, workload, {});
      const via = await load(oursUrl, workload, {});
      const viaPlain = await load(oursPlainUrl, workload, {});
      const ratio = (m: Measurement) => (m.p50 / Math.max(direct.p50, 1)).toFixed(2);
      overheadRows.push(
        `| ${workload.name} | ${workload.owner} | ${direct.rps.toFixed(0)} / ${direct.p50} | ${via.rps.toFixed(0)} / ${via.p50} | **${ratio(via)}** | ${viaPlain.rps.toFixed(0)} / ${viaPlain.p50} | **${ratio(viaPlain)}** |`,
      );
    }
  }

  console.log(`memory: ${memoryRequests} requests through our gateway…`);
  const dashboard = workloads[0] as Workload;
  await load(oursUrl, dashboard, { amount: 2_000 });
  const before = rssMiB(ours.pid as number);
  await load(oursUrl, dashboard, { amount: memoryRequests });
  const after = rssMiB(ours.pid as number);

  console.log('statements per operation…');
  const counts: Record<string, number> = {};
  const databases = Object.fromEntries(
    hubSubgraphs.map(({ definition }) => [
      definition.name,
      {
        onQuery: () => {
          counts[definition.name] = (counts[definition.name] ?? 0) + 1;
        },
      },
    ]),
  );
  const hub = await startHub({ auth: issuer.auth, port: 0, databases });
  const statementRows: string[] = [];
  for (const workload of workloads) {
    for (const name of Object.keys(counts)) counts[name] = 0;
    await verify(hub.url, workload);
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    statementRows.push(
      `| ${workload.name} | ${total} | ${Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')} |`,
    );
  }
  await hub.stop();

  // The package.json of a dependency, by its path from the repository root.
  const version = (pkg: string) =>
    (
      JSON.parse(readFileSync(join(root, pkg), 'utf8')) as {
        version: string;
      }
    ).version;
  const report = `# Gateway benchmark

Made by \`pnpm bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, @apollo/gateway ${version('gateway/node_modules/@apollo/gateway/package.json')}, @graphql-hive/gateway ${version('node_modules/@graphql-hive/gateway/package.json')}. Subgraphs on PostgreSQL in one process, each gateway in its own process with one worker, the load generator (autocannon, ${connections} connections, ${seconds} s a run) in a third; everything on this one machine, so the absolute numbers are low and the **ratios** are what to read. Each figure of the first table is the median of two runs, ours and Hive's alternating. Latencies in ms.

## Our gateway against Hive Gateway (same supergraph, same subgraphs)

Both with their default settings: each shares one subgraph fetch among identical reads in flight at
the same moment (same subgraph, same headers and token, same body). Under this load, sixteen clients
asking the same question, that sharing saves many subgraph requests. Ours also keeps answers that
touch only public reference data (the municipalities subgraph marks them \`public, max-age=300\`):
of these workloads, only the Gemeinden reference list is such an answer.

| workload | ours req/s | ours p50 / p95 / p99 | Hive req/s | Hive p50 / p95 / p99 | ours / Hive | errors |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

## The same with every subgraph read sent (sharing off in both gateways)

The per-request cost of each gateway (one run each; ours with \`GATEWAY_DEDUPLICATE_READS=false\`
and \`GATEWAY_RESPONSE_CACHE=false\`, Hive with \`deduplicateInflightRequests: false\`).

| workload | ours req/s | ours p50 / p95 / p99 | Hive req/s | Hive p50 / p95 / p99 | ours / Hive | errors |
| --- | --- | --- | --- | --- | --- | --- |
${plainRows.join('\n')}

## Gateway overhead (operations with one owning subgraph)

req/s / p50 in ms; ratio = p50 through the gateway / p50 of the subgraph called directly (target ≤ 1.3).

| workload | subgraph | direct | via gateway | p50 ratio | via gateway, every read sent, no cache | p50 ratio |
| --- | --- | --- | --- | --- | --- | --- |
${overheadRows.join('\n')}

## Memory of our gateway

RSS after 2,000 warm-up requests (the heap has grown to its working size by then): ${before.toFixed(1)} MiB; after ${memoryRequests.toLocaleString('en')} more dashboard requests: ${after.toFixed(1)} MiB (growth ${(((after - before) / before) * 100).toFixed(1)} %, target < 10 %).

## SQL statements per operation (all subgraphs together)

| workload | statements | per subgraph |
| --- | --- | --- |
${statementRows.join('\n')}
`;
  // A partial run only prints: the committed table stays the one of a full run.
  if (!only.length) writeFileSync(join(root, 'bench/results.md'), report);
  console.log(report);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
