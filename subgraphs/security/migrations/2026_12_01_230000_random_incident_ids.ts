import { type Kysely, sql } from 'kysely';

// New incidents get random references ("CERT-BB-7QK3-M9XA-2DHF", 22 characters) instead of the next
// number of their year of detection; the numbered ones stay valid. The id columns widen and the check
// accepts both forms.
const BOTH_FORMS = sql.raw(
  `'^CERT-BB-([0-9]{4}-[0-9]{4}|[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})$'`,
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table security_incident drop constraint security_incident_id_check`.execute(db);
  for (const table of ['security_incident', 'security_incident_municipality', 'incident_recipient']) {
    const column = table === 'security_incident' ? 'id' : 'incident_id';
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type varchar(32)`.execute(db);
  }
  await sql`alter table security_incident add constraint security_incident_id_check check (id ~ ${BOTH_FORMS})`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table security_incident drop constraint security_incident_id_check`.execute(db);
  for (const table of ['security_incident', 'security_incident_municipality', 'incident_recipient']) {
    const column = table === 'security_incident' ? 'id' : 'incident_id';
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type varchar(17)`.execute(db);
  }
  await sql`alter table security_incident add constraint security_incident_id_check check (id ~ '^CERT-BB-[0-9]{4}-[0-9]{4}$')`.execute(
    db,
  );
}
