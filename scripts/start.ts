/**
 * `pnpm start`: the whole hub in one process — five subgraphs on the embedded database (PGlite),
 * migrated and seeded, on free ports, and the gateway on PORT (default 4000).
 *
 * Environment: PORT, HOST, DATA_DIR (keep PGlite data in DATA_DIR/<subgraph> between runs),
 * <SUBGRAPH>_DATABASE_URL (e.g. PROJECTS_DATABASE_URL) to put one subgraph on PostgreSQL, with
 * <SUBGRAPH>_MIGRATION_DATABASE_URL for the owner role that migrates (then the first names the
 * serving role), and the token settings (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE; the local
 * development issuer otherwise, refused in production mode). Production mode (NODE_ENV=production or
 * HUB_MODE=production) loads no sample data unless SEED_SAMPLE_DATA=true, and shows no suggestions
 * in errors.
 * LOG_LEVEL defaults to `warn` here (one JSON line per request from six servers would bury the
 * banner; `LOG_LEVEL=info pnpm start` shows them); OTEL_EXPORTER_OTLP_ENDPOINT sends trace spans.
 */
import { join } from 'node:path';
import { authConfigFromEnv, isProduction } from '@kaz/auth';
import type { DatabaseConfig } from '@kaz/db';
import { sampleDataFromEnv } from '@kaz/subgraph-kit';
import { startTracing } from '@kaz/telemetry';
import { startHub } from './hub.ts';
import { defaultSnapshotDirectory, snapshotFiles } from './snapshots.ts';
import { hubSubgraphs } from './subgraphs.ts';

const port = process.env.PORT ? Number(process.env.PORT) : 4000;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT is not a port number: ${process.env.PORT}`);
  process.exit(1);
}

const databases: Record<string, DatabaseConfig> = {};
const migrationDatabases: Record<string, DatabaseConfig> = {};
for (const { definition } of hubSubgraphs) {
  const url = process.env[`${definition.name.toUpperCase()}_DATABASE_URL`];
  const ownerUrl = process.env[`${definition.name.toUpperCase()}_MIGRATION_DATABASE_URL`];
  const dataDir = process.env.DATA_DIR ? join(process.env.DATA_DIR, definition.name) : undefined;
  databases[definition.name] = url ? { url } : { dataDir };
  if (ownerUrl) migrationDatabases[definition.name] = { url: ownerUrl };
}

const sampleData = sampleDataFromEnv(process.env);
// Databases in memory start from a migrated and seeded snapshot (see scripts/snapshots.ts).
const snapshots =
  process.env.HUB_SNAPSHOTS === 'false'
    ? undefined
    : snapshotFiles(
        process.env.HUB_SNAPSHOT_DIR || defaultSnapshotDirectory,
        hubSubgraphs.map(({ definition }) => definition.name),
        { sampleData, seed: true },
      );

process.env.LOG_LEVEL ||= 'warn';
const tracing = startTracing({ serviceName: 'kaz-hub' });
const auth = await authConfigFromEnv(process.env);
const hub = await startHub({
  auth,
  port,
  host: process.env.HOST || '127.0.0.1',
  databases,
  migrationDatabases,
  sampleData,
  snapshots,
  hideSuggestions: isProduction(process.env),
});
for (const [name, subgraph] of Object.entries(hub.subgraphs))
  console.log(`  subgraph ${name.padEnd(15)} ${subgraph.url}`);
// Counted from the start of this Node.js process (module loading included), not of this script.
console.log(`\nKaz federation hub ready in ${process.uptime().toFixed(1)} s`);
console.log(`GraphQL endpoint and GraphiQL: ${hub.url}`);
console.log(
  auth.jwksUrl
    ? `Tokens: issued by ${auth.issuer}`
    : 'Tokens: local development issuer; the token that shows everything: pnpm -s token:mint --org kaz --scope all',
);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the hub…`);
  await hub.stop();
  await tracing.shutdown();
  console.log('stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
