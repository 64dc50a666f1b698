/**
 * Benchmark helper, run as a child process of bench/run.ts: starts the five subgraphs on fresh
 * PostgreSQL databases (BENCH_DATABASE_URL names the server), seeded, on free ports, prints one JSON
 * line `{ "urls": { name: url } }` and runs until SIGTERM. Tokens: the local development issuer in
 * DEV_ISSUER_DIR, shared with the gateways and the load generator.
 */
import { authConfigFromEnv } from '@kaz/auth';
import { createTestDatabase } from '@kaz/db/testing';
import type { RunningSubgraph } from '@kaz/subgraph-kit';
import { startSubgraph } from '@kaz/subgraph-kit';
import { hubSubgraphs } from '../scripts/subgraphs.ts';

const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const auth = await authConfigFromEnv(process.env);

// A new database per subgraph on that server, dropped again on SIGTERM.
process.env.TEST_DATABASE_URL = server;
const running: RunningSubgraph<unknown>[] = [];
const drops: (() => Promise<void>)[] = [];
for (const { definition } of hubSubgraphs) {
  const database = await createTestDatabase(`bench_${definition.name}`);
  drops.push(database.drop);
  running.push(await startSubgraph(definition, { auth, port: 0, database: { ...database.config, poolSize: 10 } }));
}
console.log(JSON.stringify({ urls: Object.fromEntries(running.map((s) => [s.name, s.url])) }));

process.once('SIGTERM', async () => {
  await Promise.all(running.map((s) => s.stop()));
  await Promise.all(drops.map((drop) => drop()));
  process.exit(0);
});
