import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organisation')
    .addColumn('id', 'varchar(40)', (col) => col.primaryKey().check(sql`id ~ '^[a-z][a-z0-9_]*$'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`kind in ('MINISTRY','STATE_IT_PROVIDER','COMPETENCE_CENTRE','SPECIAL_PURPOSE_ASSOCIATION','COMMITTEE','DATA_PROTECTION_AUTHORITY','WORKING_GROUP','MUNICIPAL_ASSOCIATION')`,
        ),
    )
    .addColumn('parent_id', 'varchar(40)', (col) => col.references('organisation.id'))
    .addColumn('website', 'text')
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('organisation_not_own_parent', sql`parent_id is null or parent_id <> id`)
    .execute();
  await db.schema.createIndex('organisation_parent_idx').on('organisation').column('parent_id').execute();

  await db.schema
    .createTable('responsibility')
    .addColumn('area', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`area in ('E_GOVERNMENT','KOMMUNALAUFSICHT','DATA_PROTECTION_SUPERVISION','IT_SECURITY','STATE_IT_SERVICES','KOMMUNALPAKT_COORDINATION')`,
        ),
    )
    .addColumn('organisation_id', 'varchar(40)', (col) => col.notNull().references('organisation.id'))
    .addColumn('valid_from', 'date', (col) => col.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('note', 'text')
    .addColumn('is_sample', 'boolean', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('responsibility_pkey', ['area', 'valid_from'])
    .addCheckConstraint('responsibility_period_order', sql`valid_to is null or valid_to >= valid_from`)
    .execute();
  await db.schema
    .createIndex('responsibility_organisation_idx')
    .on('responsibility')
    .column('organisation_id')
    .execute();

  // History is kept, never overwritten: the periods of one area must not overlap, so that exactly
  // one organisation is responsible on any day. An exclusion constraint would need btree_gist,
  // which the embedded PGlite does not load; a trigger works on both databases. It does not guard
  // against two concurrent writers: no mutation writes responsibilities yet, and one that does must lock the area.
  await sql`
    create function responsibility_no_overlap() returns trigger language plpgsql as $$
    begin
      if exists (
        select 1 from responsibility r
        where r.area = new.area
          and r.valid_from <> new.valid_from
          and (tg_op = 'INSERT' or not (r.area = old.area and r.valid_from = old.valid_from))
          and daterange(r.valid_from, r.valid_to, '[]') && daterange(new.valid_from, new.valid_to, '[]')
      ) then
        raise exception 'responsibility periods of % overlap at %', new.area, new.valid_from
          using errcode = 'exclusion_violation';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger responsibility_no_overlap before insert or update on responsibility
    for each row execute function responsibility_no_overlap()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('responsibility').execute();
  await sql`drop function responsibility_no_overlap()`.execute(db);
  await db.schema.dropTable('organisation').execute();
}
