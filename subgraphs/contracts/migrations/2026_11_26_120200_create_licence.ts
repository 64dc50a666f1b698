import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('licence')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^LIZ-[0-9]{4}$'`))
    .addColumn('product', 'text', (col) => col.notNull())
    .addColumn('vendor', 'text', (col) => col.notNull())
    .addColumn('seats', 'integer', (col) => col.notNull().check(sql`seats >= 0`))
    .addColumn('valid_from', 'date', (col) => col.notNull())
    .addColumn('valid_to', 'date', (col) => col.notNull())
    .addColumn('annual_cost_eur', 'numeric(14, 2)', (col) => col.notNull().check(sql`annual_cost_eur >= 0`))
    .addColumn('contract_id', 'varchar(16)', (col) => col.references('framework_contract.id'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('licence_term_check', sql`valid_to >= valid_from`)
    .execute();
  await db.schema.createIndex('licence_contract_idx').on('licence').column('contract_id').execute();

  await db.schema
    .createTable('licence_allocation')
    .addColumn('licence_id', 'varchar(16)', (col) => col.notNull().references('licence.id').onDelete('cascade'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^[0-9]{12}$'`))
    .addColumn('seats', 'integer', (col) => col.notNull().check(sql`seats >= 0`))
    .addColumn('since', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('licence_allocation_pkey', ['licence_id', 'ars'])
    .execute();
  await db.schema.createIndex('licence_allocation_ars_idx').on('licence_allocation').column('ars').execute();

  // A CHECK cannot look at other rows, so the rule "the allocations of a licence never add up to
  // more than its seats" is a constraint trigger. It is deferred to the end of the transaction so
  // that seats and allocations can be changed together in any order.
  await sql`
    create function licence_allocation_within_seats() returns trigger language plpgsql as $$
    declare
      target varchar(16);
      available integer;
      allocated bigint;
    begin
      -- Separate branches: plpgsql plans each statement on its own, and NEW has only its table's fields.
      if tg_table_name = 'licence' then
        target := new.id;
      else
        target := new.licence_id;
      end if;
      select seats into available from licence where id = target;
      select coalesce(sum(seats), 0) into allocated from licence_allocation where licence_id = target;
      if available is not null and allocated > available then
        raise exception 'licence %: % seats allocated but only % available', target, allocated, available
          using errcode = 'check_violation', constraint = 'licence_allocation_within_seats';
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`
    create constraint trigger licence_allocation_within_seats
    after insert or update on licence_allocation deferrable initially deferred
    for each row execute function licence_allocation_within_seats()`.execute(db);
  await sql`
    create constraint trigger licence_seats_cover_allocations
    after update of seats on licence deferrable initially deferred
    for each row execute function licence_allocation_within_seats()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('licence_allocation').execute();
  await db.schema.dropTable('licence').execute();
  await sql`drop function licence_allocation_within_seats()`.execute(db);
}
