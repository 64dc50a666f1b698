import { type Kysely, sql } from 'kysely';

// Issue 13 (§6 of the Umsetzungskonzept Kaz: at least 1 Mio. Euro Land money a year): what of a
// budget line was actually spent (Ist), next to what was planned (Soll, `amount_eur`). Null until the
// Kaz records the year's accounts; never more than planned.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('budget_line')
    .addColumn('spent_eur', 'numeric(14, 2)', (col) => col.check(sql`spent_eur >= 0`))
    .execute();
  await sql`alter table budget_line add constraint budget_line_spent_check
    check (spent_eur is null or spent_eur <= amount_eur)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table budget_line drop constraint budget_line_spent_check`.execute(db);
  await db.schema.alterTable('budget_line').dropColumn('spent_eur').execute();
}
