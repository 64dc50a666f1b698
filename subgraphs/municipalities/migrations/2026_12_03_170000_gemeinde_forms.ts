import { type Kysely, sql } from 'kysely';

// Issue 13: the forms of the Verbandsgemeinde- und Mitverwaltungsgesetz (VgMvG, 2018). The Ortsgemeinden
// of a Verbandsgemeinde and the mitverwalteten Gemeinden of a Mitverwaltung were stored as amtsangehörig,
// and the mitverwaltende Gemeinde (Schwedt/Oder) named the Mitverwaltung as its Amt. Frozen in time: the
// keys below are those of the Gebietsstand 30.11.2023; on an empty database the updates touch nothing.

const OLD_KINDS = `'LANDKREIS','KREISFREIE_STADT','AMT','VERBANDSGEMEINDE','MITVERWALTUNG','AMTSFREIE_GEMEINDE','AMTSANGEHOERIGE_GEMEINDE'`;
const NEW_KINDS = `${OLD_KINDS},'ORTSGEMEINDE','MITVERWALTETE_GEMEINDE'`;

/** The Mitverwaltung "Schwedt/Oder, Stadt" and its mitverwaltende Gemeinde, the Stadt Schwedt/Oder. */
const MITVERWALTUNG = '120735051000';
const SCHWEDT = '120735051532';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('municipality').dropConstraint('municipality_kind_check').execute();
  await db.schema
    .alterTable('municipality')
    .addCheckConstraint('municipality_kind_check', sql`kind in (${sql.raw(NEW_KINDS)})`)
    .execute();
  await sql`update municipality set amt_ars = null where ars = ${SCHWEDT} and amt_ars = ${MITVERWALTUNG}`.execute(db);
  await sql`update municipality as gemeinde set kind = case verband.kind
      when 'VERBANDSGEMEINDE' then 'ORTSGEMEINDE' else 'MITVERWALTETE_GEMEINDE' end
    from municipality as verband
    where gemeinde.amt_ars = verband.ars and gemeinde.kind = 'AMTSANGEHOERIGE_GEMEINDE'
      and verband.kind in ('VERBANDSGEMEINDE', 'MITVERWALTUNG')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update municipality set kind = 'AMTSANGEHOERIGE_GEMEINDE'
    where kind in ('ORTSGEMEINDE', 'MITVERWALTETE_GEMEINDE')`.execute(db);
  await sql`update municipality set amt_ars = ${MITVERWALTUNG} where ars = ${SCHWEDT} and amt_ars is null`.execute(db);
  await db.schema.alterTable('municipality').dropConstraint('municipality_kind_check').execute();
  await db.schema
    .alterTable('municipality')
    .addCheckConstraint('municipality_kind_check', sql`kind in (${sql.raw(OLD_KINDS)})`)
    .execute();
}
