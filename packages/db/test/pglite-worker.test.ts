import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ColumnType, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, PGliteWorkerHost } from '../src/index.ts';

// `pnpm start` loads its snapshots into PGlite databases in a worker thread; the subgraphs must not
// see a difference: the same values, the same errors, the same transactions.

interface Db {
  note: { id: number; body: string; amount: ColumnType<number, number>; day: ColumnType<string, string> };
}

let directory: string;
let snapshot: string;
let host: PGliteWorkerHost;
let handle: DatabaseHandle<Db>;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'kaz-pglite-worker-'));
  const source = await openDatabase<Db>();
  await sql`create table note (id integer primary key, body text not null unique, amount numeric(14, 2) not null, day date not null)`.execute(
    source.db,
  );
  await source.db.insertInto('note').values({ id: 1, body: 'Potsdam', amount: 12.5, day: '2026-12-01' }).execute();
  snapshot = join(directory, 'note.tar');
  const dump = await source.dumpDataDir?.();
  writeFileSync(snapshot, new Uint8Array(await (dump as Blob).arrayBuffer()));
  await source.close();
  host = new PGliteWorkerHost();
  handle = await openDatabase<Db>({ embedded: await host.load(snapshot) });
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await host?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('a PGlite database in a worker thread, loaded from a snapshot', () => {
  it('holds the snapshot’s rows, with numbers and dates parsed as openDatabase parses them', async () => {
    expect(await handle.db.selectFrom('note').selectAll().execute()).toEqual([
      { id: 1, body: 'Potsdam', amount: 12.5, day: '2026-12-01' },
    ]);
    const { rows } = await sql<{ total: number }>`select count(*) as total from note where body = ${'Potsdam'}`.execute(
      handle.db,
    );
    expect(rows).toEqual([{ total: 1 }]);
  });

  it('drops the template databases from the snapshot (PGlite serves only postgres)', async () => {
    const { rows } = await sql<{ datname: string }>`select datname from pg_database order by datname`.execute(
      handle.db,
    );
    expect(rows.map((row) => row.datname)).toEqual(['postgres']);
  });

  it('reports PostgreSQL errors with their code and constraint, as the subgraphs check them', async () => {
    const failure = await handle.db
      .insertInto('note')
      .values({ id: 2, body: 'Potsdam', amount: 1, day: '2026-12-02' })
      .execute()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: '23505', constraint: 'note_body_key' });
  });

  it('rolls a failed transaction back and commits a good one', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx.insertInto('note').values({ id: 3, body: 'Cottbus', amount: 2, day: '2026-12-02' }).execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await handle.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('note')
        .values({ id: 4, body: 'Brandenburg an der Havel', amount: 3, day: '2026-12-03' })
        .execute();
    });
    const bodies = await handle.db.selectFrom('note').select('body').orderBy('id').execute();
    expect(bodies.map((row) => row.body)).toEqual(['Potsdam', 'Brandenburg an der Havel']);
  });

  it('rejects a missing file with Node’s ENOENT, which the subgraph kit treats as “no snapshot yet”', async () => {
    const failure = await host.load(join(directory, 'missing.tar')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'ENOENT' });
  });

  it('keeps the process alive while a load is in flight, and lets it end once idle', () => {
    // A process whose only pending work is the worker's answer (as `pnpm start` waiting for its
    // snapshots) must wait for it; an idle worker must not keep a finished process running.
    const script = [
      `import { PGliteWorkerHost } from ${JSON.stringify(new URL('../src/pglite-worker.ts', import.meta.url).href)};`,
      'const host = new PGliteWorkerHost();',
      `const client = await host.load(${JSON.stringify(snapshot)});`,
      "const { rows } = await client.query('select body from note');",
      'console.log(JSON.stringify(rows));',
    ].join('\n');
    const file = join(directory, 'load-and-wait.mts');
    writeFileSync(file, script);
    const output = execFileSync(process.execPath, ['--import', 'tsx', file], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(output.trim()).toBe('[{"body":"Potsdam"}]');
  });
});
