import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('certificate')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^CERT-[0-9]{4}$'`))
    .addColumn('common_name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('TLS_SERVER','VPN_GATEWAY','SMIME','CODE_SIGNING','ELECTRONIC_SEAL')`),
    )
    .addColumn('issuer', 'text', (col) => col.notNull())
    .addColumn('holder_ars', 'varchar(12)', (col) => col.check(sql`holder_ars ~ '^[0-9]{12}$'`))
    .addColumn('serial_number', 'text', (col) =>
      col.notNull().unique().check(sql`serial_number ~ '^[0-9A-F]{2}(:[0-9A-F]{2})+$'`),
    )
    .addColumn('valid_from', 'date', (col) => col.notNull())
    .addColumn('valid_to', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('certificate_validity_check', sql`valid_to > valid_from`)
    .execute();
  await db.schema.createIndex('certificate_holder_idx').on('certificate').column('holder_ars').execute();
  await db.schema.createIndex('certificate_valid_to_idx').on('certificate').columns(['valid_to', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('certificate').execute();
}
