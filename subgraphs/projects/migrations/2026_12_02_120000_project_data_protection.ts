import { type Kysely, sql } from 'kysely';

// Issue 13: whether a project processes personal data, and the state of its Datenschutz-
// Folgenabschätzung (DSFA, data protection impact assessment, Art. 35 DSGVO). Existing projects get
// the defaults (no personal data, no DSFA needed) until the Kaz records their assessment. Frozen in
// time like every migration: the status values are repeated here, not imported.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('project')
    .addColumn('processes_personal_data', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('dpia_status', 'text', (col) =>
      col
        .notNull()
        .defaultTo('NOT_REQUIRED')
        .check(sql`dpia_status in ('NOT_REQUIRED','REQUIRED','IN_PROGRESS','COMPLETED')`),
    )
    .addColumn('dpia_completed_on', 'date')
    .execute();
  // A DSFA assesses a processing of personal data: without one there is nothing to assess.
  await sql`alter table project add constraint project_dpia_needs_personal_data_check
    check (processes_personal_data or dpia_status = 'NOT_REQUIRED')`.execute(db);
  // The day of completion is known exactly when the DSFA is completed.
  await sql`alter table project add constraint project_dpia_completed_on_check
    check ((dpia_status = 'COMPLETED') = (dpia_completed_on is not null))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table project drop constraint project_dpia_completed_on_check`.execute(db);
  await sql`alter table project drop constraint project_dpia_needs_personal_data_check`.execute(db);
  await db.schema
    .alterTable('project')
    .dropColumn('dpia_completed_on')
    .dropColumn('dpia_status')
    .dropColumn('processes_personal_data')
    .execute();
}
