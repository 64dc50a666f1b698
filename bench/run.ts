/**
 * `pnpm bench`: load on the hub started on PostgreSQL, our gateway against Hive Gateway with its
 * JavaScript query planner and with its Rust query planner (`@graphql-hive/router-runtime`), on the
 * same supergraph and subgraphs, against the subgraphs called directly, and our gateway with one and
 * with two worker processes. Writes its part of bench/results.md (between the `pnpm-bench` markers;
 * everything else in the file, such as the subgraph-efficiency block, stays as it is).
 *
 * Every configuration runs BENCH_ROUNDS times (default 3, at least 3), the configurations of one
 * workload alternating (A B C A B C A B C) after an uncounted warm-up round, and each figure is the
 * true median of its runs. Beside
 * req/s, the CPU time per request of the gateway's processes (all workers) and of the subgraphs'
 * process, from /proc: on a small machine throughput is capped by whichever process saturates first,
 * and the CPU a request costs is the figure that the other load on the machine distorts least.
 *
 * Not part of `pnpm test`. Needs PostgreSQL (BENCH_DATABASE_URL, default the local server) and Linux
 * (/proc); runs in about 17 minutes on 2 cores. BENCH_SECONDS sets the length of one measured run
 * (default 6), BENCH_MEMORY_REQUESTS the number of requests of the memory check (default 20,000),
 * BENCH_ONLY a comma-separated list of words that picks the workloads whose names contain one of them
 * (for a quick look while working on one: it only prints; the committed results come from a full run).
 * BENCH_PROFILE=<directory> starts our gateway (sharing and caching off) and Hive Gateway with the Rust
 * planner with `node --cpu-prof` and writes, next to each profile, the time windows of its measured runs;
 * `pnpm exec tsx bench/profile-summary.ts <directory>/<name>` then lists the top self-time frames within
 * them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startHub } from '../scripts/hub.ts';
import { hubSubgraphs } from '../scripts/subgraphs.ts';
import { benchSetup, median, type Workload } from './support.ts';

const root = new URL('../', import.meta.url).pathname;
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const rounds = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const connections = 16;
const memoryRequests = Number(process.env.BENCH_MEMORY_REQUESTS ?? 20_000);
const resultsPath = join(root, 'bench/results.md');
const { work, env, issuer, readerToken, workloads } = await benchSetup('kaz-bench-');
const startedAt = new Date();
const loadAtStart = loadavg();
const loadSamples: number[] = [];
// The hub this script starts in its own process for the statement counts logs at warn too, as the
// servers it spawns (benchSetup).
process.env.LOG_LEVEL = 'warn';
const children: ChildProcess[] = [];
const profileDir = process.env.BENCH_PROFILE;
/** Per profiled server: when it was spawned and its measured windows (ms since then). */
const profiled = new Map<string, { spawnedAt: number; windows: [number, number][] }>();
/** `node --cpu-prof` arguments for server `name` when BENCH_PROFILE is set. */
function profileArgs(name: string): string[] {
  if (!profileDir) return [];
  profiled.set(name, { spawnedAt: Date.now(), windows: [] });
  return ['--cpu-prof', '--cpu-prof-dir', join(profileDir, name)];
}

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
  for (let attempt = 0; attempt < 480; attempt++) {
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

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU ticks (user + system) of process `pid` and of every Node.js process below it (gateway workers;
 * not tsx's esbuild helper), by pid.
 */
function cpuTicks(pid: number): Map<number, number> {
  const parents = new Map<number, number>();
  const helpers = new Set<number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces): state ppid … utime (14th) stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'esbuild') helpers.add(Number(entry));
    parents.set(Number(entry), Number(fields[1]));
    ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
  }
  const tree = new Set([pid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grown = true;
      }
    }
  }
  return new Map([...tree].filter((p) => !helpers.has(p)).map((p) => [p, ticks.get(p) ?? 0]));
}

/** Ticks used between two readings of `cpuTicks`, by pid (a process that appeared in between counts from 0). */
function ticksBetween(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  return new Map([...after].map(([pid, ticks]) => [pid, ticks - (before.get(pid) ?? 0)]));
}
const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

