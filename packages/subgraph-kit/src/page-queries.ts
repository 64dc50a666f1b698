import { type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { PageOf, Positioned } from './loaders.ts';
import type { Page } from './pagination.ts';
import { pageWindowFilter } from './sql.ts';

/**
 * One page of a top-level list and the length of the whole list, in one statement as a rule:
 * `rows(query)` picks and orders the rows of `query` (e.g. `(q) => q.selectAll().orderBy('id')`),
 * and the page is selected with `count(*) over ()` as `total_count`. A second statement, `count(*)`
 * of `query`, runs only when the page lies behind the end of a non-empty list, so that the total is
 * still right there. A page of size 0 returns no rows (but still the total).
 */
export async function selectPage<DB, TB extends keyof DB, Filtered, O>(
  query: SelectQueryBuilder<DB, TB, Filtered>,
  page: Page,
  rows: (query: SelectQueryBuilder<DB, TB, Filtered>) => SelectQueryBuilder<DB, TB, O>,
): Promise<PageOf<O & { total_count: number }>> {
  // kysely cannot add a column to a generic row type, so the rows are typed by hand.
  const found = (await rows(query)
    .select(sql<number>`count(*) over ()`.as('total_count'))
    .offset(page.offset)
    .limit(Math.max(page.limit, 1))
    .execute()) as (O & { total_count: number })[];
  const countAll = async () => {
    const row = (await query.select(sql<number>`count(*)`.as('n')).executeTakeFirst()) as { n: number } | undefined;
    return row?.n ?? 0;
  };
  const totalCount = found[0]?.total_count ?? (page.offset === 0 ? 0 : await countAll());
  return { rows: page.limit === 0 ? [] : found, totalCount };
}

/** The window of `selectPagesPerParent`: the expression that tells the parents apart, and the order within one. */
export interface ParentWindow {
  partitionBy: RawBuilder<unknown>;
  orderBy: RawBuilder<unknown>;
}

/**
 * The fetch of a `pageLoader`: one page of a nested list for each of many parents, in one
 * statement. `rows` selects the rows of all the parents with their `parent` key; each row gets its
 * 1-based `position` in its parent's list (`row_number() over (partition by … order by …)`) and
 * that list's length (`total_count`), and the result keeps the rows of the page plus every
 * parent's first row (see `pageLoader`), ordered by parent and position.
 */
export function selectPagesPerParent<DB, TB extends keyof DB, O extends { parent: string | number }>(
  db: Kysely<any>,
  rows: SelectQueryBuilder<DB, TB, O>,
  window: ParentWindow,
  page: Page,
): Promise<(O & Positioned)[]> {
  const windowed = rows
    .select([
      sql<number>`row_number() over (partition by ${window.partitionBy} order by ${window.orderBy})`.as('position'),
      sql<number>`count(*) over (partition by ${window.partitionBy})`.as('total_count'),
    ])
    .as('windowed');
  // `db` is typed loosely: kysely cannot follow a generic row type through a subquery, and the outer
  // query uses only the columns named here.
  return db
    .selectFrom(windowed)
    .selectAll()
    .where(pageWindowFilter(page))
    .orderBy('parent')
    .orderBy('position')
    .execute() as Promise<(O & Positioned)[]>;
}
