/**
 * `pnpm bench:subgraphs`: how efficiently the subgraphs answer, called directly (no gateway), on
 * PostgreSQL. Writes its tables into bench/results.md between `<!-- subgraph-efficiency:start -->` and
 * `<!-- subgraph-efficiency:end -->` (the rest of the file stays as it is).
 *
 * 1. Before/after: the Gemeinden reference list (the query of bench/run.ts) against the municipalities
 *    subgraph of a baseline commit (BASELINE, default a64a54c: the code before this work) and of the
 *    checked-out code, both on the same PostgreSQL server (each its own database, seeded the same),
 *    alternating baseline and current BENCH_ROUNDS times (default 3), each run BENCH_SECONDS long
 *    (default 10); true medians and their ratio. The baseline is a git worktree in a temporary
 *    directory, installed from the pnpm store (`pnpm install --frozen-lockfile --offline`).
 * 2. Per workload of bench/run.ts: the requests the gateway sends to each subgraph for it (recorded
 *    once through our gateway with sharing and caching off), replayed directly against that subgraph
 *    — with 16 connections: req/s, the subgraph's CPU time per request and the time its SQL
 *    statements took per request (the `kaz_db_statement_duration_seconds` metric); with one
 *    connection: the latency per request against its SQL time, the rest being the subgraph's own
 *    work (HTTP, GraphQL, serialisation, …).
 * 3. Where the CPU of the Gemeinden list goes: a V8 CPU profile of the current municipalities subgraph
 *    under that load, its self time by part (HTTP framework, GraphQL, Apollo Server, SQL driver, …).
 *
 * BENCH_PARTS=compare (or profile, workloads; comma-separated) runs only those parts, for a quick look
 * while working; it prints and leaves bench/results.md alone (the committed tables come from a full run).
 * BENCH_PROFILE_DIR=<directory> keeps the CPU profile of part 3 there (read it with
 * bench/profile-summary.ts, or open it in Chrome's DevTools).
 *
 * Each subgraph runs in its own process (bench/subgraph-process.ts), so that its CPU time is its own.
 * Needs PostgreSQL (BENCH_DATABASE_URL, default the local server); about 6 minutes on 2 cores.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { hubSubgraphNames } from '../scripts/hub-names.ts';
import { benchSetup, cpuSeconds, GEMEINDEN_QUERY, median } from './support.ts';

const root = new URL('../', import.meta.url).pathname;
const baselineRev = process.env.BASELINE ?? 'a64a54c';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 16;
const allParts = ['compare', 'profile', 'workloads'];
const parts = (process.env.BENCH_PARTS ?? allParts.join(','))
  .split(',')
  .map((part) => part.trim())
  .filter(Boolean);
if (parts.some((part) => !allParts.includes(part))) throw new Error(`BENCH_PARTS: some of ${allParts.join(', ')}`);
if (!(seconds > 0) || !Number.isInteger(rounds) || rounds < 1) {
  throw new Error('BENCH_SECONDS is a positive number and BENCH_ROUNDS a positive whole number');
}
const { work, env, readerToken, workloads } = await benchSetup('kaz-subgraph-efficiency-');
const children: ChildProcess[] = [];

/** A subgraph process: its GraphQL URL and process id. */
interface Subgraph {
  name: string;
  url: string;
  pid: number;
}

/** Starts one subgraph of the checkout at `checkout` in its own process (`script`, from the checkout's root). */
async function startSubgraph(
  checkout: string,
  script: string,
  name: string,
  extraEnv: Record<string, string> = {},
): Promise<Subgraph> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, name], {
    cwd: checkout,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${name} (${checkout}) exited with ${code}`)));
  });
  const { url, pid } = JSON.parse(line) as { url: string; pid: number };
  return { name, url, pid };
}

/** The subgraph's statement metrics so far: seconds all SQL statements took, and how many ran. */
async function statementTotals(subgraph: Subgraph): Promise<{ seconds: number; count: number }> {
  const text = await (await fetch(new URL('/metrics', subgraph.url))).text();
  const value = (suffix: string) =>
    Number(new RegExp(`^kaz_db_statement_duration_seconds_${suffix}\\{[^}]*\\} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { seconds: value('sum'), count: value('count') };
}

