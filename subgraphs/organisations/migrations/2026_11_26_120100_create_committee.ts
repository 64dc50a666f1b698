import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('committee')
    .addColumn('id', 'varchar(40)', (col) => col.primaryKey().check(sql`id ~ '^[a-z][a-z0-9-]*$'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('IT_COUNCIL','STEERING_GROUP','PROJECT_GROUP')`),
    )
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('organisation_id', 'varchar(40)', (col) => col.references('organisation.id'))
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('committee_organisation_idx').on('committee').column('organisation_id').execute();

  await db.schema
    .createTable('committee_membership')
    .addColumn('committee_id', 'varchar(40)', (col) => col.notNull().references('committee.id'))
    .addColumn('organisation_id', 'varchar(40)', (col) => col.notNull().references('organisation.id'))
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('CHAIR','MEMBER','ADVISORY')`))
    .addColumn('valid_from', 'date', (col) => col.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('committee_membership_pkey', ['committee_id', 'organisation_id', 'valid_from'])
    .addCheckConstraint('committee_membership_period_order', sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema
    .createIndex('committee_membership_organisation_idx')
    .on('committee_membership')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('decision')
    .addColumn('id', 'varchar(40)', (col) => col.primaryKey().check(sql`id ~ '^[a-z][a-z0-9-]*$'`))
    .addColumn('committee_id', 'varchar(40)', (col) => col.notNull().references('committee.id'))
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('decided_on', 'date', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('decision_committee_reference_key', ['committee_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('decision_committee_date_idx')
    .on('decision')
    .columns(['committee_id', 'decided_on', 'id'])
    .execute();
  await db.schema.createIndex('decision_date_idx').on('decision').columns(['decided_on', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('decision').execute();
  await db.schema.dropTable('committee_membership').execute();
  await db.schema.dropTable('committee').execute();
}
