import { type Kysely, sql } from 'kysely';

// Issue 13: the history of a project's fachliche Federführung (lead ministry). A row is a period
// that has ENDED, when the Federführung passed to another ministry (handOverProject); the current
// period is the project's own `lead_ministry_id`, from the day after the last ended period (or from
// the project's start). Existing projects have no ended period: their history is the current lead.
// Frozen in time like every migration: the key pattern is repeated here, not imported.

const ORG_KEY = sql`'^[a-z][a-z0-9_]*$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_lead_ministry')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('ministry_id', 'varchar(32)', (col) => col.check(sql`ministry_id ~ ${ORG_KEY}`))
    .addColumn('from_date', 'date', (col) => col.notNull())
    .addColumn('to_date', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('project_lead_ministry_pkey', ['project_id', 'from_date'])
    .addCheckConstraint('project_lead_ministry_dates_check', sql`to_date >= from_date`)
    .execute();
  await db.schema
    .createIndex('project_lead_ministry_ministry_idx')
    .on('project_lead_ministry')
    .column('ministry_id')
    .execute();
  await db.schema
    .createIndex('project_lead_ministry_to_idx')
    .on('project_lead_ministry')
    .columns(['project_id', 'to_date'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_lead_ministry').execute();
}
