import { type Kysely, sql } from 'kysely';

/**
 * DIKOM members are Gemeinden (amtsfreie Gemeinden and Städte, Ämter): the Umsetzungskonzept Kaz places
 * the Zweckverband at the gemeindliche Ebene. The first sample made Landkreise and kreisfreie Städte
 * members; this deletes every sample period (the seed then writes the corrected sample for each Kommune
 * without a period). Periods recorded through the mutations (`is_sample` false) stay.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`delete from dikom_membership where is_sample`.execute(db);
}

/** The deleted sample periods are not restored: the seed of the version migrated back to writes them. */
export async function down(_db: Kysely<any>): Promise<void> {}
