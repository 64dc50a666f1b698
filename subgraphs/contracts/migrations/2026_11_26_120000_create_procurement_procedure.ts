import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procurement_procedure')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^VG-[0-9]{4}-[0-9]{3}$'`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('procedure_type', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`procedure_type in ('OPEN_PROCEDURE','RESTRICTED_PROCEDURE','NEGOTIATED_PROCEDURE','FRAMEWORK_CALL_OFF')`,
        ),
    )
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('PLANNED','PUBLISHED','EVALUATION','AWARDED','CANCELLED')`),
    )
    .addColumn('published_on', 'date')
    .addColumn('awarded_on', 'date')
    .addColumn('estimated_value_eur', 'numeric(14, 2)', (col) => col.notNull().check(sql`estimated_value_eur >= 0`))
    .addColumn('project_id', 'text')
    // The Rahmenvertrag a FRAMEWORK_CALL_OFF draws on; its foreign key follows with framework_contract.
    .addColumn('call_off_contract_id', 'varchar(16)')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('procurement_procedure_published_check', sql`status = 'PLANNED' or published_on is not null`)
    .addCheckConstraint('procurement_procedure_awarded_check', sql`status <> 'AWARDED' or awarded_on is not null`)
    .addCheckConstraint(
      'procurement_procedure_date_order_check',
      sql`awarded_on is null or (published_on is not null and awarded_on >= published_on)`,
    )
    .addCheckConstraint(
      'procurement_procedure_call_off_check',
      sql`(procedure_type = 'FRAMEWORK_CALL_OFF') = (call_off_contract_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('procurement_procedure_project_idx')
    .on('procurement_procedure')
    .column('project_id')
    .execute();
  await db.schema
    .createIndex('procurement_procedure_call_off_idx')
    .on('procurement_procedure')
    .column('call_off_contract_id')
    .execute();
  await db.schema
    .createIndex('procurement_procedure_status_idx')
    .on('procurement_procedure')
    .column('status')
    .execute();

  await db.schema
    .createTable('procurement_participant')
    .addColumn('procedure_id', 'varchar(16)', (col) =>
      col.notNull().references('procurement_procedure.id').onDelete('cascade'),
    )
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addPrimaryKeyConstraint('procurement_participant_pkey', ['procedure_id', 'ars'])
    .execute();
  await db.schema.createIndex('procurement_participant_ars_idx').on('procurement_participant').column('ars').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('procurement_participant').execute();
  await db.schema.dropTable('procurement_procedure').execute();
}
