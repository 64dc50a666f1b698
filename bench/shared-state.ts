/**
 * `pnpm -s tsx bench/shared-state.ts`: what keeping the gateway's state in Redis (`REDIS_URL`) costs
 * per request. Two gateway processes (gateway/src/main.ts) in front of the same subgraphs (PGlite,
 * from the test snapshots) — one with state in the process, one with a Redis of its own — get the
 * same load in alternating runs (local, redis, local, redis, …); the table shows the median req/s of
 * each, their ratio and the gateway's CPU time per request (from /proc, user + system). Not part of
 * `pnpm test`; BENCH_SECONDS (default 5) per run, BENCH_RUNS (default 3) runs per gateway.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startTestHub } from '../test/support/hub.ts';
import { startTestRedis } from '../test/support/redis-server.ts';
import { cpuSeconds, median } from './support.ts';

// The subgraphs' one JSON line per request would be most of the output.
process.env.LOG_LEVEL ??= 'warn';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const connections = 8;

const redis = await startTestRedis();
const hub = await startTestHub();
const token = (await hub.readerHeaders()).authorization as string;
const children: ChildProcess[] = [];

/** Starts gateway/src/main.ts with `extra` settings; resolves with its URL and pid once it is ready. */
async function startGateway(extra: Record<string, string>): Promise<{ url: string; pid: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../gateway/', import.meta.url).pathname,
    env: {
      ...process.env,
      PORT: '0',
      GRAPHIQL: 'false',
      LOG_LEVEL: 'warn',
      ...Object.fromEntries(
        Object.entries(hub.subgraphs).map(([name, subgraph]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraph.url]),
      ),
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const url = /ready at (\S+)/.exec(line)?.[1];
      if (url) resolve({ url, pid: child.pid as number });
    });
  });
}

try {
  // The gateways verify the test hub's tokens with its issuer's keys, served here as a JWKS.
  const jwks = createServer((_req, res) => res.end(JSON.stringify(hub.issuer.auth.jwks)));
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const issuerEnv = {
    AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as { port: number }).port}/`,
    AUTH_ISSUER: hub.issuer.auth.issuer as string,
    AUTH_AUDIENCE: hub.issuer.auth.audience as string,
  };
  const gateways = {
    local: await startGateway(issuerEnv),
    redis: await startGateway({ ...issuerEnv, REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'kaz:bench:' }),
  };
  const workloads = [
    { name: '`{ __typename }` (gateway only)', body: { query: '{ __typename }' } },
    {
      name: 'projects, first 20 (one subgraph)',
      body: { query: '{ projects(first: 20) { nodes { id title phase } } }' },
    },
  ];
  const rows: string[] = [];
  for (const workload of workloads) {
    const results: Record<'local' | 'redis', { rps: number[]; cpuMs: number[] }> = {
      local: { rps: [], cpuMs: [] },
      redis: { rps: [], cpuMs: [] },
    };
    for (let run = 0; run <= runs; run++) {
      for (const name of ['local', 'redis'] as const) {
        const gateway = gateways[name];
        const before = cpuSeconds(gateway.pid);
        const result = await autocannon({
          url: gateway.url,
          method: 'POST',
          connections,
          duration: run === 0 ? 2 : seconds,
          headers: { 'content-type': 'application/json', authorization: token },
          body: JSON.stringify(workload.body),
        });
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers`);
        // Run 0 warms up (plans, connections, JIT) and is not counted.
        if (run === 0) continue;
        results[name].rps.push(result.requests.average);
        results[name].cpuMs.push(((cpuSeconds(gateway.pid) - before) * 1000) / result.requests.total);
      }
    }
    const [local, shared] = [results.local, results.redis];
    rows.push(
      `| ${workload.name} | ${median(local.rps).toFixed(0)} | ${median(shared.rps).toFixed(0)} | ` +
        `${(median(shared.rps) / median(local.rps)).toFixed(2)} | ${median(local.cpuMs).toFixed(2)} | ${median(shared.cpuMs).toFixed(2)} |`,
    );
  }
  console.log(
    [
      `${runs} alternating runs of ${seconds} s per gateway, ${connections} connections, ${cpus().length} cores, ` +
        `load average at the end ${loadavg()[0]?.toFixed(1)}; subgraphs on PGlite.`,
      '',
      '| workload | req/s local | req/s Redis | Redis / local | gateway CPU ms/request local | … Redis |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  jwks.close();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await redis.stop();
  await hub.stop();
}
