/**
 * Benchmark helper, run as a child process of bench/subgraph-efficiency.ts: starts ONE subgraph
 * (its name the first argument) on a fresh, seeded PostgreSQL database (BENCH_DATABASE_URL names the
 * server), on a free port, prints one JSON line `{ "url": …, "pid": … }` and runs until SIGTERM, when
 * it drops the database again. One subgraph per process, so that the process's CPU time is that
 * subgraph's alone. Tokens: the local development issuer in DEV_ISSUER_DIR.
 *
 * With BENCH_CPU_PROFILE=<file>, SIGUSR2 starts V8's CPU profiler and the next SIGUSR2 writes the
 * profile (`.cpuprofile`, as `node --cpu-prof` does) to that file: a profile of the load alone,
 * without the start.
 *
 * The script is also copied into the baseline's worktree and run there, so it uses only what the
 * baseline has too: `startSubgraph`, `createTestDatabase`, `authConfigFromEnv`, scripts/subgraphs.ts.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { authConfigFromEnv } from '@kaz/auth';
import { createTestDatabase } from '@kaz/db/testing';
import { startSubgraph } from '@kaz/subgraph-kit';
import { hubSubgraphs } from '../scripts/subgraphs.ts';

const name = process.argv[2];
const entry = hubSubgraphs.find(({ definition }) => definition.name === name);
if (!entry) throw new Error(`no subgraph named ${name}`);
process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const auth = await authConfigFromEnv(process.env);
const database = await createTestDatabase(`bench_${name}`);
const running = await startSubgraph(entry.definition, {
  auth,
  port: 0,
  database: { ...database.config, poolSize: 10 },
});
console.log(JSON.stringify({ url: running.url, pid: process.pid }));

const profileFile = process.env.BENCH_CPU_PROFILE;
if (profileFile) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGUSR2', async () => {
    if (!profiling) {
      profiling = true;
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
      return;
    }
    profiling = false;
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
  });
}

process.once('SIGTERM', async () => {
  await running.stop();
  await database.drop();
  process.exit(0);
});
