import type { Page } from '@kaz/subgraph-kit';

/**
 * One page of a top-level list and the length of the whole list. `fetchRows` selects the page with
 * `count(*) over ()` as `total_count`; `countAll` runs only when the page lies behind the end of a
 * non-empty list, so that the total is still right there. A page of size 0 returns no rows.
 */
export async function pageWithTotal<Row extends { total_count: number }>(
  page: Page,
  fetchRows: (limit: number) => Promise<Row[]>,
  countAll: () => Promise<number>,
): Promise<{ rows: Row[]; totalCount: number }> {
  const rows = await fetchRows(Math.max(page.limit, 1));
  const totalCount = rows[0]?.total_count ?? (page.offset === 0 ? 0 : await countAll());
  return { rows: page.limit === 0 ? [] : rows, totalCount };
}
