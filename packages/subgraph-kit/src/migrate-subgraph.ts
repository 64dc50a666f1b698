import type { BaseContext } from '@apollo/server';
import { grantServiceRole, migrateToLatest, openDatabase, roleOfUrl } from '@kaz/db';
import type { Kysely } from 'kysely';
import type { SubgraphConfig } from './subgraph-config.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';

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
 * Seeds `db` as the settings say: unless `config.seed` is false, with the sample data unless
 * `config.sampleData` is false. The one reading of those two settings (a full migration and a snapshot
 * that needed migrations both seed through it).
 */
export async function seedDatabase<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: Pick<SubgraphConfig, 'seed' | 'sampleData'>,
  db: Kysely<DB>,
): Promise<void> {
  if (config.seed ?? true) await definition.seed(db, { sampleData: config.sampleData ?? true });
}

/**
 * Migrates and seeds: on `db` itself, or, with `config.migrationDatabase`, as the owner role, granting
 * the serving role of `config.database` its rights after the migrations and before the seed.
 */
export async function prepareDatabase<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: Pick<SubgraphConfig, 'database' | 'migrationDatabase' | 'seed' | 'sampleData'>,
  db?: Kysely<DB>,
): Promise<void> {
  if (!config.migrationDatabase) {
    if (!db) throw new Error('no database to migrate');
    await migrateToLatest(db as Kysely<unknown>, definition.migrations);
    await seedDatabase(definition, config, db);
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
    await seedDatabase(definition, config, owner.db);
  } finally {
    await owner.close();
  }
}
