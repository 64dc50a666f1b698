import { type Kysely, sql } from 'kysely';

// Vergabehilfen (Umsetzungskonzept Kaz, §3): procurement templates the Kaz offers the Kommunen free of
// charge (Musterverträge, Vergabeunterlagen, …), and which Kommunen use them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('procurement_template')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^VH-[0-9]{4}-[0-9]{3}$'`))
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('MODEL_CONTRACT','TENDER_DOCUMENTS','SERVICE_DESCRIPTION','EVALUATION_MATRIX')`),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('DRAFT','ADOPTED','WITHDRAWN')`))
    .addColumn('decision_id', 'text')
    .addColumn('free_of_charge', 'boolean', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('procurement_template_use')
    .addColumn('template_id', 'varchar(16)', (col) => col.notNull().references('procurement_template.id'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addColumn('since', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('procurement_template_use_pkey', ['template_id', 'ars'])
    .execute();
  await db.schema
    .createIndex('procurement_template_use_ars_idx')
    .on('procurement_template_use')
    .column('ars')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('procurement_template_use').execute();
  await db.schema.dropTable('procurement_template').execute();
}
