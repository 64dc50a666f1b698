import { type ColumnType, type Generated, type Insertable, type Kysely, type Migration, sql } from 'kysely';

/** One row of a subgraph's audit log: who changed what, when, from what to what. */
export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: ColumnType<Date, never, never>;
  actor_subject: string;
  actor_org: string;
  operation: string;
  entity_type: string;
  entity_id: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

/** The tables every audited subgraph database has besides its own. */
export interface AuditDatabase {
  audit_log: AuditLogTable;
}

/**
 * The migration that creates `audit_log`, shared by every subgraph that has writes; spread it into
 * the subgraph's own migrations. Frozen in time like any migration: change the table with a new one.
 * The log is append-only by a trigger, so that not even the subgraph's own code (or someone with
 * its database credentials) can change or delete an entry.
 */
export const auditMigrations: Record<string, Migration> = {
  '2026_11_26_170000_create_audit_log': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('occurred_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
        .addColumn('actor_subject', 'text', (col) => col.notNull())
        .addColumn('actor_org', 'text', (col) => col.notNull())
        .addColumn('operation', 'text', (col) => col.notNull())
        .addColumn('entity_type', 'text', (col) => col.notNull())
        .addColumn('entity_id', 'text', (col) => col.notNull())
        .addColumn('before', 'jsonb')
        .addColumn('after', 'jsonb')
        .execute();
      await db.schema
        .createIndex('audit_log_entity_idx')
        .on('audit_log')
        .columns(['entity_type', 'entity_id'])
        .execute();
      await sql`
        create function audit_log_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
        end $$`.execute(db);
      await sql`create trigger audit_log_no_update_or_delete before update or delete on audit_log
        for each row execute function audit_log_append_only()`.execute(db);
      await sql`create trigger audit_log_no_truncate before truncate on audit_log
        for each statement execute function audit_log_append_only()`.execute(db);
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('audit_log').execute();
      await sql`drop function audit_log_append_only()`.execute(db);
    },
  },
};

/** Writes one audit entry in the caller's transaction. `before`/`after` are stored as JSON. */
export async function writeAuditEntry(
  db: Kysely<AuditDatabase>,
  entry: Omit<Insertable<AuditLogTable>, 'before' | 'after'> & { before: unknown; after: unknown },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      ...entry,
      before: entry.before == null ? null : JSON.stringify(entry.before),
      after: entry.after == null ? null : JSON.stringify(entry.after),
    })
    .execute();
}
