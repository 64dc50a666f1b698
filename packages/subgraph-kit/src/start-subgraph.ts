import type { BaseContext } from '@apollo/server';
import { type ConnectionCounts, type DatabaseConfig, openDatabase } from '@kaz/db';
import { createLogger, createMetricsRegistry } from '@kaz/telemetry';
import type { Kysely } from 'kysely';
import { systemClock } from './clock.ts';
import { databaseReadiness } from './database-readiness.ts';
import { isInMemory } from './in-memory.ts';
import { prepareDatabase } from './migrate-subgraph.ts';
import { referenceChecker } from './references.ts';
import { type RunningServer, serveSubgraph } from './server.ts';
import { openFromSnapshot, writeSnapshot } from './snapshot.ts';
import type { SubgraphConfig } from './subgraph-config.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';
import { databaseMetrics } from './telemetry.ts';

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
  const snapshot = config.snapshot && migrate && isInMemory(config) ? config.snapshot : undefined;
  const fromSnapshot = snapshot ? await openFromSnapshot(definition, config, databaseConfig, snapshot, logger) : null;
  const handle = fromSnapshot ?? (await openDatabase<DB>(databaseConfig));
  connections = handle.connections;
  const clock = config.clock ?? systemClock;
  const references = referenceChecker({
    urls: config.referenceOwners?.urls ?? {},
    timeoutMs: config.referenceOwners?.timeoutMs,
    signingSecret: config.referenceOwners?.signingSecret ?? config.defences?.gatewaySigningSecret,
  });
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
      context: (principal, authorization) =>
        definition.createContext(handle.db, principal, clock, references.forRequest(authorization)),
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
