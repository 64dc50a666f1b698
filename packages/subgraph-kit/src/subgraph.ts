import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BaseContext } from '@apollo/server';
import { type AuthConfig, authConfigFromEnv, isProduction, type Principal } from '@kaz/auth';
import {
  type ConnectionCounts,
  type DatabaseConfig,
  type DatabaseHandle,
  type EmbeddedClient,
  grantServiceRole,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
  roleOfUrl,
} from '@kaz/db';
import { listenAddressFromEnv, wholeNumberFromEnv } from '@kaz/http';
import { createLogger, createMetricsRegistry, type Logger, startTracing } from '@kaz/telemetry';
import type { GraphQLSchema } from 'graphql';
import { type Kysely, type Migration, sql } from 'kysely';
import { type Clock, systemClock } from './clock.ts';
import { sampleDataFromEnv } from './sample-data.ts';
import { type ReadinessReport, type RunningServer, type SubgraphServerOptions, serveSubgraph } from './server.ts';
import { databaseMetrics } from './telemetry.ts';

/** Everything that makes one subgraph: its schema, its migrations, its seed and its context. */
export interface SubgraphDefinition<DB, Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  migrations: Record<string, Migration>;
  /**
   * Loads the reference data, and the sample data unless `options.sampleData` is false; must be
   * idempotent (a second run changes nothing).
   */
  seed: (db: Kysely<DB>, options?: SeedOptions) => Promise<void>;
  /**
   * A fresh context for every request. `principal` is who the verified bearer token names, or null
   * for anonymous requests and for tokens that fail verification (they get public data only).
   * `clock` is the server's clock (`SubgraphConfig.clock`): every "today" and "now" of a domain rule
   * comes from it.
   */
  createContext: (db: Kysely<DB>, principal: Principal | null, clock: Clock) => Context | Promise<Context>;
  /**
   * Set only when every answer of this subgraph is public reference data, the same for every caller
   * whatever their token: its responses are then marked `Cache-Control: public, max-age=<this many
   * seconds>`, and the gateway may cache operations that touch nothing else. Unset: never cached.
   */
  publicCacheMaxAge?: number | undefined;
}

/** What a seed run loads. */
export interface SeedOptions {
  /** Load the sample data besides the reference data (default true; off in production mode). */
  sampleData?: boolean | undefined;
}

/** How to run a subgraph: where it listens and where its data lives. */
export interface SubgraphConfig {
  /** Which tokens to accept. */
  auth: AuthConfig;
  port?: number | undefined;
  host?: string | undefined;
  database?: DatabaseConfig | undefined;
  /**
   * PostgreSQL only: the database as the role that owns its tables, for migrating and seeding. When
   * set, `database` must name the serving role, which the migration run grants exactly what it needs
   * (`grantServiceRole`: insert and read only on the audit log, no ownership). Unset: `database`
   * migrates too (PGlite, or one role for everything).
   */
  migrationDatabase?: DatabaseConfig | undefined;
  /**
   * Migrate the database to the newest version before serving (default true). With false the
   * migrations are left to a separate step (`--migrate-only`), and `/health/ready` answers 503 until
   * they are all applied.
   */
  migrate?: boolean | undefined;
  /** Run the seed after migrating (default true; never without migrating). */
  seed?: boolean | undefined;
  /**
   * PGlite in memory only (no `database.url`, no `database.dataDir`, no `migrationDatabase`, migrating):
   * a file holding the migrated and seeded data directory (a tarball) to start from instead of
   * migrating and seeding an empty database. The migrations still run (nothing to do on a current
   * snapshot, so `/health/ready` checks them as always). A missing, unreadable or unloadable file
   * means a full migration and seed, after which the file is written (temp file + rename). The
   * caller names the file by everything that determines its content (see scripts/snapshots.ts).
   */
  snapshot?: string | undefined;
  /**
   * With `snapshot`: the same file already loading elsewhere (`PGliteWorkerHost.load`, started before
   * the process loaded its modules), used instead of loading the file here. Its failure is the file's:
   * a full migration and seed in this thread, and a new file.
   */
  snapshotDatabase?: Promise<EmbeddedClient> | undefined;
  /** Let the seed load the sample data too (default true; `subgraphConfigFromEnv` turns it off in production). */
  sampleData?: boolean | undefined;
  /** Remove every "Did you mean …" suggestion from error messages (default false; on in production mode). */
  hideSuggestions?: boolean | undefined;
  /** Replaces the definition's `publicCacheMaxAge` (0: never mark responses cacheable). */
  cacheMaxAge?: number | undefined;
  /** JSON logs (default: `createLogger({ service: <subgraph name> })`). */
  logger?: Logger | undefined;
  /** See `SubgraphServerOptions.shutdownDelayMs` (default 0). */
  shutdownDelayMs?: number | undefined;
  /** See `SubgraphServerOptions.maxMutationsPerRequest` (default 10). */
  maxMutationsPerRequest?: number | undefined;
  /**
   * Where the domain rules take "now" from (today in Berlin, deadlines, days left); default
   * `systemClock`. Tests pass a `fixedClock`.
   */
  clock?: Clock | undefined;
  /** The subgraph's own operation limits, hard limits, body limit and gateway secret (see `SubgraphServerOptions`). */
  defences?: Pick<
    SubgraphServerOptions<BaseContext>,
    'limits' | 'hardLimits' | 'maxBodyBytes' | 'gatewaySigningSecret'
  >;
}

