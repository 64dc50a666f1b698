import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** The day the Zweckverband DIKOM came into being (§ 14 Abs. 2 GKGBbg): its founding members joined then. */
export const DIKOM_FOUNDED_ON = '2020-04-09';

/**
 * One period of a Kommune's membership in the Zweckverband DIKOM; `member_until` is the last day
 * (inclusive), null while it lasts. A Kommune that leaves and joins again has one row per period;
 * at most one is open. `version` counts the changes of the Kommune's membership across its periods:
 * a new period starts at the version of the previous one plus one.
 */
export interface DikomMembershipTable extends AuditColumns {
  ars: string;
  member_since: string;
  member_until: string | null;
  is_sample: boolean;
}

export type DikomMembershipRow = Selectable<DikomMembershipTable>;

/** Every membership period of each Kommune in `ars`, ordered by ARS, then first day. */
export function findDikomMembershipsOf(db: Kysely<Database>, ars: readonly string[]) {
  return db
    .selectFrom('dikom_membership')
    .selectAll()
    .where('ars', 'in', ars)
    .orderBy('ars')
    .orderBy('member_since')
    .execute();
}

/**
 * One page of memberships, ordered by `member_since`, then ARS, and the number of all that match.
 * With `activeOn` only those that cover that day; without it every period, ended ones too.
 */
export async function listDikomMemberships(db: Kysely<Database>, activeOn: string | null, page: Page) {
  const filtered = () => {
    const query = db.selectFrom('dikom_membership');
    if (activeOn === null) return query;
    return query
      .where('member_since', '<=', activeOn)
      .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', activeOn)]));
  };
  return selectPage(filtered(), page, (query) => query.selectAll().orderBy('member_since').orderBy('ars'));
}

/**
 * The latest membership period of a Kommune (open or ended), locked until the transaction ends, or
 * undefined when it never was a member. Concurrent writers of the same Kommune wait for each other
 * here, and a waiting writer then sees the committed state: a transaction-scoped advisory lock on
 * the Kommune covers a Kommune without rows too (row locks alone would let two first joins pass),
 * and the rows are locked `for update` as well.
 */
export async function lockLatestDikomMembership(
  db: Kysely<Database>,
  ars: string,
): Promise<DikomMembershipRow | undefined> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`dikom_membership:${ars}`}, 0))`.execute(db);
  const rows = await db
    .selectFrom('dikom_membership')
    .selectAll()
    .where('ars', '=', ars)
    .orderBy('member_since')
    .forUpdate()
    .execute();
  return rows.at(-1);
}

/** Adds a membership period and returns the stored row. */
export function insertDikomMembership(db: Kysely<Database>, row: Insertable<DikomMembershipTable>) {
  return db.insertInto('dikom_membership').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Ends the membership period that started on `memberSince`, bumping its version; returns the stored row. */
export function endDikomMembershipPeriod(db: Kysely<Database>, ars: string, memberSince: string, memberUntil: string) {
  return db
    .updateTable('dikom_membership')
    .set((eb) => ({
      member_until: memberUntil,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
    }))
    .where('ars', '=', ars)
    .where('member_since', '=', memberSince)
    .returningAll()
    .executeTakeFirstOrThrow();
}
