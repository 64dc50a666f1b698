import { type Kysely, sql } from 'kysely';

/**
 * Bodies outside Brandenburg the Kaz cooperates with (Umsetzungskonzept Kaz, §3): e.g. the FITKO or
 * another Land's kommunaler IT-Dienstleister, with the subject of the cooperation and since when.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('external_body')
    .addColumn('id', 'varchar(60)', (col) => col.primaryKey().check(sql`id ~ '^[a-z][a-z0-9-]{1,59}$'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('FEDERAL_BODY','LAND_BODY','MUNICIPAL_IT_PROVIDER','ASSOCIATION','OTHER')`),
    )
    .addColumn('land', 'text')
    .addColumn('website', 'text', (col) => col.check(sql`website is null or website ~ '^https://'`))
    .addColumn('cooperation_subject', 'text', (col) => col.notNull())
    .addColumn('cooperating_since', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('external_body_since_idx')
    .on('external_body')
    .columns(['cooperating_since', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('external_body').execute();
}
