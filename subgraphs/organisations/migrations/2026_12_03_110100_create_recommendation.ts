import { type Kysely, sql } from 'kysely';

/**
 * Standardisation recommendations of the Kaz (Umsetzungskonzept Kaz, §3): a DRAFT until a committee
 * adopts it by a decision (ADOPTED, with the decision and the day), WITHDRAWN when it no longer holds;
 * and the Kommunen that apply it, since when (by ARS, the municipalities subgraph's key: no foreign key).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recommendation')
    .addColumn('id', 'varchar(30)', (col) => col.primaryKey().check(sql`id ~ '^empf-[0-9]{4}-[1-9][0-9]*$'`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('DRAFT','ADOPTED','WITHDRAWN')`))
    .addColumn('decision_id', 'varchar(40)', (col) => col.references('decision.id'))
    .addColumn('adopted_on', 'date')
    .addColumn('withdrawn_on', 'date')
    .addColumn('withdrawal_note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('recommendation_adoption', sql`(decision_id is null) = (adopted_on is null)`)
    .addCheckConstraint(
      'recommendation_status',
      sql`(status = 'DRAFT' and decision_id is null and withdrawn_on is null)
        or (status = 'ADOPTED' and decision_id is not null and withdrawn_on is null)
        or (status = 'WITHDRAWN' and withdrawn_on is not null)`,
    )
    .addCheckConstraint(
      'recommendation_withdrawal_order',
      sql`withdrawn_on is null or adopted_on is null or withdrawn_on >= adopted_on`,
    )
    .execute();

  await db.schema
    .createTable('recommendation_application')
    .addColumn('recommendation_id', 'varchar(30)', (col) => col.notNull().references('recommendation.id'))
    .addColumn('ars', 'varchar(12)', (col) => col.notNull().check(sql`ars ~ '^12[0-9]{10}$'`))
    .addColumn('applied_since', 'date', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('recommendation_application_pkey', ['recommendation_id', 'ars'])
    .execute();
  await db.schema
    .createIndex('recommendation_application_ars_idx')
    .on('recommendation_application')
    .column('ars')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recommendation_application').execute();
  await db.schema.dropTable('recommendation').execute();
}
