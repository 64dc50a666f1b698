import type { DatabaseConfig } from '@kaz/db';

/**
 * Whether a subgraph with these database settings runs on an in-memory PGlite, which a snapshot can
 * fill: no PostgreSQL URL, no data directory, no separate migration database. `startSubgraph` uses a
 * snapshot only then, and `pnpm start` loads one ahead only then. Its own module (and package entry)
 * so that `pnpm start` can decide before it loads the kit.
 */
export function isInMemory(config: {
  database?: DatabaseConfig | undefined;
  migrationDatabase?: DatabaseConfig | undefined;
}): boolean {
  return !config.database?.url && !config.database?.dataDir && !config.migrationDatabase;
}
