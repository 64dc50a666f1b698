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

/** Which rows of `selectPagesPerParent` belong to which parent, and their order within one parent. */
export interface ParentWindow {
  /** The column that holds a row's parent key, e.g. `'e.ars'`; selected as `parent`. */
  parent: string;
  /** The keys of the parents whose pages are wanted. */
  parents: readonly string[];
  /** The order within one parent's list, as SQL, e.g. sql`c.id` or sql`detected_at desc, id`. */
  orderBy: RawBuilder<unknown>;
}

/**
 * The fetch of a `pageLoader`: one page of a nested list for each of many parents, in one
 * statement. `rows` selects the rows of the list (joins, columns and any other condition); this
 * adds the parent key as `parent`, keeps the rows of `window.parents`, and gives each row its
 * 1-based `position` in its parent's list (`row_number() over (partition by … order by …)`) and
 * that list's length (`total_count`). The result holds the rows of the page plus every parent's
 * first row (see `pageLoader`), ordered by parent and position.
 */
export function selectPagesPerParent<DB, TB extends keyof DB, O>(
  db: Kysely<any>,
  rows: SelectQueryBuilder<DB, TB, O>,
  window: ParentWindow,
  page: Page,
): Promise<(O & { parent: string } & Positioned)[]> {
  const parent = sql.ref(window.parent);
  const windowed = rows
    .select([
      sql<string>`${parent}`.as('parent'),
      sql<number>`row_number() over (partition by ${parent} order by ${window.orderBy})`.as('position'),
      sql<number>`count(*) over (partition by ${parent})`.as('total_count'),
    ])
    .where(sql<boolean>`${parent} in (${sql.join(window.parents)})`)
    .as('windowed');
  // `db` is typed loosely: kysely cannot follow a generic row type through a subquery, and the outer
  // query uses only the columns named here.
  return db
    .selectFrom(windowed)
    .selectAll()
    .where(pageWindowFilter(page))
    .orderBy('parent')
    .orderBy('position')
    .execute() as Promise<(O & { parent: string } & Positioned)[]>;
}
