import type { BaseContext } from '@apollo/server';
import { type AuthConfig, authConfigFromEnv, type Principal } from '@kaz/auth';
import { type DatabaseConfig, migrateToLatest, openDatabase } from '@kaz/db';
import type { GraphQLSchema } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import { type RunningServer, serveSubgraph } from './server.ts';

/** Everything that makes one subgraph: its schema, its migrations, its seed and its context. */
export interface SubgraphDefinition<DB, Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  migrations: Record<string, Migration>;
  /** Loads reference and sample data; must be idempotent (a second run changes nothing). */
  seed: (db: Kysely<DB>) => Promise<void>;
  /**
   * A fresh context for every request. `principal` is who the verified bearer token names, or null
   * for anonymous requests and for tokens that fail verification (they get public data only).
   */
  createContext: (db: Kysely<DB>, principal: Principal | null) => Context | Promise<Context>;
  /**
   * Set only when every answer of this subgraph is public reference data, the same for every caller
   * whatever their token: its responses are then marked `Cache-Control: public, max-age=<this many
   * seconds>`, and the gateway may cache operations that touch nothing else. Unset: never cached.
   */
  publicCacheMaxAge?: number | undefined;
}

/** How to run a subgraph: where it listens and where its data lives. */
export interface SubgraphConfig {
  /** Which tokens to accept. */
  auth: AuthConfig;
  port?: number | undefined;
  host?: string | undefined;
  database?: DatabaseConfig | undefined;
  /** Run the seed after migrating (default true). */
  seed?: boolean | undefined;
  /** Replaces the definition's `publicCacheMaxAge` (0: never mark responses cacheable). */
  cacheMaxAge?: number | undefined;
}

/** A running subgraph with its database handle (for tests and the hub's start script). */
export interface RunningSubgraph<DB> extends RunningServer {
  name: string;
  db: Kysely<DB>;
}

/**
 * Opens the subgraph's database, migrates it to the newest version, seeds it (unless told not to)
 * and serves the schema. `stop()` stops the server, then closes the database.
 */
export async function startSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: SubgraphConfig,
): Promise<RunningSubgraph<DB>> {
  const handle = await openDatabase<DB>(config.database);
  try {
    await migrateToLatest(handle.db as Kysely<unknown>, definition.migrations);
    if (config.seed ?? true) await definition.seed(handle.db);
    const server = await serveSubgraph({
      name: definition.name,
      schema: definition.schema,
      port: config.port ?? 0,
      host: config.host,
      auth: config.auth,
      context: (principal) => definition.createContext(handle.db, principal),
      publicCacheMaxAge:
        definition.publicCacheMaxAge === undefined ? undefined : (config.cacheMaxAge ?? definition.publicCacheMaxAge),
    });
    return {
      name: definition.name,
      url: server.url,
      db: handle.db,
      stop: async () => {
        await server.stop();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Reads a subgraph's settings from the environment: `PORT` (default `defaultPort`), `HOST`,
 * `DATABASE_URL` (PostgreSQL; PGlite when unset), `DATA_DIR` (PGlite data directory; in memory when
 * unset), `SEED` (`false` skips the seed), `CACHE_MAX_AGE` (seconds public reference data may be
 * cached; only for subgraphs whose data is all public) and the token settings of `authConfigFromEnv`.
 */
export async function subgraphConfigFromEnv(env: NodeJS.ProcessEnv, defaultPort: number): Promise<SubgraphConfig> {
  const port = env.PORT ? Number(env.PORT) : defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  return {
    auth: await authConfigFromEnv(env),
    port,
    host: env.HOST || '127.0.0.1',
    database: { url: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || undefined },
    seed: env.SEED !== 'false',
    cacheMaxAge: wholeSeconds(env, 'CACHE_MAX_AGE'),
  };
}

function wholeSeconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} is not a number of seconds: ${raw}`);
  return value;
}

/**
 * Prepares the database of a subgraph without serving it: migrates to the newest version and seeds
 * (unless `config.seed` is false). What `pnpm --filter @kaz/<subgraph> db:migrate` runs.
 */
export async function migrateSubgraph<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: Pick<SubgraphConfig, 'database' | 'seed'> = {},
): Promise<void> {
  const handle = await openDatabase<DB>(config.database);
  try {
    await migrateToLatest(handle.db as Kysely<unknown>, definition.migrations);
    if (config.seed ?? true) await definition.seed(handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * The body of a subgraph's `main.ts`: with `--migrate-only` it migrates and seeds, then exits;
 * otherwise it serves the subgraph and stops it cleanly on SIGINT/SIGTERM.
 */
export async function runSubgraphMain<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  defaultPort: number,
): Promise<void> {
  const config = await subgraphConfigFromEnv(process.env, defaultPort);
  if (process.argv.includes('--migrate-only')) {
    await migrateSubgraph(definition, config);
    console.log(`${definition.name}: database migrated${config.seed === false ? '' : ' and seeded'}`);
    return;
  }
  const running = await startSubgraph(definition, config);
  console.log(`${definition.name} subgraph ready at ${running.url}`);
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
