import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ColumnType, type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../src/index.ts';
import { createTestDatabase } from '../src/testing.ts';

interface Db {
  note: {
    id: number;
    body: string;
    amount: ColumnType<number, number | undefined>;
    day: ColumnType<string, string | undefined>;
  };
}

const createNote = {
  up: async (db: Kysely<any>) => {
    await db.schema
      .createTable('note')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('amount', 'numeric(14, 2)', (col) => col.notNull().defaultTo(0))
      .addColumn('day', 'date', (col) => col.notNull().defaultTo('2026-11-26'))
      .execute();
  },
};

describe('a subgraph database (PGlite, or PostgreSQL with TEST_DATABASE_URL)', () => {
  let handle: DatabaseHandle<Db>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const test = await createTestDatabase('db_package');
    drop = test.drop;
    handle = await openDatabase<Db>(test.config);
    await migrateToLatest(handle.db as Kysely<unknown>, { '0001_create_note': createNote });
  });

  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it('returns counts and numerics as numbers and dates as YYYY-MM-DD on either engine', async () => {
    await handle.db.insertInto('note').values({ id: 1, body: 'a', amount: 12.5, day: '2026-02-01' }).execute();
    const row = await handle.db
      .selectFrom('note')
      .select(['amount', 'day', sql<number>`count(*) over ()`.as('n')])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ amount: 12.5, day: '2026-02-01', n: 1 });
  });

  it('runs a second migration run as a no-op', async () => {
    const results = await migrateToLatest(handle.db as Kysely<unknown>, { '0001_create_note': createNote });
    expect(results).toEqual([]);
  });

  it('names the migration that failed', async () => {
    const broken = { up: async (db: Kysely<any>) => void (await sql`select * from no_such_table`.execute(db)) };
    await expect(
      migrateToLatest(handle.db as Kysely<unknown>, { '0001_create_note': createNote, '0002_broken': broken }),
    ).rejects.toThrow(/migration 0002_broken failed/);
  });

  it('keeps concurrent transactions apart: a rolled-back one takes nothing of the other with it', async () => {
    const failing = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ id: 10, body: 'rolled back' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('abort');
    });
    const succeeding = handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ id: 11, body: 'committed' }).execute();
    });
    await expect(failing).rejects.toThrow('abort');
    await succeeding;
    const ids = (await handle.db.selectFrom('note').select('id').where('id', '>=', 10).execute()).map((r) => r.id);
    expect(ids).toEqual([11]);
  });
});

describe('PGlite in a data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'kaz-db-'));

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a missing directory and keeps the data after a restart', async () => {
    const dataDir = join(root, 'nested', 'projects');
    const first = await openDatabase<Db>({ dataDir });
    await migrateToLatest(first.db as Kysely<unknown>, { '0001_create_note': createNote });
    await first.db.insertInto('note').values({ id: 1, body: 'kept' }).execute();
    await first.close();

    const second = await openDatabase<Db>({ dataDir });
    const rows = await second.db.selectFrom('note').select('body').execute();
    await second.close();
    expect(rows).toEqual([{ body: 'kept' }]);
  });
});
