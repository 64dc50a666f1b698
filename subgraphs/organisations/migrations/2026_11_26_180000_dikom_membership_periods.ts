import { type Kysely, sql } from 'kysely';

/**
 * DIKOM membership becomes a history of periods: a Kommune that left and joins again gets a new
 * row, and the ended one is kept, so that `dikomMembers(activeOn:)` still answers for past days.
 * The key grows from the ARS to (ARS, first day); at most one period per Kommune is open, and the
 * periods of one Kommune never overlap.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table dikom_membership drop constraint dikom_membership_pkey`.execute(db);
  await db.schema
    .alterTable('dikom_membership')
    .addPrimaryKeyConstraint('dikom_membership_pkey', ['ars', 'member_since'])
    .execute();
  // The current membership of a Kommune: one at most. Two concurrent joins of the same Kommune
  // collide here even when neither sees the other's row yet.
  await sql`create unique index dikom_membership_current_key on dikom_membership (ars) where member_until is null`.execute(
    db,
  );
  // An exclusion constraint would need btree_gist, which PGlite does not load; a trigger works on
  // both databases. It cannot see a concurrent writer's rows; the mutations lock the Kommune's rows
  // and the unique index above catches two open periods.
  await sql`
    create function dikom_membership_no_overlap() returns trigger language plpgsql as $$
    begin
      if exists (
        select 1 from dikom_membership m
        where m.ars = new.ars
          and m.member_since <> new.member_since
          and (tg_op = 'INSERT' or not (m.ars = old.ars and m.member_since = old.member_since))
          and daterange(m.member_since, m.member_until, '[]') && daterange(new.member_since, new.member_until, '[]')
      ) then
        raise exception 'DIKOM membership periods of % overlap at %', new.ars, new.member_since
          using errcode = 'exclusion_violation';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger dikom_membership_no_overlap before insert or update on dikom_membership
    for each row execute function dikom_membership_no_overlap()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger dikom_membership_no_overlap on dikom_membership`.execute(db);
  await sql`drop function dikom_membership_no_overlap()`.execute(db);
  await sql`drop index dikom_membership_current_key`.execute(db);
  // Back to one row per Kommune: fails while a Kommune has more than one period, as it should.
  await sql`alter table dikom_membership drop constraint dikom_membership_pkey`.execute(db);
  await db.schema.alterTable('dikom_membership').addPrimaryKeyConstraint('dikom_membership_pkey', ['ars']).execute();
}
