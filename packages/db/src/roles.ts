import { type Kysely, sql } from 'kysely';

/** Tables the serving role may only read: kysely's migration bookkeeping. */
const READ_ONLY_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
/** Tables the serving role may read and append to, never change: the audit log. */
const APPEND_ONLY_TABLES = new Set(['audit_log']);

/**
 * PostgreSQL only. Gives `serviceRole` exactly what a serving subgraph needs on the tables of schema
 * `public`, as the owner who ran the migrations: SELECT, INSERT, UPDATE and DELETE on its own
 * tables, SELECT and INSERT on `audit_log`, SELECT on kysely's migration tables, and the sequences.
 * Everything granted to the role on those tables before is revoked first, so that the grants are
 * exactly these after every migration run. Not being the owner, the role can neither ALTER, DROP nor
 * TRUNCATE a table, nor disable or drop the append-only trigger of the audit log. Runs in one
 * transaction; call it after `migrateToLatest` on the owner's connection.
 */
export async function grantServiceRole(db: Kysely<any>, serviceRole: string): Promise<void> {
  if (!/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(serviceRole)) throw new Error(`not a role name: ${serviceRole}`);
  const role = sql.id(serviceRole);
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string }>`
      select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(trx);
    await sql`grant usage on schema public to ${role}`.execute(trx);
    for (const { name } of rows) {
      const table = sql.id('public', name);
      await sql`revoke all on ${table} from ${role}`.execute(trx);
      const rights = READ_ONLY_TABLES.has(name)
        ? sql`select`
        : APPEND_ONLY_TABLES.has(name)
          ? sql`select, insert`
          : sql`select, insert, update, delete`;
      await sql`grant ${rights} on ${table} to ${role}`.execute(trx);
    }
    await sql`grant usage, select on all sequences in schema public to ${role}`.execute(trx);
  });
}

/** The user name of a PostgreSQL connection URL (`postgres://kaz_security@db/security` → `kaz_security`). */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('the database URL names no user (role)');
  return user;
}
