import { type Kysely, sql } from 'kysely';

/**
 * Two additions for references between partners:
 * - every committee carries the id prefix of its decisions (`decision_prefix`: `itrat` for the IT-Rat,
 *   `sg` for the Steuerungsgremium, `pgozg` for the PG OZG; any other committee its key without
 *   hyphens and digits), so that `recordDecision` no longer derives it from a list of keys;
 * - a decision can be withdrawn (aufgehoben): `withdrawn_on` (null while in force) and a note, not
 *   before the decision's date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('committee').addColumn('decision_prefix', 'varchar(20)').execute();
  await sql`
    update committee set decision_prefix = case id
      when 'it-rat' then 'itrat'
      when 'steuerungsgremium' then 'sg'
      when 'pg-ozg' then 'pgozg'
      else regexp_replace(id, '[^a-z]', '', 'g')
    end`.execute(db);
  await sql`alter table committee alter column decision_prefix set not null`.execute(db);
  await sql`alter table committee add constraint committee_decision_prefix_format check (decision_prefix ~ '^[a-z]{1,20}$')`.execute(
    db,
  );
  await sql`alter table committee add constraint committee_decision_prefix_key unique (decision_prefix)`.execute(db);

  await db.schema
    .alterTable('decision')
    .addColumn('withdrawn_on', 'date')
    .addColumn('withdrawal_note', 'text')
    .execute();
  await sql`alter table decision add constraint decision_withdrawal_order check (withdrawn_on is null or withdrawn_on >= decided_on)`.execute(
    db,
  );
  await sql`alter table decision add constraint decision_withdrawal_note check (withdrawal_note is null or withdrawn_on is not null)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('decision').dropColumn('withdrawal_note').dropColumn('withdrawn_on').execute();
  await db.schema.alterTable('committee').dropColumn('decision_prefix').execute();
}
