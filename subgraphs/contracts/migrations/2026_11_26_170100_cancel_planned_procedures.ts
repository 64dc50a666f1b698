import { type Kysely, sql } from 'kysely';

// A procedure may be cancelled (aufgehoben) while still PLANNED, before any Bekanntmachung; the first
// version of the check demanded a publication date for every status but PLANNED.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('procurement_procedure').dropConstraint('procurement_procedure_published_check').execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint(
      'procurement_procedure_published_check',
      sql`status in ('PLANNED', 'CANCELLED') or published_on is not null`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('procurement_procedure').dropConstraint('procurement_procedure_published_check').execute();
  await db.schema
    .alterTable('procurement_procedure')
    .addCheckConstraint('procurement_procedure_published_check', sql`status = 'PLANNED' or published_on is not null`)
    .execute();
}
