import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';

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
