import type { BaseContext } from '@apollo/server';
import { type AuthConfig, authConfigFromEnv, isProduction } from '@kaz/auth';
import type { DatabaseConfig, EmbeddedClient } from '@kaz/db';
import { listenAddressFromEnv, wholeNumberFromEnv } from '@kaz/http';
import type { Logger } from '@kaz/telemetry';
import type { Clock } from './clock.ts';
import type { ReferenceOwnersConfig } from './references.ts';
import { sampleDataFromEnv } from './sample-data.ts';
import type { SubgraphServerOptions } from './server.ts';

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
  /**
   * Let the seed load the sample data too (default true; `subgraphConfigFromEnv` turns it off in production
   * mode unless `HUB_PRODUCTION_SAMPLE_DATA=true`).
   */
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
  /**
   * Where the owner subgraphs of referenced records answer (`referenceChecker`); the signing secret
   * is taken from `defences` when not given. Default: none configured, so every reference check
   * answers REFERENCE_OWNER_UNREACHABLE.
   */
  referenceOwners?: ReferenceOwnersConfig | undefined;
  /** The subgraph's own operation limits, hard limits, body limit and gateway secret (see `SubgraphServerOptions`). */
  defences?: Pick<
    SubgraphServerOptions<BaseContext>,
    'limits' | 'hardLimits' | 'maxBodyBytes' | 'gatewaySigningSecret'
  >;
}

/**
 * Reads a subgraph's settings from the environment:
 * - `PORT` (default `defaultPort`), `HOST` (default 127.0.0.1);
 * - `DATABASE_URL` (PostgreSQL; PGlite when unset), `DATA_DIR` (PGlite data directory; in memory when
 *   unset); `MIGRATION_DATABASE_URL` (PostgreSQL as the owner role that migrates and seeds, while
 *   `DATABASE_URL` names the serving role; see docs/operations.md);
 * - `SEED_SAMPLE_DATA` (`true`/`false`; default true): load the sample data besides the reference
 *   data; in production mode only `HUB_PRODUCTION_SAMPLE_DATA=true` loads it and `SEED_SAMPLE_DATA=true`
 *   is refused (see `sampleDataFromEnv`);
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
 * - `SUBGRAPH_<NAME>_URL` (e.g. `SUBGRAPH_ORGANISATIONS_URL`, the same variables as the gateway's):
 *   where the owner subgraph of referenced records answers, and `REFERENCE_TIMEOUT_MS` (default 5000)
 *   how long it has (see `referenceOwnersFromEnv`);
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
    referenceOwners: referenceOwnersFromEnv(env),
  };
}

/**
 * The owner subgraphs' URLs from `SUBGRAPH_<NAME>_URL` (`SUBGRAPH_ORGANISATIONS_URL=http://…` →
 * `{ organisations: 'http://…' }`; empty values are ignored) and `REFERENCE_TIMEOUT_MS`.
 */
export function referenceOwnersFromEnv(env: NodeJS.ProcessEnv): ReferenceOwnersConfig {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match?.[1] && value) urls[match[1].toLowerCase()] = value;
  }
  return { urls, timeoutMs: wholeNumberFromEnv(env, 'REFERENCE_TIMEOUT_MS') };
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
