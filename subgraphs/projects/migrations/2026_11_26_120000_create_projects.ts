import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration repeats the enum values and key patterns instead of importing
// them, so that a later change of the code cannot change what it did.

const PROJECT_ID = sql`'^KAZ-[0-9]{4}-[0-9]{2}$'`;
const ARS = sql`'^[0-9]{12}$'`;
const OZG_ID = sql`'^[0-9]{5}$'`;
const ORG_KEY = sql`'^[a-z][a-z0-9_]*$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ozg_service')
    .addColumn('id', 'varchar(5)', (col) => col.primaryKey().check(sql`id ~ ${OZG_ID}`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('themenfeld', 'text', (col) => col.notNull())
    .addColumn('lebenslage', 'text')
    .addColumn('leika_keys', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('leika_types', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('source_date', 'date', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('ozg_service_themenfeld_idx').on('ozg_service').column('themenfeld').execute();
  await db.schema
    .createIndex('ozg_service_leika_keys_idx')
    .on('ozg_service')
    .using('gin')
    .column('leika_keys')
    .execute();

  await db.schema
    .createTable('project')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ ${PROJECT_ID}`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`kind in ('OZG_IMPLEMENTATION','EFA_REUSE','INFRASTRUCTURE','BASIC_COMPONENT','PROCESS_DIGITISATION')`,
        ),
    )
    .addColumn('phase', 'text', (col) =>
      col.notNull().check(sql`phase in ('PLANNED','IN_PROGRESS','PILOT','ROLLOUT','DONE','STOPPED')`),
    )
    .addColumn('lead_ministry_id', 'varchar(32)', (col) => col.check(sql`lead_ministry_id ~ ${ORG_KEY}`))
    .addColumn('coordinator_id', 'varchar(32)', (col) => col.notNull().check(sql`coordinator_id ~ ${ORG_KEY}`))
    .addColumn('start_date', 'date', (col) => col.notNull())
    .addColumn('end_date', 'date')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('project_dates_check', sql`end_date is null or end_date >= start_date`)
    .execute();
  await db.schema.createIndex('project_lead_ministry_idx').on('project').column('lead_ministry_id').execute();
  await db.schema.createIndex('project_coordinator_idx').on('project').column('coordinator_id').execute();
  await db.schema.createIndex('project_phase_idx').on('project').column('phase').execute();

  await db.schema
    .createTable('project_municipality')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ ${ARS}`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_municipality_pkey', ['project_id', 'ars'])
    .execute();
  await db.schema.createIndex('project_municipality_ars_idx').on('project_municipality').column('ars').execute();

  await db.schema
    .createTable('project_ozg_service')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('ozg_service_id', 'varchar(5)', (col) => col.notNull().references('ozg_service.id'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_ozg_service_pkey', ['project_id', 'ozg_service_id'])
    .execute();
  await db.schema
    .createIndex('project_ozg_service_service_idx')
    .on('project_ozg_service')
    .column('ozg_service_id')
    .execute();

  await db.schema
    .createTable('milestone')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().check(sql`position >= 1`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('due_on', 'date', (col) => col.notNull())
    .addColumn('reached_on', 'date')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('milestone_pkey', ['project_id', 'position'])
    .execute();

  await db.schema
    .createTable('budget_line')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', (col) => col.notNull().check(sql`year between 2000 and 2100`))
    .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('LAND','BUND','KOMMUNEN','EU')`))
    .addColumn('amount_eur', 'numeric(14, 2)', (col) => col.notNull().check(sql`amount_eur >= 0`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('budget_line_pkey', ['project_id', 'year', 'source'])
    .execute();

  await db.schema
    .createTable('result_transfer')
    .addColumn('project_id', 'varchar(16)', (col) => col.notNull().references('project.id').onDelete('cascade'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ ${ARS}`))
    .addColumn('since', 'date')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('result_transfer_pkey', ['project_id', 'ars'])
    .execute();
  await db.schema.createIndex('result_transfer_ars_idx').on('result_transfer').column('ars').execute();

  await db.schema
    .createTable('work_order')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^AA-[0-9]{4}-[0-9]{3}$'`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('decision_id', 'varchar(32)')
    .addColumn('issuing_ministry_id', 'varchar(32)', (col) => col.check(sql`issuing_ministry_id ~ ${ORG_KEY}`))
    .addColumn('assignee_id', 'varchar(32)', (col) => col.notNull().check(sql`assignee_id ~ ${ORG_KEY}`))
    .addColumn('issued_on', 'date', (col) => col.notNull())
    .addColumn('due_date', 'date', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('OPEN','IN_PROGRESS','DONE','CANCELLED')`))
    .addColumn('project_id', 'varchar(16)', (col) => col.references('project.id').onDelete('set null'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('work_order_issuer_check', sql`decision_id is not null or issuing_ministry_id is not null`)
    .addCheckConstraint('work_order_dates_check', sql`due_date >= issued_on`)
    .execute();
  await db.schema.createIndex('work_order_decision_idx').on('work_order').column('decision_id').execute();
  await db.schema.createIndex('work_order_ministry_idx').on('work_order').column('issuing_ministry_id').execute();
  await db.schema.createIndex('work_order_project_idx').on('work_order').column('project_id').execute();
  await db.schema.createIndex('work_order_status_idx').on('work_order').column('status').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'work_order',
    'result_transfer',
    'budget_line',
    'milestone',
    'project_ozg_service',
    'project_municipality',
    'project',
    'ozg_service',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
