import { type Kysely, sql } from 'kysely';

// Issue 13: the OZG rollout per Kommune and OZG-Leistung (planned, in progress, online, with the
// "Einer für Alle" Land that built the online service where known), and the ministry that leads
// each OZG-Leistung (Federführung). Frozen in time like every migration: the status values and
// Länder codes are repeated here, not imported.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ozg_rollout')
    .addColumn('ars', 'text', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addColumn('ozg_service_id', 'text', (col) => col.notNull().references('ozg_service.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('PLANNED','IN_PROGRESS','ONLINE')`))
    .addColumn('online_since', 'date')
    .addColumn('efa_source', 'text', (col) =>
      col.check(sql`efa_source in ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')`),
    )
    .addColumn('is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('ozg_rollout_pkey', ['ars', 'ozg_service_id'])
    .execute();
  // The day a Leistung went online is known exactly when it is online.
  await sql`alter table ozg_rollout add constraint ozg_rollout_online_since_check
    check ((status = 'ONLINE') = (online_since is not null))`.execute(db);
  await db.schema.createIndex('ozg_rollout_ozg_service_idx').on('ozg_rollout').columns(['ozg_service_id']).execute();

  await db.schema
    .alterTable('ozg_service')
    .addColumn('lead_ministry_id', 'text')
    .addColumn('lead_ministry_is_sample', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex('ozg_service_lead_ministry_idx')
    .on('ozg_service')
    .columns(['lead_ministry_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('ozg_service_lead_ministry_idx').execute();
  await db.schema
    .alterTable('ozg_service')
    .dropColumn('lead_ministry_is_sample')
    .dropColumn('lead_ministry_id')
    .execute();
  await db.schema.dropTable('ozg_rollout').execute();
}
