import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('security_concept')
    .addColumn('id', 'varchar(16)', (col) => col.primaryKey().check(sql`id ~ '^ISK-[0-9]{12}$'`))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().unique().check(sql`ars ~ '^[0-9]{12}$'`))
    .addColumn('basis', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`basis in ('BSI_GRUNDSCHUTZ_BASIS','BSI_GRUNDSCHUTZ_STANDARD','BSI_GRUNDSCHUTZ_KERN','ISIS12','ISO_27001')`,
        ),
    )
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('DRAFT','ADOPTED','UNDER_REVIEW','OUTDATED')`),
    )
    .addColumn('adopted_on', 'date')
    .addColumn('review_due_on', 'date')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    // The key is derived from the Kommune: one concept per Kommune.
    .addCheckConstraint('security_concept_id_of_ars', sql`id = 'ISK-' || ars`)
    // A draft has not been adopted yet and so has no review date; every other concept has both.
    .addCheckConstraint(
      'security_concept_adoption',
      sql`(status = 'DRAFT') = (adopted_on is null) and (adopted_on is null) = (review_due_on is null)`,
    )
    .addCheckConstraint('security_concept_review_after_adoption', sql`review_due_on > adopted_on`)
    .execute();
  await db.schema.createIndex('security_concept_status_idx').on('security_concept').column('status').execute();
  await db.schema
    .createIndex('security_concept_review_due_idx')
    .on('security_concept')
    .columns(['review_due_on', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('security_concept').execute();
}
