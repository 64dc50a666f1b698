import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('framework_contract')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^RV-[0-9]{4}-[0-9]{3}$'`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('vendor', 'text', (col) => col.notNull())
    .addColumn('starts_on', 'date', (col) => col.notNull())
    .addColumn('ends_on', 'date', (col) => col.notNull())
    .addColumn('ceiling_eur', 'numeric(14, 2)', (col) => col.notNull().check(sql`ceiling_eur >= 0`))
    .addColumn('called_off_eur', 'numeric(14, 2)', (col) => col.notNull().check(sql`called_off_eur >= 0`))
    .addColumn('procurement_id', 'varchar(16)', (col) => col.unique().references('procurement_procedure.id'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('framework_contract_term_check', sql`ends_on >= starts_on`)
    .addCheckConstraint('framework_contract_ceiling_check', sql`called_off_eur <= ceiling_eur`)
    .execute();
  await db.schema.createIndex('framework_contract_ends_on_idx').on('framework_contract').column('ends_on').execute();

  // Deferred, so that a procedure and the contract it calls off from can be written in one
  // transaction in either order (framework_contract.procurement_id points the other way).
  await db.schema
    .alterTable('procurement_procedure')
    .addForeignKeyConstraint(
      'procurement_procedure_call_off_fkey',
      ['call_off_contract_id'],
      'framework_contract',
      ['id'],
      (fk) => fk.deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('framework_contract_eligibility')
    .addColumn('contract_id', 'varchar(16)', (col) =>
      col.notNull().references('framework_contract.id').onDelete('cascade'),
    )
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addPrimaryKeyConstraint('framework_contract_eligibility_pkey', ['contract_id', 'ars'])
    .execute();
  await db.schema
    .createIndex('framework_contract_eligibility_ars_idx')
    .on('framework_contract_eligibility')
    .column('ars')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('framework_contract_eligibility').execute();
  await db.schema.alterTable('procurement_procedure').dropConstraint('procurement_procedure_call_off_fkey').execute();
  await db.schema.dropTable('framework_contract').execute();
}
