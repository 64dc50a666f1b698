import { type DatabaseHandle, openDatabase } from '@kaz/db';
import { createTestDatabase } from '@kaz/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, pageLoader, selectPage, selectPagesPerParent } from '../src/index.ts';

interface Database {
  item: { id: number; owner: string };
}

// Owner "a" has items 1..5, owner "b" items 6..7, owner "c" none.
const ITEMS = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, owner: id <= 5 ? 'a' : 'b' }));

let fresh: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DatabaseHandle<Database>;
const statements: string[] = [];

beforeAll(async () => {
  fresh = await createTestDatabase('kit_pages');
  handle = await openDatabase<Database>({ ...fresh.config, onQuery: (text) => statements.push(text) });
  await sql`create table item (id integer primary key, owner text not null)`.execute(handle.db);
  await handle.db.insertInto('item').values(ITEMS).execute();
});

afterAll(async () => {
  await handle?.close();
  await fresh?.drop();
});

/** The statements that `run` sends. */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; count: number }> {
  const before = statements.length;
  const result = await run();
  return { result, count: statements.length - before };
}

const listItems = (owner: string | null) => {
  const query = handle.db.selectFrom('item');
  return owner === null ? query : query.where('owner', '=', owner);
};

describe('selectPage', () => {
  it('reads a page and the length of the whole list in one statement', async () => {
    const { result, count } = await counted(() =>
      selectPage(listItems(null), { offset: 2, limit: 3 }, (query) => query.selectAll().orderBy('id')),
    );
    expect(result.rows.map((row) => row.id)).toEqual([3, 4, 5]);
    expect(result.totalCount).toBe(7);
    expect(count).toBe(1);
  });

  it('counts the list with a second statement only for a page behind its end', async () => {
    const { result, count } = await counted(() =>
      selectPage(listItems('b'), { offset: 10, limit: 5 }, (query) => query.selectAll().orderBy('id')),
    );
    expect(result).toEqual({ rows: [], totalCount: 2 });
    expect(count).toBe(2);
  });

  it('answers a page of size 0 with no rows but the total', async () => {
    const { rows, totalCount } = await selectPage(listItems('a'), { offset: 0, limit: 0 }, (query) =>
      query.selectAll().orderBy('id'),
    );
    expect(rows).toEqual([]);
    expect(totalCount).toBe(5);
  });
});

describe('selectPagesPerParent with pageLoader', () => {
  const loader = () =>
    pageLoader(
      (owners: readonly string[], page) =>
        selectPagesPerParent(
          handle.db,
          handle.db.selectFrom('item').selectAll(),
          { parent: 'owner', parents: owners, orderBy: sql`id` },
          page,
        ),
      (row) => row.parent,
    );

  it('loads the same page of many parents in one statement, with each list length', async () => {
    const items = loader();
    const { result, count } = await counted(() =>
      Promise.all(['a', 'b', 'c'].map((parent) => items.load({ parent, offset: 1, limit: 2 }))),
    );
    const [a, b, c] = result;
    expect(a?.rows.map((row) => row.id)).toEqual([2, 3]);
    expect(a?.totalCount).toBe(5);
    expect(b?.rows.map((row) => row.id)).toEqual([7]);
    expect(b?.totalCount).toBe(2);
    expect(c).toEqual({ rows: [], totalCount: 0 });
    expect(count).toBe(1);
  });

  it('knows the length of a list whose page lies behind its end', async () => {
    expect(await loader().load({ parent: 'b', offset: 5, limit: 2 })).toEqual({ rows: [], totalCount: 2 });
  });
});

describe('loadPage', () => {
  it('turns first/after into a page and the page into a connection', async () => {
    const first = await loadPage({ first: 2 }, (page) =>
      selectPage(listItems('a'), page, (query) => query.selectAll().orderBy('id')),
    );
    expect(first.edges.map((edge) => edge.node.id)).toEqual([1, 2]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const primed: number[] = [];
    const next = await loadPage(
      { first: 10, after: first.pageInfo.endCursor },
      (page) => selectPage(listItems('a'), page, (query) => query.selectAll().orderBy('id')),
      (row) => primed.push(row.id),
    );
    expect(next.edges.map((edge) => edge.node.id)).toEqual([3, 4, 5]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(primed).toEqual([3, 4, 5]);
  });

  it('refuses a bad first or after before it loads anything', async () => {
    let loaded = false;
    const load = async () => {
      loaded = true;
      return { rows: [], totalCount: 0 };
    };
    await expect(loadPage({ first: -1 }, load)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(loadPage({ after: 'not-a-cursor' }, load)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(loaded).toBe(false);
  });
});
