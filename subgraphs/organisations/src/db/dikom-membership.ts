import { type Page, pageWithTotal } from '@kaz/subgraph-kit';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** The day the Zweckverband DIKOM came into being (§ 14 Abs. 2 GKGBbg): its founding members joined then. */
export const DIKOM_FOUNDED_ON = '2020-04-09';

/** A Kommune's membership in the Zweckverband DIKOM; `member_until` is the last day (inclusive). */
export interface DikomMembershipTable extends AuditColumns {
  ars: string;
  member_since: string;
  member_until: string | null;
  is_sample: boolean;
}

export type DikomMembershipRow = Selectable<DikomMembershipTable>;

/** Memberships by the Kommune's ARS; Kommunen that never were members are simply absent. */
export function findDikomMembershipsByArs(db: Kysely<Database>, ars: readonly string[]) {
  return db.selectFrom('dikom_membership').selectAll().where('ars', 'in', ars).execute();
}

/**
 * One page of memberships, ordered by `member_since`, then ARS, and the number of all that match.
 * With `activeOn` only those that cover that day; without it every membership, ended ones too.
 */
export async function listDikomMemberships(db: Kysely<Database>, activeOn: string | null, page: Page) {
  const filtered = () => {
    const query = db.selectFrom('dikom_membership');
    if (activeOn === null) return query;
    return query
      .where('member_since', '<=', activeOn)
      .where((eb) => eb.or([eb('member_until', 'is', null), eb('member_until', '>=', activeOn)]));
  };
  return pageWithTotal(
    page,
    (limit) =>
      filtered()
        .selectAll()
        .select(sql<number>`count(*) over ()`.as('total_count'))
        .orderBy('member_since')
        .orderBy('ars')
        .offset(page.offset)
        .limit(limit)
        .execute(),
    async () => (await filtered().select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0,
  );
}
