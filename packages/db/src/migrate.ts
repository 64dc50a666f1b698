import { DEFAULT_MIGRATION_TABLE, type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';

/**
 * Brings the database to the newest migration. `migrations` maps a sortable name
 * (`2026_11_26_120000_create_projects`) to its up/down functions.
 * Throws with the failing migration's name when one fails; a failed migration leaves the
 * database at the last one that succeeded (PostgreSQL runs each in a transaction).
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
): Promise<MigrationResultSet['results']> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    const cause = error instanceof Error ? error : new Error(String(error));
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause.message}`, {
      cause,
    });
  }
  return results;
}

/**
 * The names in `migrations` that the database has not applied yet (none applied when kysely's
 * migration table is missing), in name order. Reads only: two short statements, no introspection and
 * no lock, so a readiness probe may call it often. Throws when the database does not answer.
 */
export async function pendingMigrations(db: Kysely<unknown>, migrations: Record<string, Migration>): Promise<string[]> {
  const table = await sql<{
    present: boolean;
  }>`select to_regclass(${DEFAULT_MIGRATION_TABLE}) is not null as present`.execute(db);
  const applied = new Set<string>();
  if (table.rows[0]?.present) {
    const names = await sql<{ name: string }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
    for (const row of names.rows) applied.add(row.name);
  }
  return Object.keys(migrations)
    .filter((name) => !applied.has(name))
    .sort();
}
