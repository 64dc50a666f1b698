import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_LOCK, openDatabase } from '../src/database.ts';

// Two processes on one PGlite directory would corrupt it; the second open must fail instead.

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'kaz-lock-')), 'data');

describe('the PGlite data directory lock', () => {
  it('refuses a second open of a directory in use, and allows it again after close', async () => {
    const dataDir = freshDir();
    const first = await openDatabase({ dataDir });
    try {
      expect(existsSync(join(dataDir, DATA_DIR_LOCK))).toBe(true);
      await expect(openDatabase({ dataDir })).rejects.toThrow(/is in use by process \d+/);
      // The refused open changed nothing for the one that holds it.
      await sql`create table t (n int)`.execute(first.db);
      await sql`insert into t values (1)`.execute(first.db);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, DATA_DIR_LOCK))).toBe(false);
    const second = await openDatabase({ dataDir });
    try {
      const { rows } = await sql<{ n: number }>`select n from t`.execute(second.db);
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await second.close();
    }
    // Two initdb runs of a fresh PGlite cluster: tens of seconds on a loaded two-core machine.
  }, 120_000);

  it('refuses a directory held by another running process', async () => {
    const dataDir = freshDir();
    // Our parent process (the test runner) is alive and is not this process.
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, DATA_DIR_LOCK), `${process.ppid}\n`);
    await expect(openDatabase({ dataDir })).rejects.toThrow(new RegExp(`in use by process ${process.ppid}`));
  });

  it('takes over the lock of a process that no longer runs (killed with SIGKILL)', async () => {
    const dataDir = freshDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, DATA_DIR_LOCK), `${gone.stdout.toString()}\n`);
    const handle = await openDatabase({ dataDir });
    await handle.close();
  });
});
