import { type Kysely, sql } from 'kysely';

// New work orders get random keys ("AA-7QK3-M9XA-2DHF", 17 characters) instead of the next number of
// their year of issue; the numbered ones stay valid. The column widens and the check accepts both.
const BOTH_FORMS = sql.raw(
  `'^AA-([0-9]{4}-[0-9]{3}|[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})$'`,
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table work_order drop constraint work_order_id_check`.execute(db);
  await sql`alter table work_order alter column id type varchar(32)`.execute(db);
  await sql`alter table work_order add constraint work_order_id_check check (id ~ ${BOTH_FORMS})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table work_order drop constraint work_order_id_check`.execute(db);
  await sql`alter table work_order alter column id type varchar(16)`.execute(db);
  await sql`alter table work_order add constraint work_order_id_check check (id ~ '^AA-[0-9]{4}-[0-9]{3}$')`.execute(
    db,
  );
}
