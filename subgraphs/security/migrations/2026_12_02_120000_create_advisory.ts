import { type Kysely, sql } from 'kysely';

// Advisories (Warnmeldungen) of CERT-Brandenburg and the products each one names. Advisories are
// published, so their references may be numbered ("CERT-BB-ADV-2026-0007"): unlike an incident's, a
// gap in the numbers hides nothing. Every advisory is TLP:CLEAR (the check below); a marking that
// limits who sees an advisory needs visibility rules first, as incidents have.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('advisory')
    .addColumn('id', 'varchar(24)', (col) => col.primaryKey().check(sql`id ~ '^CERT-BB-ADV-[0-9]{4}-[0-9]{4}$'`))
    .addColumn('title', 'text', (col) => col.notNull().check(sql`char_length(title) between 1 and 200`))
    .addColumn('published_at', 'timestamptz', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull().check(sql`severity in ('LOW','MEDIUM','HIGH','CRITICAL')`))
    .addColumn('cve_ids', sql`text[]`, (col) =>
      col
        .notNull()
        .defaultTo(sql`'{}'`)
        .check(sql`array_to_string(cve_ids, ',') ~ '^(CVE-[0-9]{4}-[0-9]{4,7}(,|$))*$'`),
    )
    .addColumn('tlp', 'text', (col) => col.notNull().defaultTo('CLEAR').check(sql`tlp = 'CLEAR'`))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('advisory_published_idx').on('advisory').columns(['published_at', 'id']).execute();
  await db.schema
    .createTable('advisory_product')
    .addColumn('advisory_id', 'varchar(24)', (col) => col.notNull().references('advisory.id').onDelete('cascade'))
    .addColumn('vendor', 'text', (col) => col.notNull().check(sql`char_length(vendor) between 1 and 200`))
    .addColumn('product', 'text', (col) => col.notNull().check(sql`char_length(product) between 1 and 200`))
    .addPrimaryKeyConstraint('advisory_product_pkey', ['advisory_id', 'vendor', 'product'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('advisory_product').execute();
  await db.schema.dropTable('advisory').execute();
}