/** One HTTP request to a subgraph: its JSON body and the Authorization header it carries. */
interface SubgraphRequest {
  body: string;
  authorization: string;
}

/** What one load run against one subgraph measured; per request = per HTTP request. */
interface Measurement {
  rps: number;
  requests: number;
  cpuMsPerRequest: number;
  sqlMsPerRequest: number;
  statementsPerRequest: number;
  meanLatencyMs: number;
  errors: number;
}

/** Load on one subgraph: every connection sends `requests` in turn, for `duration` seconds. */
async function measure(
  subgraph: Subgraph,
  requests: SubgraphRequest[],
  duration: number,
  connectionCount = connections,
): Promise<Measurement> {
  const cpuBefore = cpuSeconds(subgraph.pid);
  const sqlBefore = await statementTotals(subgraph);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: subgraph.url,
        method: 'POST',
        connections: connectionCount,
        duration,
        requests: requests.map((request) => ({
          method: 'POST',
          body: request.body,
          headers: { 'content-type': 'application/json', authorization: request.authorization },
        })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
  });
  const sqlAfter = await statementTotals(subgraph);
  const cpu = cpuSeconds(subgraph.pid) - cpuBefore;
  const total = Math.max(result.requests.total, 1);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    cpuMsPerRequest: (cpu * 1000) / total,
    sqlMsPerRequest: ((sqlAfter.seconds - sqlBefore.seconds) * 1000) / total,
    statementsPerRequest: (sqlAfter.count - sqlBefore.count) / total,
    meanLatencyMs: result.latency.average,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/**
 * Checks that every request gets an answer without errors before it is measured; returns the last
 * answer and its size in bytes.
 */
