import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('ars', 'varchar(12)', (col) => col.primaryKey().check(sql`ars ~ '^[0-9]{12}$'`))
    .addColumn('ags', 'varchar(8)', (col) => col.unique().check(sql`ags ~ '^[0-9]{8}$'`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`kind in ('LANDKREIS','KREISFREIE_STADT','AMT','VERBANDSGEMEINDE','MITVERWALTUNG','AMTSFREIE_GEMEINDE','AMTSANGEHOERIGE_GEMEINDE')`,
        ),
    )
    .addColumn('district_ars', 'varchar(12)', (col) => col.references('municipality.ars'))
    .addColumn('amt_ars', 'varchar(12)', (col) => col.references('municipality.ars'))
    .addColumn('seat', 'text')
    .addColumn('postal_code', 'varchar(5)')
    .addColumn('population', 'integer', (col) => col.check(sql`population >= 0`))
    .addColumn('area_km2', 'double precision', (col) => col.check(sql`area_km2 >= 0`))
    .addColumn('figures_date', 'date')
    .addColumn('territorial_status_date', 'date', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('municipality_district_idx').on('municipality').column('district_ars').execute();
  await db.schema.createIndex('municipality_amt_idx').on('municipality').column('amt_ars').execute();
  await db.schema.createIndex('municipality_name_idx').on('municipality').expression(sql`lower(name)`).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality').execute();
}