/** A running subgraph with its database handle (for tests and the hub's start script). */
export interface RunningSubgraph<DB> extends RunningServer {
  name: string;
  db: Kysely<DB>;
}

/**
 * Opens the subgraph's database, migrates it to the newest version and seeds it (unless told not
 * to) and serves the schema, with `/health/ready` checking that the database answers and has every
 * migration of the definition, and `/metrics` timing every SQL statement. `stop()` stops the server
 * gracefully (see `RunningServer.stop`), then closes the database; calling it again returns the same
 * promise.
 */
export async function startSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: SubgraphConfig,
): Promise<RunningSubgraph<DB>> {
  const logger = config.logger ?? createLogger({ service: definition.name });
  const registry = createMetricsRegistry();
  let connections: (() => ConnectionCounts) | undefined;
  const statements = databaseMetrics({ subgraph: definition.name, registry, connections: () => connections?.() });
  const onStatement = config.database?.onStatement;
  const databaseConfig: DatabaseConfig = {
    ...config.database,
    onStatement: (statement) => {
      onStatement?.(statement);
      statements.observe(statement);
    },
    onConnectionError:
      config.database?.onConnectionError ??
      ((error) => logger.warn({ err: error }, 'database connection lost; the pool replaces it')),
  };
  const migrate = config.migrate ?? true;
  const snapshot =
    config.snapshot && migrate && !config.database?.url && !config.database?.dataDir && !config.migrationDatabase
      ? config.snapshot
      : undefined;
  const fromSnapshot = snapshot ? await openFromSnapshot(definition, config, databaseConfig, snapshot, logger) : null;
  const handle = fromSnapshot ?? (await openDatabase<DB>(databaseConfig));
  connections = handle.connections;
  const clock = config.clock ?? systemClock;
  try {
    if (migrate && !fromSnapshot) {
      await prepareDatabase(definition, config, handle.db);
      if (snapshot) await writeSnapshot(handle, snapshot, logger);
    }
    const server = await serveSubgraph({
      name: definition.name,
      schema: definition.schema,
      port: config.port ?? 0,
      host: config.host,
      auth: config.auth,
      context: (principal) => definition.createContext(handle.db, principal, clock),
      publicCacheMaxAge:
        definition.publicCacheMaxAge === undefined ? undefined : (config.cacheMaxAge ?? definition.publicCacheMaxAge),
      logger,
      hideSuggestions: config.hideSuggestions,
      metrics: registry,
      readiness: () => databaseReadiness(handle.db as Kysely<unknown>, definition.migrations),
      shutdownDelayMs: config.shutdownDelayMs,
      maxMutationsPerRequest: config.maxMutationsPerRequest,
      ...config.defences,
    });
    let stopped: Promise<void> | undefined;
    return {
      name: definition.name,
      url: server.url,
      db: handle.db,
      stop: () => {
        stopped ??= server.stop().then(() => handle.close());
        return stopped;
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Opens the database from the snapshot file and brings it to the newest migration (seeding again if a
 * migration was missing). Null, with a warning, when the file is missing or does not load: the caller
 * then migrates and seeds from scratch and writes a fresh snapshot.
 */
async function openFromSnapshot<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: SubgraphConfig,
  databaseConfig: DatabaseConfig,
  file: string,
  logger: Logger,
): Promise<DatabaseHandle<DB> | null> {
  let source: Pick<DatabaseConfig, 'loadDataDir' | 'embedded'>;
  try {
    source = config.snapshotDatabase
      ? { embedded: await config.snapshotDatabase }
      : { loadDataDir: await readFile(file) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.warn({ err: error, snapshot: file }, 'snapshot unreadable; migrating and seeding from scratch');
    }
    return null;
  }
  let handle: DatabaseHandle<DB> | undefined;
  try {
    handle = await openDatabase<DB>({ ...databaseConfig, ...source });
    const applied = await migrateToLatest(handle.db as Kysely<unknown>, definition.migrations);
    if (applied?.length && (config.seed ?? true)) {
      await definition.seed(handle.db, { sampleData: config.sampleData ?? true });
    }
    return handle;
  } catch (error) {
    logger.warn({ err: error, snapshot: file }, 'snapshot does not load; migrating and seeding from scratch');
    await handle?.close().catch(() => {});
    return null;
  }
}

/** Writes the database's data directory to `file` (temp file + rename); a failure only warns. */
async function writeSnapshot<DB>(handle: DatabaseHandle<DB>, file: string, logger: Logger): Promise<void> {
  if (!handle.dumpDataDir) return;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const tarball = await handle.dumpDataDir();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, new Uint8Array(await tarball.arrayBuffer()));
    await rename(temporary, file);
  } catch (error) {
    logger.warn({ err: error, snapshot: file }, 'could not write the snapshot');
    await rm(temporary, { force: true }).catch(() => {});
  }
}

/** How long `/health/ready` waits for the database before calling it unreachable. */
const READINESS_TIMEOUT_MS = 5_000;

/**
 * Whether the database answers (`select 1`) and has applied every migration of the definition.
 * Never throws; a database that does not answer within 5 s counts as unreachable.
 */
async function databaseReadiness(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<ReadinessReport> {
  const check = async (): Promise<ReadinessReport> => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      return { ready: false, checks: { database: 'unreachable', migrations: 'unknown' } };
    }
    const pending = await pendingMigrations(db, migrations);
    return pending.length === 0
      ? { ready: true, checks: { database: 'ok', migrations: 'current' } }
      : { ready: false, checks: { database: 'ok', migrations: `pending: ${pending.join(', ')}` } };
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessReport>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, checks: { database: 'unreachable', migrations: 'unknown' } }),
      READINESS_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      check().catch(() => ({ ready: false, checks: { database: 'unreachable', migrations: 'unknown' } })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a subgraph's settings from the environment:
 * - `PORT` (default `defaultPort`), `HOST` (default 127.0.0.1);
 * - `DATABASE_URL` (PostgreSQL; PGlite when unset), `DATA_DIR` (PGlite data directory; in memory when
 *   unset); `MIGRATION_DATABASE_URL` (PostgreSQL as the owner role that migrates and seeds, while
 *   `DATABASE_URL` names the serving role; see docs/operations.md);
 * - `SEED_SAMPLE_DATA` (`true`/`false`; default true, but false in production mode): load the sample
 *   data besides the reference data;
 * - production mode (`NODE_ENV=production` or `HUB_MODE=production`): no suggestions in errors;
 * - `MIGRATE` (default `true`; `false` serves without migrating, leaving it to `--migrate-only`, and
 *   `/health/ready` answers 503 while a migration is missing), `SEED` (`false` skips the seed);
 * - `CACHE_MAX_AGE` (seconds public reference data may be cached; only for subgraphs whose data is
 *   all public);
 * - `SHUTDOWN_DELAY_MS` (default 0): on SIGTERM, how long `/health/ready` answers 503 `stopping` while
 *   requests are still served, before the port closes and requests in flight are drained;
 * - `MAX_MUTATIONS_PER_REQUEST` (default 10, 0 off): root mutation fields one request may run; more is
 *   refused whole with HTTP 429 RATE_LIMITED (the gateway checks the same, per principal and minute too);
 * - `LOG_LEVEL` (default `info`; `trace` … `fatal`, or `silent`): the level of the JSON log lines;
 * - `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` (+ `/v1/traces`): where to
 *   send trace spans over OTLP/HTTP (unset: no spans are recorded; `traceparent` still passes through);
 * - the subgraph's own limits (see `defencesFromEnv`);
 * - and the token settings of `authConfigFromEnv`.
 */
export async function subgraphConfigFromEnv(env: NodeJS.ProcessEnv, defaultPort: number): Promise<SubgraphConfig> {
  return {
    auth: await authConfigFromEnv(env),
    ...listenAddressFromEnv(env, defaultPort),
    database: { url: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || undefined },
    migrationDatabase: env.MIGRATION_DATABASE_URL ? { url: env.MIGRATION_DATABASE_URL } : undefined,
    migrate: env.MIGRATE !== 'false',
    seed: env.SEED !== 'false',
    sampleData: sampleDataFromEnv(env),
    hideSuggestions: isProduction(env),
    cacheMaxAge: wholeNumberFromEnv(env, 'CACHE_MAX_AGE'),
    shutdownDelayMs: wholeNumberFromEnv(env, 'SHUTDOWN_DELAY_MS'),
    maxMutationsPerRequest: wholeNumberFromEnv(env, 'MAX_MUTATIONS_PER_REQUEST'),
    defences: defencesFromEnv(env),
  };
}

/**
 * The subgraph's defences from the environment, each unset one at its default: `MAX_DEPTH`,
 * `MAX_ALIASES`, `MAX_TOKENS`, `MAX_DIRECTIVES`, `MAX_COST` (operation limits, as the gateway's),
 * `REQUEST_TIMEOUT_MS` (default 10000), `MAX_RESPONSE_BYTES` (default 8388608), `MAX_BODY_BYTES`
 * (default 5242880) and `GATEWAY_SIGNING_SECRET` (accept only requests the gateway signed with it).
 */
export function defencesFromEnv(env: NodeJS.ProcessEnv): NonNullable<SubgraphConfig['defences']> {
  const number = (name: string) => wholeNumberFromEnv(env, name);
  return {
    limits: {
      maxDepth: number('MAX_DEPTH'),
      maxAliases: number('MAX_ALIASES'),
      maxTokens: number('MAX_TOKENS'),
      maxDirectives: number('MAX_DIRECTIVES'),
      maxCost: number('MAX_COST'),
    },
    hardLimits: { requestTimeoutMs: number('REQUEST_TIMEOUT_MS'), maxResponseBytes: number('MAX_RESPONSE_BYTES') },
    maxBodyBytes: number('MAX_BODY_BYTES'),
    gatewaySigningSecret: env.GATEWAY_SIGNING_SECRET || undefined,
  };
}

/**
 * Prepares the database of a subgraph without serving it: migrates to the newest version and seeds
 * (unless `config.seed` is false). What `pnpm --filter @kaz/<subgraph> db:migrate` runs.
 */
export async function migrateSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: Pick<SubgraphConfig, 'database' | 'migrationDatabase' | 'seed' | 'sampleData'> = {},
): Promise<void> {
  if (config.migrationDatabase) {
    await prepareDatabase(definition, config);
    return;
  }
  const handle = await openDatabase<DB>(config.database);
  try {
    await prepareDatabase(definition, config, handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * Migrates and seeds: on `db` itself, or, with `config.migrationDatabase`, as the owner role, granting
 * the serving role of `config.database` its rights after the migrations and before the seed.
 */
async function prepareDatabase<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: Pick<SubgraphConfig, 'database' | 'migrationDatabase' | 'seed' | 'sampleData'>,
  db?: Kysely<DB>,
): Promise<void> {
  const seed = async (target: Kysely<DB>) => {
    if (config.seed ?? true) await definition.seed(target, { sampleData: config.sampleData ?? true });
  };
  if (!config.migrationDatabase) {
    if (!db) throw new Error('no database to migrate');
    await migrateToLatest(db as Kysely<unknown>, definition.migrations);
    await seed(db);
    return;
  }
  if (!config.database?.url || !config.migrationDatabase.url) {
    throw new Error('a separate migration database needs PostgreSQL URLs for both the owner and the serving role');
  }
  const serviceRole = roleOfUrl(config.database.url);
  const owner = await openDatabase<DB>({ url: config.migrationDatabase.url, poolSize: 1 });
  try {
    await migrateToLatest(owner.db as Kysely<unknown>, definition.migrations);
    await grantServiceRole(owner.db as Kysely<unknown>, serviceRole);
    await seed(owner.db);
  } finally {
    await owner.close();
  }
}

/**
 * The body of a subgraph's `main.ts`: with `--migrate-only` it migrates and seeds, then exits;
 * otherwise it starts tracing (service `kaz-<name>`), serves the subgraph and on SIGINT/SIGTERM stops
 * it gracefully, flushes the spans and exits. Logs JSON lines on stdout.
 */
export async function runSubgraphMain<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  defaultPort: number,
): Promise<void> {
  const config = await subgraphConfigFromEnv(process.env, defaultPort);
  const logger = createLogger({ service: definition.name });
  if (process.argv.includes('--migrate-only')) {
    await migrateSubgraph(definition, config);
    logger.info(`${definition.name}: database migrated${config.seed === false ? '' : ' and seeded'}`);
    return;
  }
  const tracing = startTracing({ serviceName: `kaz-${definition.name}` });
  const running = await startSubgraph(definition, { ...config, logger });
  logger.info({ url: running.url }, `${definition.name} subgraph ready at ${running.url}`);
  const shutdown = async (signal: string) => {
    logger.info(`${signal}: stopping`);
    await running.stop();
    await tracing.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'could not flush trace spans'));
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