async function verify(subgraph: Subgraph, requests: SubgraphRequest[]): Promise<{ body: unknown; bytes: number }> {
  let last = { body: undefined as unknown, bytes: 0 };
  for (const request of requests) {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: request.authorization },
      body: request.body,
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (!response.ok || body.errors) {
      throw new Error(`${subgraph.name}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
    }
    last = { body, bytes: Buffer.byteLength(text) };
  }
  return last;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** A git worktree of `rev` in the temporary directory, its dependencies installed from the store. */
function baselineCheckout(rev: string): string {
  const directory = join(work, 'baseline');
  execFileSync('git', ['worktree', 'add', '--detach', directory, rev], { cwd: root, stdio: 'ignore' });
  try {
    execFileSync('pnpm', ['install', '--frozen-lockfile', '--offline'], { cwd: directory, stdio: 'ignore' });
  } catch {
    // Something the store lacks (the baseline's lockfile differs): fetch it.
    execFileSync('pnpm', ['install', '--frozen-lockfile'], { cwd: directory, stdio: 'inherit' });
  }
  return directory;
}

/**
 * Records the requests our gateway (sharing and caching off, so every read is sent) makes to each
 * subgraph for one run of each workload: a recording proxy in front of every subgraph.
 */
async function recordSubgraphRequests(subgraphs: Subgraph[]): Promise<Map<string, Map<string, SubgraphRequest[]>>> {
  let recording: Map<string, SubgraphRequest[]> | undefined;
  const proxies = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const proxy = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const body = Buffer.concat(chunks).toString('utf8');
        if (recording && req.method === 'POST') {
          const list = recording.get(subgraph.name) ?? [];
          list.push({ body, authorization: String(req.headers.authorization ?? '') });
          recording.set(subgraph.name, list);
        }
        const answer = await fetch(subgraph.url, {
          method: req.method ?? 'POST',
          headers: forwardable(req.headers),
          ...(req.method === 'POST' ? { body } : {}),
        });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      return { name: subgraph.name, proxy, url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql` };
    }),
  );
  const gateway = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      PORT: '0',
      GATEWAY_DEDUPLICATE_READS: 'false',
      GATEWAY_RESPONSE_CACHE: 'false',
      ...Object.fromEntries(proxies.map((p) => [`SUBGRAPH_${p.name.toUpperCase()}_URL`, p.url])),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(gateway);
  try {
    const gatewayUrl = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: gateway.stdout as NodeJS.ReadableStream });
      lines.on('line', (line) => {
        const ready = /gateway ready at (http\S+)/.exec(line);
        if (ready) resolve(ready[1] as string);
      });
      gateway.once('exit', (code) => reject(new Error(`the gateway exited with ${code}`)));
    });
    const recorded = new Map<string, Map<string, SubgraphRequest[]>>();
    for (const workload of workloads) {
      recording = new Map();
      const response = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${workload.token}` },
        body: JSON.stringify({ query: workload.query }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${workload.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
      recorded.set(workload.name, recording);
      recording = undefined;
    }
    return recorded;
  } finally {
    gateway.kill('SIGTERM');
    for (const { proxy } of proxies) proxy.close();
  }
}

/** The headers a proxy passes on (not the ones that describe its own connection). */
function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const skip = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name, value]) => !skip.has(name) && typeof value === 'string')
      .map(([name, value]) => [name, value as string]),
  );
}

/** Self time of a V8 CPU profile by part of the stack, as shares of the busy (non-idle) time. */
function profileByPart(file: string): { part: string; share: number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const parts = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id);
    const part = frame ? partOf(frame) : 'other';
    parts.set(part, (parts.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  parts.delete('idle');
  const busy = [...parts.values()].reduce((sum, value) => sum + value, 0);
  return [...parts].map(([part, time]) => ({ part, share: time / busy })).sort((a, b) => b.share - a.share);
}

/** Which part of the server a profile frame belongs to, by its file. */
function partOf(frame: { functionName: string; url: string }): string {
  const { url, functionName } = frame;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  const rules: [RegExp, string][] = [
    [/\/graphql@/, 'graphql-js (execution, validation)'],
    [/@apollo\+server|@apollo\+utils|@as-integrations/, 'Apollo Server (request pipeline, plugins)'],
    [/@apollo\+subgraph|@apollo\+federation/, 'Apollo subgraph (federation)'],
    [/\/(pg|pg-protocol|pg-types|pg-pool)@|\/kysely@/, 'SQL driver (pg, kysely)'],
    [
      /\/(express|body-parser|raw-body|router|finalhandler|send|iconv-lite|on-finished|type-is|content-type|qs)@/,
      'HTTP framework (express, body parser)',
    ],
    [/\/pino|\/sonic-boom|\/thread-stream/, 'logging (pino)'],
    [/@opentelemetry/, 'tracing (OpenTelemetry)'],
    [/\/jose@|packages\/auth\//, 'auth (token verification)'],
    [/\/prom-client@/, 'metrics (prom-client)'],
    [/\/dataloader@|@pothos/, 'resolvers (Pothos, dataloader)'],
    [/packages\/limits\//, 'limits (@kaz/limits)'],
    [/packages\/telemetry\//, 'request scope (@kaz/telemetry)'],
    [/packages\/|subgraphs\//, 'our code (kit, subgraph)'],
    [
      /^node:(_http|http|net|stream|internal\/streams|internal\/http)|^node:internal\/(stream_base|child_process)/,
      'Node.js HTTP and sockets',
    ],
    [/^node:/, 'Node.js other'],
  ];
  for (const [pattern, part] of rules) if (pattern.test(url)) return part;
  // Native frames without a file: JSON.stringify, Buffer and string work, socket writes.
  return url ? 'other' : 'native (JSON, buffers, socket writes)';
}

try {
  console.log(`baseline ${baselineRev}: worktree and install…`);
  const baselineDir = baselineCheckout(baselineRev);
  // This checkout's process script, run in the baseline's tree (which may not have it).
  const baselineScript = 'bench/subgraph-efficiency-process.ts';
  copyFileSync(join(root, 'bench/subgraph-process.ts'), join(baselineDir, baselineScript));
  const baselineCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: baselineDir }).toString().trim();
  const currentCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root }).toString().trim();

  console.log('starting the subgraphs on PostgreSQL…');
  const before = await startSubgraph(baselineDir, baselineScript, 'municipalities');
  const profileFile = join(work, 'municipalities.cpuprofile');
  const current = new Map<string, Subgraph>();
  const names = parts.includes('workloads') ? hubSubgraphNames : ['municipalities'];
  for (const name of names) {
    current.set(
      name,
      await startSubgraph(
        root,
        'bench/subgraph-process.ts',
        name,
        name === 'municipalities' ? { BENCH_CPU_PROFILE: profileFile } : {},
      ),
    );
  }
  const after = current.get('municipalities') as Subgraph;
  const gemeinden: SubgraphRequest[] = [
    { body: JSON.stringify({ query: GEMEINDEN_QUERY, variables: {} }), authorization: `Bearer ${readerToken}` },
  ];
  await verify(before, gemeinden);
  const answer = await verify(after, gemeinden);
  const rows = (answer.body as { data: { municipalities: { nodes: unknown[] } } }).data.municipalities.nodes.length;
  const loadAtStart = loadavg()[0] ?? 0;

  console.log(`Gemeinden reference list, baseline ${baselineCommit} and current, alternating ${rounds}×…`);
  await measure(before, gemeinden, 3);
  await measure(after, gemeinden, 3);
  const beforeRuns: Measurement[] = [];
  const afterRuns: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    beforeRuns.push(await measure(before, gemeinden, seconds));
    afterRuns.push(await measure(after, gemeinden, seconds));
    const [b, a] = [beforeRuns.at(-1) as Measurement, afterRuns.at(-1) as Measurement];
    console.log(
      `  round ${round + 1}: baseline ${fixed(b.rps, 0)} req/s (${fixed(b.cpuMsPerRequest, 2)} ms CPU), current ${fixed(a.rps, 0)} req/s (${fixed(a.cpuMsPerRequest, 2)} ms CPU)`,
    );
  }
  const summary = (runs: Measurement[]) => ({
    rps: median(runs.map((r) => r.rps)),
    cpu: median(runs.map((r) => r.cpuMsPerRequest)),
    sql: median(runs.map((r) => r.sqlMsPerRequest)),
    latency: median(runs.map((r) => r.meanLatencyMs)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    each: runs.map((r) => fixed(r.rps, 0)).join(', '),
  });
  const b = summary(beforeRuns);
  const a = summary(afterRuns);
  const comparisonRows = [
    `| baseline ${baselineCommit} | ${b.each} | **${fixed(b.rps, 0)}** | ${fixed(b.cpu, 2)} | ${fixed(b.sql, 2)} | ${fixed(b.latency)} | ${b.errors} |`,
    `| current ${currentCommit}${dirty ? ' + uncommitted changes' : ''} | ${a.each} | **${fixed(a.rps, 0)}** | ${fixed(a.cpu, 2)} | ${fixed(a.sql, 2)} | ${fixed(a.latency)} | ${a.errors} |`,
  ];

  const profileRows: string[] = [];
  if (parts.includes('profile')) {
    console.log('profile of the current municipalities subgraph under the Gemeinden load…');
    process.kill(after.pid, 'SIGUSR2');
    await measure(after, gemeinden, seconds);
    process.kill(after.pid, 'SIGUSR2');
    for (let wait = 0; wait < 100 && !existsSync(profileFile); wait++) await new Promise((r) => setTimeout(r, 100));
    // BENCH_PROFILE_DIR: keep the profile there (for bench/profile-summary.ts or Chrome's DevTools).
    if (process.env.BENCH_PROFILE_DIR) {
      copyFileSync(profileFile, join(process.env.BENCH_PROFILE_DIR, 'CPU.municipalities.0.0.0.0.cpuprofile'));
    }
    for (const { part, share } of profileByPart(profileFile)) {
      if (share >= 0.005) profileRows.push(`| ${part} | ${fixed(share * 100)} % | ${fixed(share * a.cpu, 2)} |`);
    }
    console.log(profileRows.join('\n'));
  }

  const workloadRows: string[] = [];
  if (parts.includes('workloads')) console.log('recording the subgraph requests of each workload through the gateway…');
  const recorded = parts.includes('workloads') ? await recordSubgraphRequests([...current.values()]) : undefined;
  for (const workload of recorded ? workloads : []) {
    const perSubgraph: [string, SubgraphRequest[]][] = workload.owner
      ? [
          [
            workload.owner,
            [
              {
                body: JSON.stringify({ query: workload.query, variables: {} }),
                authorization: `Bearer ${workload.token}`,
              },
            ],
          ],
        ]
      : [...(recorded?.get(workload.name) ?? new Map<string, SubgraphRequest[]>())];
    for (const [name, requests] of perSubgraph) {
      const subgraph = current.get(name) as Subgraph;
      await verify(subgraph, requests);
      await measure(subgraph, requests, 2);
      const loaded = await measure(subgraph, requests, seconds);
      const serial = await measure(subgraph, requests, Math.max(3, seconds / 2), 1);
      const rest = serial.meanLatencyMs - serial.sqlMsPerRequest;
      console.log(
        `  ${workload.name} → ${name}: ${fixed(loaded.rps, 0)} req/s, ${fixed(loaded.cpuMsPerRequest, 2)} ms CPU/request; one connection: ${fixed(serial.meanLatencyMs, 2)} ms, SQL ${fixed(serial.sqlMsPerRequest, 2)} ms`,
      );
      workloadRows.push(
        `| ${workload.name} | ${name} | ${requests.length} | ${fixed(loaded.rps, 0)} | ${fixed(loaded.cpuMsPerRequest, 2)} | ${fixed(loaded.sqlMsPerRequest, 2)} | ${fixed(loaded.statementsPerRequest)} | ${fixed(serial.meanLatencyMs, 2)} | ${fixed(serial.sqlMsPerRequest, 2)} | ${fixed(rest, 2)} (${fixed((rest / Math.max(serial.meanLatencyMs, 0.001)) * 100, 0)} %) | ${loaded.errors + serial.errors} |`,
      );
    }
  }
  const loadAtEnd = loadavg()[0] ?? 0;

  const block = `<!-- subgraph-efficiency:start -->
# Subgraph efficiency (\`pnpm bench:subgraphs\`)

Made by \`pnpm bench:subgraphs\` (bench/subgraph-efficiency.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node.js ${process.version}, NODE_ENV=development and LOG_LEVEL=warn as in \`pnpm bench\`. Every subgraph in its own process on PostgreSQL (its own database, seeded), called directly (no gateway), the load generator (autocannon, ${connections} connections, ${seconds} s a run) in this process; all on this one machine, shared with other work (load average ${fixed(loadAtStart, 2)} at the start, ${fixed(loadAtEnd, 2)} at the end), so the **ratios** and the CPU time per request are what to read. No response cache anywhere: every request is executed.

## Gemeinden reference list, before and after

\`${GEMEINDEN_QUERY}\` (${rows} Kommunen, ${fixed(answer.bytes / 1000, 0)} kB of JSON) against the municipalities subgraph of the baseline and of the current code, on the same PostgreSQL server, runs alternating (baseline, current, …), ${rounds} each; the figures are true medians. CPU = the subgraph process's user + system time per request; SQL = the time its statements took per request (\`kaz_db_statement_duration_seconds\`; under load this includes waiting for the busy event loop).

| code | req/s of each run | median req/s | CPU ms / request | SQL ms / request | mean latency ms | errors |
| --- | --- | --- | --- | --- | --- | --- |
${comparisonRows.join('\n')}

**current / baseline: ×${fixed(a.rps / b.rps, 2)} req/s, ×${fixed(b.cpu / a.cpu, 2)} less CPU per request.**

## Where the subgraph's CPU goes (Gemeinden reference list, current code)

Self time of a V8 CPU profile of the municipalities subgraph over one ${seconds} s run, by the part of the server the code belongs to (share of the busy time; ms = share × CPU per request above).

| part | share | ms / request |
| --- | --- | --- |
${profileRows.join('\n')}

### What the cuts were

Each measured as it went in, the same way (\`BENCH_PARTS=compare BENCH_SECONDS=5 BENCH_ROUNDS=1\` with
\`BASELINE\` the commit before it: one run each, side by side).

- Cut 1: no plugin hooks a field any more. Apollo's cache-control plugin and the hard limits'
  \`willResolveField\` made Apollo wrap every field with its plugin dispatch (for this list 2,874
  fields a request, each with a cache policy object, closures and type checks): the
  \`Cache-Control\` header now follows from the answer's root fields (\`cacheControlPlugin\`, the same
  header: its test passes against the baseline too), and the guard check is a plain resolver wrapper
  (\`guardFieldResolvers\`). About a third less CPU per request.
- Cut 2: each answer is serialised once (the size check's JSON is the one sent): about 2 %.
- Cut 3: compiled execution (\`compiledExecution\`, graphql-jit behind Apollo Server's executor
  interface): each document is compiled once into a function that reads each field of each row
  directly, instead of graphql-js building a resolve-info and path object and checking types for
  every one of the 2,874 fields. 158 → 221 req/s, CPU 7.4 → 5.1 ms per request against the code
  before it. graphql-jit 0.8.9 turns marker strings in argument literals into code: a document with
  such a string is executed by graphql-js instead (a test sends the attack through HTTP).
- Cut 4: the list reads only the columns of the fields a request selects (\`connectionColumns\`:
  here 6 of 16, so PostgreSQL sends and pg parses a third of the text; whole rows only when a
  selected field is not mapped, and only whole rows prime the by-ARS loader); the guard wraps only
  resolvers that do work (not the property reads of \`t.expose…\`, which graphql-jit then inlines);
  cursors are encoded only when a client selects them. 140 → 316 req/s, CPU 8.3 → 3.5 ms per
  request against the code before cut 3 (so about 1.6× on top of cut 3).
- What is left is spread thinly (see the profile): garbage collection, building and writing the
  60 kB of JSON, and pg turning 479 rows into objects; no framework, logging, tracing or auth layer
  above a few per cent. Further: in production \`NODE_ENV=production\` and a larger V8 young
  generation (\`--max-semi-space-size=64\`: about 8 % less CPU in an earlier profile) for the
  subgraph processes; the same column selection for the other large lists and for \`_entities\`
  (the nested workload's rows below: 413 representations each, whole rows, dates parsed into
  \`Date\` objects).

## Every workload, direct from its subgraphs (current code)

The requests our gateway sends to each subgraph for one run of the workload (recorded through the gateway with sharing and caching off), replayed directly against that subgraph; for the two workloads one subgraph answers alone, the workload's own query, as \`pnpm bench\` sends it. "requests" = HTTP requests to that subgraph per workload; all other figures are per HTTP request. With ${connections} connections: throughput and CPU; with one connection: the latency against the SQL time, the rest being the subgraph's own work (HTTP, auth, GraphQL, serialisation).

| workload | subgraph | requests | req/s | CPU ms | SQL ms | statements | 1 connection: latency ms | SQL ms | rest ms | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${workloadRows.join('\n')}
<!-- subgraph-efficiency:end -->`;
  console.log(`\n${block}`);
  const resultsFile = join(root, 'bench/results.md');
  const existing = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const pattern = /<!-- subgraph-efficiency:start -->[\s\S]*?<!-- subgraph-efficiency:end -->/;
  // A partial run only prints: the committed tables stay the ones of a full run.
  if (parts.length === allParts.length)
    writeFileSync(
      resultsFile,
      pattern.test(existing) ? existing.replace(pattern, () => block) : `${existing.trimEnd()}\n\n${block}\n`,
    );
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  try {
    execFileSync('git', ['worktree', 'remove', '--force', join(work, 'baseline')], { cwd: root, stdio: 'ignore' });
  } catch {
    // Never made (the install failed first).
  }
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
