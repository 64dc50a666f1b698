import DataLoader from 'dataloader';
import type { Page } from './pagination.ts';

/**
 * A loader for rows by a unique key: one `where key in (...)` query per batch, results in key
 * order, `null` for a key without a row.
 */
export function keyLoader<K extends string | number, Row>(
  fetch: (keys: readonly K[]) => Promise<Row[]>,
  keyOf: (row: Row) => K,
): DataLoader<K, Row | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * The row a foreign key guarantees, through a key loader (so the lookups of a whole list are one
 * batch). A missing row is a server error (logged, and masked as INTERNAL_SERVER_ERROR), never a
 * null where the schema promises a value; `what` names it in the log, e.g. "licence LIZ-0001 of an
 * allocation".
 */
export async function loadReferenced<K, Row>(
  loader: { load(key: K): Promise<Row | null | undefined> },
  key: K,
  what: string,
): Promise<Row> {
  const row = await loader.load(key);
  if (row == null) throw new Error(`${what} is missing`);
  return row;
}

/** A loader for all rows that belong to a key (a nested list without paging), in query order. */
export function listLoader<K extends string | number, Row>(
  fetch: (keys: readonly K[]) => Promise<Row[]>,
  keyOf: (row: Row) => K,
): DataLoader<K, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** One page of a nested list and the length of the whole list. */
export interface PageOf<Row> {
  rows: Row[];
  totalCount: number;
}

/** A key of a page loader: the parent's key plus the page. */
export interface PageKey<K> extends Page {
  parent: K;
}

/** What a page fetch returns for every row: its 1-based position in its parent's list and that list's length. */
export interface Positioned {
  position: number;
  total_count: number;
}

/**
 * A loader for one page of a nested list per parent (e.g. the projects of each of 413 Kommunen).
 * `fetch` gets all parents that ask for the same page and returns, for each parent, the rows of
 * that page plus its first row, each with `position` and `total_count` from window functions
 * partitioned by the parent (see `selectPagesPerParent`); the first row is there so that the total is
 * known even for a page past the end. One query per distinct page in a batch, however many parents.
 */
export function pageLoader<K extends string | number, Row extends Positioned>(
  fetch: (parents: readonly K[], page: Page) => Promise<Row[]>,
  parentOf: (row: Row) => K,
): DataLoader<PageKey<K>, PageOf<Row>, string> {
  const idOf = (parent: K, page: Page) => `${parent}|${page.offset}:${page.limit}`;
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, { page: Page; parents: K[] }>();
      for (const key of keys) {
        const id = `${key.offset}:${key.limit}`;
        const group = groups.get(id) ?? { page: { offset: key.offset, limit: key.limit }, parents: [] };
        group.parents.push(key.parent);
        groups.set(id, group);
      }
      const results = new Map<string, PageOf<Row>>();
      for (const { page, parents } of groups.values()) {
        for (const row of await fetch(parents, page)) {
          const id = idOf(parentOf(row), page);
          const result = results.get(id) ?? { rows: [], totalCount: row.total_count };
          if (row.position > page.offset && row.position <= page.offset + page.limit) result.rows.push(row);
          results.set(id, result);
        }
      }
      return keys.map((key) => results.get(idOf(key.parent, key)) ?? { rows: [], totalCount: 0 });
    },
    { cacheKeyFn: (key) => idOf(key.parent, key) },
  );
}
