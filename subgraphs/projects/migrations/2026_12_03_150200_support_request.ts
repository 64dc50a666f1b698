import { type Kysely, sql } from 'kysely';

// Issue 13 (Umsetzungskonzept Kaz §2.1: the Kommunen as requesters, first the Landkreise and
// kreisfreie Städte): a Kommune's request for support, which the Kaz triages into a work order or a
// project, or declines. Frozen in time like every migration: statuses and patterns are repeated here.

const ARS = sql`'^[0-9]{12}$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('support_request')
    .addColumn('id', 'varchar(20)', (col) =>
      col.primaryKey().check(sql`id ~ '^UA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'`),
    )
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ ${ARS}`))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('details', 'text')
    .addColumn('submitted_on', 'date', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('SUBMITTED','TRIAGED','DECLINED')`))
    .addColumn('triaged_on', 'date')
    .addColumn('work_order_id', 'varchar(32)', (col) => col.references('work_order.id'))
    .addColumn('project_id', 'varchar(16)', (col) => col.references('project.id'))
    .addColumn('decline_reason', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // Triaged or declined on a day, not before the request came in; only a triaged request names
    // where it went (a work order or a project), only a declined one why.
    .addCheckConstraint('support_request_triaged_on_check', sql`(status = 'SUBMITTED') = (triaged_on is null)`)
    .addCheckConstraint('support_request_dates_check', sql`triaged_on is null or triaged_on >= submitted_on`)
    .addCheckConstraint(
      'support_request_outcome_check',
      sql`(status = 'TRIAGED') = (work_order_id is not null or project_id is not null)`,
    )
    .addCheckConstraint('support_request_decline_check', sql`(status = 'DECLINED') = (decline_reason is not null)`)
    .execute();
  await db.schema.createIndex('support_request_ars_idx').on('support_request').column('ars').execute();
  await db.schema.createIndex('support_request_status_idx').on('support_request').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('support_request').execute();
}
