import { type Kysely, sql } from 'kysely';

/**
 * New editions of the Gemeindeverzeichnis: a Kommune that is dissolved stays (with the day it ended
 * and the Kommune it went into), so that its ARS keeps resolving; every edition loaded is recorded,
 * so that the seed never goes back behind it. The AGS stays unique among current Kommunen only: a
 * Gemeinde that changes its Amt keeps its AGS under a new ARS, and the old ARS stays as a dissolved row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('municipality')
    .addColumn('dissolved_on', 'date')
    .addColumn('successor_ars', 'varchar(12)', (col) => col.references('municipality.ars'))
    .addColumn('valid_from', 'date')
    .execute();
  await db.schema
    .alterTable('municipality')
    .addCheckConstraint('municipality_successor_dissolved', sql`successor_ars is null or dissolved_on is not null`)
    .execute();
  await db.schema.alterTable('municipality').dropConstraint('municipality_ags_key').execute();
  await db.schema
    .createIndex('municipality_current_ags_key')
    .on('municipality')
    .column('ags')
    .unique()
    .where(sql.ref('dissolved_on'), 'is', null)
    .execute();
  await db.schema.createIndex('municipality_successor_idx').on('municipality').column('successor_ars').execute();
  await db.schema
    .createTable('municipality_edition')
    .addColumn('territorial_status_date', 'date', (col) => col.primaryKey())
    .addColumn('effective_on', 'date', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('sha256', 'varchar(64)')
    .addColumn('loaded_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('inserted', 'integer', (col) => col.notNull())
    .addColumn('changed', 'integer', (col) => col.notNull())
    .addColumn('dissolved', 'integer', (col) => col.notNull())
    .addColumn('changes', 'jsonb', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality_edition').execute();
  await db.schema.dropIndex('municipality_successor_idx').execute();
  await db.schema.dropIndex('municipality_current_ags_key').execute();
  await db.schema.alterTable('municipality').addUniqueConstraint('municipality_ags_key', ['ags']).execute();
  await db.schema.alterTable('municipality').dropConstraint('municipality_successor_dissolved').execute();
  await db.schema
    .alterTable('municipality')
    .dropColumn('valid_from')
    .dropColumn('successor_ars')
    .dropColumn('dissolved_on')
    .execute();
}
