import { pendingMigrations } from '@kaz/db';
import { type Kysely, type Migration, sql } from 'kysely';
import type { ReadinessReport } from './server.ts';

/** The report when the database does not answer, fails, or takes too long. */
const UNREACHABLE: ReadinessReport = { ready: false, checks: { database: 'unreachable', migrations: 'unknown' } };

/** How long `/health/ready` waits for the database before calling it unreachable. */
const READINESS_TIMEOUT_MS = 5_000;

/**
 * Whether the database answers (`select 1`) and has applied every migration of the definition.
 * Never throws; a database that does not answer within 5 s counts as unreachable.
 */
export async function databaseReadiness(
  db: Kysely<unknown>,
  migrations: Record<string, Migration>,
): Promise<ReadinessReport> {
  const check = async (): Promise<ReadinessReport> => {
    await sql`select 1`.execute(db);
    const pending = await pendingMigrations(db, migrations);
    return pending.length === 0
      ? { ready: true, checks: { database: 'ok', migrations: 'current' } }
      : { ready: false, checks: { database: 'ok', migrations: `pending: ${pending.join(', ')}` } };
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessReport>((resolve) => {
    timer = setTimeout(() => resolve(UNREACHABLE), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().catch(() => UNREACHABLE), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