interface Measurement {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  completed: number;
  /** CPU ms per completed request of the measured server (all its processes). */
  cpuMs: number;
  /** CPU ms per completed request of the subgraphs' process. */
  subgraphCpuMs: number;
  /** Share of the measured server's CPU per process (for the workers), largest first. */
  shares: number[];
}

async function load(
  url: string,
  workload: Workload,
  options: { duration?: number; amount?: number },
): Promise<Omit<Measurement, 'cpuMs' | 'subgraphCpuMs' | 'shares'>> {
  // Only successful answers count: a refusal (429, 5xx) is fast and would flatter the figures.
  const latencies: number[] = [];
  const began = performance.now();
  const slow = workload.slow ? { connections: connections / 2, duration: (options.duration ?? seconds) * 2 } : {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? seconds }),
        ...slow,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${workload.token}` },
        body: JSON.stringify({ query: workload.query, variables: workload.variables ?? {} }),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) latencies.push(responseTime);
    });
  });
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    rps: latencies.length / elapsed,
    p50: ms(at(0.5)),
    p95: ms(at(0.95)),
    p99: ms(at(0.99)),
    errors: result.errors + result.non2xx + result.timeouts,
    completed: latencies.length,
  };
}

/** One measured run against `server` (its process tree is `pid`), with the CPU it and the subgraphs used. */
async function measure(url: string, pid: number, subgraphPid: number, workload: Workload): Promise<Measurement> {
  loadSamples.push(loadavg()[0] as number);
  const before = cpuTicks(pid);
  const subgraphsBefore = cpuTicks(subgraphPid);
  const run = await load(url, workload, {});
  const used = ticksBetween(before, cpuTicks(pid));
  const subgraphsUsed = sum(ticksBetween(subgraphsBefore, cpuTicks(subgraphPid)).values());
  const perRequest = (ticks: number) => (ticks / ticksPerSecond / Math.max(run.completed, 1)) * 1000;
  const total = sum(used.values());
  // The primary of a cluster only hands out connections: the workers' shares are what shows whether both serve.
  const served = [...used.entries()].filter(([p]) => p !== pid || used.size === 1).map(([, t]) => t);
  return {
    ...run,
    cpuMs: perRequest(total),
    subgraphCpuMs: perRequest(subgraphsUsed),
    shares: served.map((t) => t / Math.max(sum(served), 1)).sort((a, b) => b - a),
  };
}

interface Answer {
  data: string;
  cached: boolean;
  plan?: { kind?: string } | undefined;
}

/**
 * Checks that a server answers the workload without errors before it is measured, and returns its
 * data, whether a second identical request came from a response cache (an `age` header, as Apollo's
 * response cache sets it), and the query plan when the server exposes it (Hive's Rust planner here).
 */
async function verify(url: string, workload: Workload, options = { twice: true }): Promise<Answer> {
  const ask = () =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${workload.token}`,
        'x-bench-query-plan': '1',
      },
      body: JSON.stringify({ query: workload.query, variables: workload.variables ?? {} }),
    });
  const response = await ask();
  const body = (await response.json()) as { data?: unknown; errors?: unknown[]; extensions?: { queryPlan?: never } };
  if (body.errors) throw new Error(`${workload.name} at ${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  let cached = false;
  if (options.twice) {
    const again = await ask();
    await again.arrayBuffer();
    cached = again.headers.has('age');
  }
  return { data: JSON.stringify(body.data), cached, plan: body.extensions?.queryPlan };
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** A configuration measured for a workload: one server, how it runs. */
interface Configuration {
  key: 'ours' | 'hiveJs' | 'hiveRust' | 'oursDefault' | 'hiveDefault' | 'direct' | 'ours2';
  url: string;
  pid: number;
}

try {
  console.log('starting the subgraphs on PostgreSQL…');
  const subgraphProcess = start(process.execPath, ['--import', 'tsx', 'bench/subgraphs.ts'], {});
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: subgraphProcess.stdout as NodeJS.ReadableStream }).once('line', resolve);
    subgraphProcess.once('exit', (code) => reject(new Error(`subgraphs exited with ${code}`)));
  });
  const { urls } = JSON.parse(firstLine) as { urls: Record<string, string> };
  const subgraphPid = subgraphProcess.pid as number;

  const overrides = Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]),
  );
  const plain = { GATEWAY_DEDUPLICATE_READS: 'false', GATEWAY_RESPONSE_CACHE: 'false' };
  // GATEWAY_COST_PER_MINUTE=0: the load generator is one client with one token, and the per-client cost
  // budget would refuse it within a minute (HTTP 429); Hive Gateway has no such budget.
  const startOurs = (port: number, extraEnv: Record<string, string>, node: string[] = []) =>
    start(process.execPath, [...node, '--import', 'tsx', 'gateway/src/main.ts'], {
      ...overrides,
      GATEWAY_COST_PER_MINUTE: '0',
      PORT: String(port),
      ...extraEnv,
    });
  // With its default settings: shares identical subgraph reads in flight and keeps public answers.
  const oursDefault = startOurs(4610, {});
  // Every subgraph read sent, no response cache: the engine comparison and the overhead ratio.
  const ours = startOurs(4612, plain, profileArgs('ours'));
  // Two workers with the default settings, against oursDefault: there the gateway, not the subgraphs,
  // uses most of the CPU of a request, which is where a second worker can help.
  const ours2 = chosen.some((w) => w.workers) ? startOurs(4614, { GATEWAY_WORKERS: '2' }) : undefined;

  let supergraph = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8');
  for (const { definition, defaultPort } of hubSubgraphs) {
    supergraph = supergraph.replace(`http://localhost:${defaultPort}/graphql`, urls[definition.name] as string);
  }
  const supergraphPath = join(work, 'supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  const startHive = (port: number, extraEnv: Record<string, string>, node: string[] = []) =>
    start(
      process.execPath,
      [
        ...node,
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
  const hiveDefault = startHive(4611, {});
  const hiveJs = startHive(4613, { HIVE_DEDUPLICATE_READS: 'false' });
  const hiveRust = startHive(
    4615,
    { HIVE_DEDUPLICATE_READS: 'false', HIVE_ROUTER_RUNTIME: 'true' },
    profileArgs('hiveRust'),
  );
  const servers = {
    ours: { url: 'http://127.0.0.1:4612/', pid: ours.pid as number },
    hiveJs: { url: 'http://127.0.0.1:4613/graphql', pid: hiveJs.pid as number },
    hiveRust: { url: 'http://127.0.0.1:4615/graphql', pid: hiveRust.pid as number },
    oursDefault: { url: 'http://127.0.0.1:4610/', pid: oursDefault.pid as number },
    hiveDefault: { url: 'http://127.0.0.1:4611/graphql', pid: hiveDefault.pid as number },
    ours2: { url: 'http://127.0.0.1:4614/', pid: (ours2?.pid ?? 0) as number },
  };
  for (const [key, { url }] of Object.entries(servers)) if (key !== 'ours2' || ours2) await waitFor(url, readerToken);

  const results = new Map<string, Map<Configuration['key'], Measurement[]>>();
  const cachedAnswers = new Set<string>();
  const differences: string[] = [];
  const plans: string[] = [];
  for (const workload of chosen) {
    const configurations: Configuration[] = [
      { key: 'ours', ...servers.ours },
      { key: 'hiveJs', ...servers.hiveJs },
      { key: 'hiveRust', ...servers.hiveRust },
      { key: 'oursDefault', ...servers.oursDefault },
      { key: 'hiveDefault', ...servers.hiveDefault },
      ...(workload.owner ? [{ key: 'direct' as const, url: urls[workload.owner] as string, pid: subgraphPid }] : []),
      ...(workload.workers && ours2 ? [{ key: 'ours2' as const, ...servers.ours2 }] : []),
    ];
    const answers = new Map<Configuration['key'], Answer>();
    for (const configuration of configurations) {
      answers.set(configuration.key, await verify(configuration.url, workload));
    }
    // Evidence that the Rust planner made the plan Hive executed: router-runtime's plan in the answer.
    const rustPlan = answers.get('hiveRust')?.plan;
    if (rustPlan?.kind !== 'QueryPlan') throw new Error(`${workload.name}: Hive's Rust planner returned no query plan`);
    if (answers.get('hiveJs')?.plan)
      throw new Error(`${workload.name}: Hive's JavaScript planner gateway runs router-runtime`);
    plans.push(workload.name);
    for (const [key, answer] of answers) {
      if (answer.cached) cachedAnswers.add(`${workload.name}/${key}`);
      if (key !== 'direct' && answer.data !== answers.get('ours')?.data) differences.push(`${workload.name}: ${key}`);
    }
    const runs = new Map<Configuration['key'], Measurement[]>();
    // Round 0 warms every server up (its JIT compiler, caches, connections) and is not counted: measured
    // on this machine, a gateway's CPU per request still fell by a third from its first run to its third
    // after a 2-second warm-up.
    for (let round = 0; round <= rounds; round++) {
      for (const configuration of configurations) {
        const began = Date.now();
        const m = await measure(configuration.url, configuration.pid, subgraphPid, workload);
        if (round === 0) continue;
        const profile = profiled.get(configuration.key);
        profile?.windows.push([began - profile.spawnedAt, Date.now() - profile.spawnedAt]);
        runs.set(configuration.key, [...(runs.get(configuration.key) ?? []), m]);
        console.log(
          `${workload.name} · round ${round} · ${configuration.key}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, ${m.cpuMs.toFixed(2)} ms CPU/request (subgraphs ${m.subgraphCpuMs.toFixed(2)}), load ${loadavg()[0]?.toFixed(1)}`,
        );
      }
    }
    results.set(workload.name, runs);
  }

  console.log(`memory: ${memoryRequests} requests through our gateway…`);
  const dashboard = workloads[0] as Workload;
  await load(servers.oursDefault.url, dashboard, { amount: 2_000 });
  const before = rssMiB(servers.oursDefault.pid);
  await load(servers.oursDefault.url, dashboard, { amount: memoryRequests });
  const after = rssMiB(servers.oursDefault.pid);

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
    await verify(hub.url, workload, { twice: false });
    const total = sum(Object.values(counts));
    statementRows.push(
      `| ${workload.name} | ${total} | ${Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')} |`,
    );
  }
  await hub.stop();

  // The median of one figure over the runs of one configuration of one workload.
  const figure = (workload: string, key: Configuration['key'], pick: (m: Measurement) => number) =>
    median((results.get(workload)?.get(key) ?? []).map(pick));
  const has = (workload: string, key: Configuration['key']) => (results.get(workload)?.get(key)?.length ?? 0) > 0;
  const rps = (w: string, k: Configuration['key']) => figure(w, k, (m) => m.rps);
  const cpu = (w: string, k: Configuration['key']) => figure(w, k, (m) => m.cpuMs);
  const errors = (w: string, keys: Configuration['key'][]) =>
    sum(keys.flatMap((k) => (results.get(w)?.get(k) ?? []).map((m) => m.errors)));
  const cell = (w: string, k: Configuration['key']) => `${rps(w, k).toFixed(0)} · ${cpu(w, k).toFixed(2)} ms`;
  const latency = (w: string, k: Configuration['key']) =>
    `${figure(w, k, (m) => m.p50)} / ${figure(w, k, (m) => m.p95)} / ${figure(w, k, (m) => m.p99)}`;
  const spread = (w: string, k: Configuration['key']) =>
    (results.get(w)?.get(k) ?? []).map((m) => m.rps.toFixed(0)).join(', ');
  const names = chosen.map((w) => w.name);
  const cacheMark = (w: string, k: Configuration['key']) => (cachedAnswers.has(`${w}/${k}`) ? ' †' : '');
  const ratio = (a: number, b: number) => (a > 0 && b > 0 ? (a / b).toFixed(2) : 'n/a');

  const engineRows = names.map(
    (w) =>
      `| ${w} | ${cell(w, 'ours')} | ${cell(w, 'hiveJs')} | ${cell(w, 'hiveRust')} | **${ratio(rps(w, 'ours'), rps(w, 'hiveJs'))}** | **${ratio(rps(w, 'ours'), rps(w, 'hiveRust'))}** | ${ratio(cpu(w, 'hiveRust'), cpu(w, 'ours'))} | ${figure(w, 'ours', (m) => m.subgraphCpuMs).toFixed(2)} / ${figure(w, 'hiveRust', (m) => m.subgraphCpuMs).toFixed(2)} | ${errors(w, ['ours', 'hiveJs', 'hiveRust'])} |`,
  );
  const latencyRows = names.map(
    (w) => `| ${w} | ${latency(w, 'ours')} | ${latency(w, 'hiveJs')} | ${latency(w, 'hiveRust')} |`,
  );
  const runRows = names.flatMap((w) =>
    (['ours', 'hiveJs', 'hiveRust', 'oursDefault', 'hiveDefault', 'direct', 'ours2'] as const)
      .filter((k) => has(w, k))
      .map((k) => `| ${w} | ${k}${cacheMark(w, k)} | ${spread(w, k)} | ${rps(w, k).toFixed(0)} |`),
  );
  const defaultRows = names.map(
    (w) =>
      `| ${w} | ${cell(w, 'oursDefault')}${cacheMark(w, 'oursDefault')} | ${latency(w, 'oursDefault')} | ${cell(w, 'hiveDefault')}${cacheMark(w, 'hiveDefault')} | ${latency(w, 'hiveDefault')} | **${ratio(rps(w, 'oursDefault'), rps(w, 'hiveDefault'))}**${cacheMark(w, 'oursDefault') || cacheMark(w, 'hiveDefault')} | ${errors(w, ['oursDefault', 'hiveDefault'])} |`,
  );
  const overheadRows = chosen
    .filter((w) => w.owner && has(w.name, 'direct'))
    .flatMap((workload) => {
      const w = workload.name;
      const p50 = (k: Configuration['key']) => figure(w, k, (m) => m.p50);
      const row = (k: Configuration['key'], label: string) =>
        `| ${w} | ${label} | ${rps(w, 'direct').toFixed(0)} / ${p50('direct')} / ${cpu(w, 'direct').toFixed(2)} | ${rps(w, k).toFixed(0)} / ${p50(k)} / ${cpu(w, k).toFixed(2)} + ${figure(w, k, (m) => m.subgraphCpuMs).toFixed(2)} | **${ratio(p50(k), p50('direct'))}** | ${ratio(rps(w, k), rps(w, 'direct'))} |`;
      return [
        row('ours', `${workload.owner}; gateway with every read sent, no cache`),
        ...(cachedAnswers.has(`${w}/oursDefault`)
          ? [
              row(
                'oursDefault',
                `${workload.owner}; gateway default settings, **† response cache**, not a gateway cost`,
              ),
            ]
          : []),
      ];
    });
  const workerRows = names
    .filter((w) => has(w, 'ours2'))
    .map((w) => {
      const shares = (results.get(w)?.get('ours2') ?? []).map((m) =>
        m.shares.map((s) => `${(s * 100).toFixed(0)} %`).join(' + '),
      );
      return `| ${w} | ${cell(w, 'oursDefault')} | ${cell(w, 'ours2')} | **${ratio(rps(w, 'ours2'), rps(w, 'oursDefault'))}** | ${ratio(cpu(w, 'ours2'), cpu(w, 'oursDefault'))} | ${figure(w, 'oursDefault', (m) => m.subgraphCpuMs).toFixed(2)} / ${figure(w, 'ours2', (m) => m.subgraphCpuMs).toFixed(2)} | ${shares.join('; ')} | ${errors(w, ['oursDefault', 'ours2'])} |`;
    });

  // The package.json of a dependency, by its path from the repository root.
  const version = (pkg: string) => (JSON.parse(readFileSync(join(root, pkg), 'utf8')) as { version: string }).version;
  const plannerPackage = join(root, 'node_modules/.pnpm/node_modules/@graphql-hive/router-query-planner/package.json');
  const loads = loadSamples.length ? loadSamples : [loadavg()[0] as number];
  const minutes = ((Date.now() - startedAt.getTime()) / 60_000).toFixed(1);
  const block = `# Gateway benchmark

Made by \`pnpm bench\` (bench/run.ts), ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes} minutes.

**Environment:** ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}; @apollo/gateway ${version('gateway/node_modules/@apollo/gateway/package.json')}, @graphql-hive/gateway ${version('node_modules/@graphql-hive/gateway/package.json')}, @graphql-hive/router-runtime ${version('node_modules/@graphql-hive/router-runtime/package.json')}${existsSync(plannerPackage) ? ` (@graphql-hive/router-query-planner ${version('node_modules/.pnpm/node_modules/@graphql-hive/router-query-planner/package.json')})` : ''}.
**Load:** 1-minute load average ${loadAtStart[0]?.toFixed(1)} at the start; during the runs min ${Math.min(...loads).toFixed(1)}, median ${median(loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)} (this benchmark's own processes keep both cores busy, a load of about 3; above that, other agents' builds and tests shared the machine: absolute figures are low and vary, and the **ratios of alternating runs** and the **CPU per request** are what to read).

Subgraphs on PostgreSQL in one process; each gateway in its own process (one worker unless said), the load
generator (autocannon, ${connections} connections, ${seconds} s a run; for the nested Gemeinden ${connections / 2} connections,
${seconds * 2} s) in this one; only successful answers count; everything on this one machine. Every
figure is the true median of ${rounds} runs, the configurations of a workload alternating (A B C … A B C …),
after one uncounted warm-up round of the same length.
"CPU" is the CPU time (user + system, from /proc, all processes of the server) per completed request.
Our gateways run with the per-client cost budget off (\`GATEWAY_COST_PER_MINUTE=0\`): the load generator is
one client with one token, and the budget would answer it 429 within a minute.
Latencies in ms.

## Three engines, sharing and caching off in all

Ours with \`GATEWAY_DEDUPLICATE_READS=false\` and \`GATEWAY_RESPONSE_CACHE=false\`; Hive Gateway with
\`deduplicateInflightRequests: false\` (it has no response cache unless configured), once with its default
JavaScript query planner and once with \`HIVE_ROUTER_RUNTIME=true\` (the Rust query planner of
@graphql-hive/router-runtime). Evidence that the Rust planner ran: before measuring, that gateway returned the
plan it executed (router-runtime's \`useQueryPlan\`, \`kind: "QueryPlan"\`) for ${plans.length} of ${chosen.length} workloads, and the
JavaScript-planner gateway returned none. Every subgraph read is sent, so each gateway's own cost per request
is what differs.${differences.length ? ` **Answers differing from ours:** ${differences.join('; ')}.` : ' All three returned the same data for every workload.'}

Cells: req/s · gateway CPU per request.

| workload | ours | Hive, JS planner | Hive, Rust planner | ours / Hive JS (req/s) | ours / Hive Rust (req/s) | Hive Rust CPU / ours CPU | subgraphs CPU/request behind ours / Hive Rust | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${engineRows.join('\n')}

Latencies p50 / p95 / p99:

| workload | ours | Hive, JS planner | Hive, Rust planner |
| --- | --- | --- | --- |
${latencyRows.join('\n')}

## Default settings (sharing of identical reads in flight on in both; ours also keeps public answers)

Both gateways as they start without settings. Under this load, sixteen clients asking the same question,
sharing saves many subgraph requests. **†** marks figures a response cache produced: our gateway keeps
answers that touch only public reference data (the municipalities subgraph marks them
\`public, max-age=300\`), detected here by the \`age\` header on the second of two identical requests.
Those figures measure the cache, not the gateway.

Cells: req/s · gateway CPU per request.

| workload | ours | ours p50 / p95 / p99 | Hive (JS planner) | Hive p50 / p95 / p99 | ours / Hive | errors |
| --- | --- | --- | --- | --- | --- | --- |
${defaultRows.join('\n')}

## Gateway overhead (operations with one owning subgraph)

req/s / p50 ms / CPU ms per request (through the gateway: gateway CPU + subgraphs CPU); p50 ratio = p50
through our gateway / p50 of the subgraph called directly (target ≤ 1.3). The ratio that counts is the one
with every read sent and no cache; a row from the response cache is marked and is not a gateway figure.

| workload | subgraph; gateway settings | direct | via our gateway | p50 ratio | req/s ratio |
| --- | --- | --- | --- | --- | --- |
${overheadRows.join('\n')}

## Gateway workers: \`GATEWAY_WORKERS=1\` against \`2\`

Our gateway with its default settings (read sharing on; these workloads touch no cached public answer), one
process against a primary with two workers (the primary hands out connections; each worker runs a whole
gateway, with its own sharing). With the default settings the gateway, not the subgraphs, uses most of
the CPU of a request: where a second worker can help. CPU counts the primary and both workers. "Worker
shares": how the workers' CPU split in each run, which shows that both served. Cells: req/s · gateway
CPU per request.

| workload | 1 worker | 2 workers | req/s 2 / 1 | CPU/request 2 / 1 | subgraphs CPU/request 1 / 2 | worker shares (per run) | errors |
| --- | --- | --- | --- | --- | --- | --- | --- |
${workerRows.join('\n')}

## Memory of our gateway

RSS after 2,000 warm-up requests (the heap has grown to its working size by then): ${before.toFixed(1)} MiB; after ${memoryRequests.toLocaleString('en')} more dashboard requests: ${after.toFixed(1)} MiB (growth ${(((after - before) / before) * 100).toFixed(1)} %, target < 10 %).

## SQL statements per operation (all subgraphs together)

| workload | statements | per subgraph |
| --- | --- | --- |
${statementRows.join('\n')}

<details><summary>Every run (req/s, in the order measured) and its median</summary>

| workload | configuration | runs | median |
| --- | --- | --- | --- |
${runRows.join('\n')}

ours / hiveJs / hiveRust: sharing and caching off; oursDefault / hiveDefault: default settings; direct: the
owning subgraph without a gateway; ours2: ours with two workers, default settings.
</details>
`;
  console.log(block);
  for (const [name, { windows }] of profiled) {
    // Node writes the profile itself when the process exits, into this directory.
    mkdirSync(join(profileDir as string, name), { recursive: true });
    writeFileSync(join(profileDir as string, name, 'windows.json'), JSON.stringify(windows));
  }
  // A partial run only prints: the committed tables stay those of a full run.
  if (!only.length) writeFileSync(resultsPath, withBlock(readFileSync(resultsPath, 'utf8'), block));
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}

/**
 * The results file with this script's block replaced and everything else kept: the hand-written
 * sections and the block between the `subgraph-efficiency` markers (written by
 * bench/subgraph-efficiency.ts), which follows this script's block; its empty markers are added when
 * missing.
 */
function withBlock(old: string, block: string): string {
  const [open, close] = ['<!-- pnpm-bench:start -->', '<!-- pnpm-bench:end -->'];
  const [subOpen, subClose] = ['<!-- subgraph-efficiency:start -->', '<!-- subgraph-efficiency:end -->'];
  const ours = `${open}\n${block}${close}\n`;
  const begin = old.indexOf(open);
  const end = old.indexOf(close);
  let text = begin >= 0 && end > begin ? old.slice(0, begin) + ours + old.slice(end + close.length + 1) : ours + old;
  if (!text.includes(subOpen)) {
    const after = text.indexOf(close) + close.length + 1;
    text = `${text.slice(0, after)}\n${subOpen}\n${subClose}\n${text.slice(after)}`;
  }
  return text;
}
process.exit(0);
