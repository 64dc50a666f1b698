import { type Kysely, sql } from 'kysely';

/**
 * The Arbeitsprogramm of the Kaz (Umsetzungskonzept Kaz, §4.1): one programme a year, agreed in a
 * committee (the Steuerungsgremium), optionally by one of its decisions, and its items, each with the
 * organisation responsible, a due day, a status and the progress made, optionally linked to a project
 * of the projects subgraph by its key (no foreign key: the project lives in another database).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('work_programme')
    .addColumn('id', 'varchar(20)', (col) => col.primaryKey().check(sql`id ~ '^ap-[0-9]{4}$'`))
    .addColumn('year', 'integer', (col) => col.notNull().unique().check(sql`year between 2021 and 2100`))
    .addColumn('committee_id', 'varchar(40)', (col) => col.notNull().references('committee.id'))
    .addColumn('decision_id', 'varchar(40)', (col) => col.references('decision.id'))
    .addColumn('agreed_on', 'date', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('work_programme_id_year', sql`id = 'ap-' || year::text`)
    .execute();

  await db.schema
    .createTable('work_programme_item')
    .addColumn('id', 'varchar(30)', (col) => col.primaryKey().check(sql`id ~ '^ap-[0-9]{4}-[1-9][0-9]*$'`))
    .addColumn('work_programme_id', 'varchar(20)', (col) => col.notNull().references('work_programme.id'))
    .addColumn('position', 'integer', (col) => col.notNull().check(sql`position >= 1`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('PROJECT','STANDARDISATION','PROCUREMENT','SUPPORT','KNOWLEDGE_TRANSFER')`),
    )
    .addColumn('responsible_organisation_id', 'varchar(40)', (col) => col.notNull().references('organisation.id'))
    .addColumn('due_on', 'date')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('PLANNED','IN_PROGRESS','DONE','DEFERRED','CANCELLED')`),
    )
    .addColumn('progress_percent', 'integer', (col) => col.notNull().check(sql`progress_percent between 0 and 100`))
    .addColumn('progress_note', 'text')
    .addColumn('project_id', 'varchar(20)', (col) => col.check(sql`project_id ~ '^KAZ-[0-9]{4}-[0-9]{2}$'`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('work_programme_item_position_key', ['work_programme_id', 'position'])
    .addCheckConstraint('work_programme_item_done', sql`status <> 'DONE' or progress_percent = 100`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('work_programme_item').execute();
  await db.schema.dropTable('work_programme').execute();
}
