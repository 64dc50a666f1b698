import { type Kysely, sql } from 'kysely';

// Issue 13: a Kommune's wish to reuse a result offered for reuse (Nachnutzungswunsch, Umsetzungskonzept
// Kaz §3), one per Kommune and result. Frozen in time: the ARS pattern is repeated here.

const ARS = sql`'^[0-9]{12}$'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reuse_request')
    .addColumn('result_id', 'varchar(20)', (col) => col.notNull().references('reusable_result.id').onDelete('cascade'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ ${ARS}`))
    .addColumn('requested_on', 'date', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('reuse_request_pkey', ['result_id', 'ars'])
    .execute();
  await db.schema.createIndex('reuse_request_ars_idx').on('reuse_request').column('ars').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reuse_request').execute();
}
