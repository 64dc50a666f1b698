/**
 * `pnpm start`: the whole hub in one process — the subgraphs of scripts/hub-subgraphs.json on the
 * embedded database (PGlite), migrated and seeded, on free ports, and the gateway on PORT (default 4000).
 *
 * Environment: PORT, HOST, DATA_DIR (keep PGlite data in DATA_DIR/<subgraph> between runs),
 * <SUBGRAPH>_DATABASE_URL (e.g. PROJECTS_DATABASE_URL) to put one subgraph on PostgreSQL, with
 * <SUBGRAPH>_MIGRATION_DATABASE_URL for the owner role that migrates (then the first names the
 * serving role), and the token settings (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE; the local
 * development issuer otherwise, refused in production mode). Production mode (NODE_ENV=production or
 * HUB_MODE=production) loads no sample data unless HUB_PRODUCTION_SAMPLE_DATA=true (and then says so
 * loudly; SEED_SAMPLE_DATA=true is refused there), and shows no suggestions in errors.
 * GATEWAY_ENGINE=hive puts Hive Gateway (MIT) in front of the subgraphs instead of our gateway
 * (docs/hive-gateway.md); `apollo` or unset: ours.
 * LOG_LEVEL defaults to `warn` here (one JSON line per request from six servers would bury the
 * banner; `LOG_LEVEL=info pnpm start` shows them); OTEL_EXPORTER_OTLP_ENDPOINT sends trace spans.
 *
 * Order matters for the start time: the in-memory databases start loading their snapshots in a
 * worker thread first, and only then does this process load the gateway's and the subgraphs' code
 * (seconds of module loading on the main thread, while the worker boots the databases on another core).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DatabaseConfig } from '@kaz/db';
import { PGliteWorkerHost } from '@kaz/db/pglite-worker';
import { isInMemory } from '@kaz/subgraph-kit/in-memory';
import { productionSampleDataWarning, sampleDataFromEnv } from '@kaz/subgraph-kit/sample-data';
import { type GatewayEngine, gatewayEngineFromEnv } from './gateway-engine.ts';
import { hubSubgraphNames } from './hub-names.ts';
import { removeHubUrls, writeHubUrls } from './hub-urls.ts';
import { defaultSnapshotDirectory, loadSnapshots, snapshotFiles } from './snapshots.ts';

const port = process.env.PORT ? Number(process.env.PORT) : 4000;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT is not a port number: ${process.env.PORT}`);
  process.exit(1);
}

let engine: GatewayEngine;
try {
  engine = gatewayEngineFromEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const databases: Record<string, DatabaseConfig> = {};
const migrationDatabases: Record<string, DatabaseConfig> = {};
for (const name of hubSubgraphNames) {
  const url = process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const ownerUrl = process.env[`${name.toUpperCase()}_MIGRATION_DATABASE_URL`];
  const dataDir = process.env.DATA_DIR ? join(process.env.DATA_DIR, name) : undefined;
  databases[name] = url ? { url } : { dataDir };
  if (ownerUrl) migrationDatabases[name] = { url: ownerUrl };
}

let sampleData: boolean;
try {
  sampleData = sampleDataFromEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const sampleDataWarning = productionSampleDataWarning(process.env);
// Databases in memory start from a migrated and seeded snapshot (see scripts/snapshots.ts), loaded in
// a worker thread that starts now.
const snapshots =
  process.env.HUB_SNAPSHOTS === 'false'
    ? undefined
    : snapshotFiles(process.env.HUB_SNAPSHOT_DIR || defaultSnapshotDirectory, hubSubgraphNames, {
        sampleData,
        seed: true,
      });
const worker = snapshots ? new PGliteWorkerHost() : undefined;
const snapshotDatabases =
  worker && snapshots
    ? loadSnapshots(worker, snapshots, (name) =>
        isInMemory({ database: databases[name], migrationDatabase: migrationDatabases[name] }),
      )
    : undefined;

const [
  { authConfigFromEnv, isProduction, loadOrCreateDevIssuer, DEFAULT_DEV_ISSUER_DIR },
  { startTracing },
  { startHub },
] = await Promise.all([import('@kaz/auth'), import('@kaz/telemetry'), import('./hub.ts')]);

process.env.LOG_LEVEL ||= 'warn';
const tracing = startTracing({ serviceName: 'kaz-hub' });
const auth = await authConfigFromEnv(process.env);
// The reference audit behind the gateway's kaz_dangling_references reads every work order and
// procedure: with REFERENCE_AUDIT_TOKEN (a Kaz token with projects:write, contracts:write and security:read), or,
// with the local development issuer, a token it mints for each run.
const auditToken = process.env.REFERENCE_AUDIT_TOKEN;
const devIssuer = auth.jwksUrl
  ? undefined
  : await loadOrCreateDevIssuer(process.env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
const referenceAudit = auditToken
  ? { authorization: async () => `Bearer ${auditToken}` }
  : devIssuer
    ? {
        authorization: async () =>
          `Bearer ${await devIssuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'], ttl: '5m', subject: 'reference-audit@kaz' })}`,
      }
    : undefined;
// In development the calendar feed's tokens become bearer tokens of the local issuer; the secret is
// CALENDAR_FEED_SECRET or one per process (feed URLs then last until the hub stops). With a real
// issuer the gateway takes feed URLs only once a token exchange is configured (docs/access-control.md).
const calendarFeed = devIssuer && {
  secret: process.env.CALENDAR_FEED_SECRET || randomBytes(32).toString('hex'),
  mintAccessToken: (p: { sub: string; org: string; scopes: string[] }) =>
    devIssuer.sign({ org: p.org, subject: p.sub, scopes: p.scopes, ttl: '2m' }),
};
// The Programm-Cockpit at /cockpit/ (scripts/cockpit-hosting.ts; built by scripts/launch.mjs).
const { cockpitHostingFromEnv } = await import('./cockpit-hosting.ts');
const cockpit = cockpitHostingFromEnv(process.env, devIssuer);
// CORS_ALLOWED_ORIGINS: pages of these origins (the cockpit served elsewhere) may call /graphql.
const { corsOriginsFromEnv } = await import('@kaz/gateway');
const hub = await startHub({
  engine,
  gateway: { ...(calendarFeed ? { calendarFeed } : {}), cockpit, corsAllowedOrigins: corsOriginsFromEnv(process.env) },
  auth,
  port,
  host: process.env.HOST || '127.0.0.1',
  databases,
  migrationDatabases,
  sampleData,
  snapshots,
  snapshotDatabases,
  hideSuggestions: isProduction(process.env),
  referenceAudit,
});
// Where this hub's subgraphs listen, for `pnpm references:check` in another shell (removed on stop).
writeHubUrls(Object.fromEntries(Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.url])));
for (const [name, subgraph] of Object.entries(hub.subgraphs))
  console.log(`  subgraph ${name.padEnd(15)} ${subgraph.url}`);
// Counted from the start of this Node.js process (module loading included), not of this script.
console.log(`\nKaz federation hub ready in ${process.uptime().toFixed(1)} s`);
console.log(`GraphQL endpoint and GraphiQL: ${hub.url}`);
if (engine === 'hive') {
  console.log(
    'Gateway: Hive Gateway (GATEWAY_ENGINE=hive; without our limits, caches and cockpit: docs/hive-gateway.md)',
  );
} else if (cockpit) console.log(`Programm-Cockpit:              ${new URL('cockpit/', hub.url).href}`);
console.log(
  auth.jwksUrl
    ? `Tokens: issued by ${auth.issuer}`
    : 'Tokens: local development issuer; the token that shows everything: pnpm -s token:mint --org kaz --scope all',
);
if (sampleDataWarning) console.warn(`\n${sampleDataWarning}\n`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the hub…`);
  await hub.stop();
  removeHubUrls();
  await worker?.close();
  await tracing.shutdown();
  console.log('stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
