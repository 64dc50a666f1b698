import { type Kysely, sql } from 'kysely';

// Named recipients of an incident (TLP 2.0): organisations by key or Kommunen by ARS that may see
// the incident whatever its marking. They come after the audit log (2026_11_26_170000), which the
// access-control issue added in the same round.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident_recipient')
    .addColumn('incident_id', 'varchar(17)', (col) =>
      col.notNull().references('security_incident.id').onDelete('cascade'),
    )
    .addColumn('recipient', 'text', (col) => col.notNull().check(sql`recipient ~ '^([0-9]{12}|[a-z][a-z0-9_]{1,31})$'`))
    .addPrimaryKeyConstraint('incident_recipient_pk', ['incident_id', 'recipient'])
    .execute();
  // Visibility looks up "is this principal named on this incident" by recipient.
  await db.schema
    .createIndex('incident_recipient_recipient_idx')
    .on('incident_recipient')
    .columns(['recipient', 'incident_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incident_recipient').execute();
}
