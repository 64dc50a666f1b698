import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per Kommune (by ARS, the municipalities subgraph's key): no foreign key, because the
  // Kommunen live in another subgraph's database.
  await db.schema
    .createTable('dikom_membership')
    .addColumn('ars', 'varchar(12)', (col) => col.primaryKey().check(sql`ars ~ '^12[0-9]{10}$'`))
    // The Zweckverband came into being on 09.04.2020 (§ 14 Abs. 2 GKGBbg); nobody joined earlier.
    .addColumn('member_since', 'date', (col) => col.notNull().check(sql`member_since >= date '2020-04-09'`))
    .addColumn('member_until', 'date')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('dikom_membership_period_order', sql`member_until is null or member_until >= member_since`)
    .execute();
  await db.schema
    .createIndex('dikom_membership_since_idx')
    .on('dikom_membership')
    .columns(['member_since', 'ars'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dikom_membership').execute();
}
