import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevIssuer } from '@kaz/auth';
import type { DatabaseConfig } from '@kaz/db';
import { createTestDatabase } from '@kaz/db/testing';
import { afterAll, describe, it } from 'vitest';
import { readStateOverApi, startWriters } from './support/durability-api.ts';
import { readStateDirectly, waitForOtherSessionsToEnd } from './support/durability-database.ts';
import { type StoredState, WriteLedger } from './support/durability-ledger.ts';
import { type SubgraphProcess, startSubgraphProcess } from './support/durability-process.ts';

// Issue 5, "Durability": with a data directory the embedded database keeps its data across restarts;
// a process killed with SIGKILL in the middle of writes loses no committed write and leaves no
// half-written one, on PGlite and on PostgreSQL.
//
// The projects subgraph runs in its own process, as an operator starts it. Writers keep WRITERS
// mutations in flight (create a project, then update it: each writes the project, its link rows and
// one audit entry in one transaction) and record every answer. First a clean restart (SIGTERM) must
// keep every acknowledged write. Then, three times, after enough acknowledged writes and while others
// are in flight, the process gets SIGKILL; after the first two kills it is started again on the same
// data and read over its API, after the last one the database itself is read, past the subgraph (its
// link tables too). Every acknowledged write must be there with exactly its values and its audit
// entry; a write that was in flight may be there or not, but only whole (entity, links and audit
// entry together), and from then on it must stay as found.

const ENTRY = 'subgraphs/projects/src/main.ts';
const WRITERS = 8;
/** Acknowledged writes before each SIGKILL (one kill per entry). */
const ACKNOWLEDGED_BEFORE_KILL = [40, 60, 50];
/** PostgreSQL for this file whether or not the rest of the suite runs on it: CI starts it on 127.0.0.1. */
const POSTGRES_SERVER = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface DatabaseKind {
  name: string;
  /** A fresh, empty database: the environment a subgraph process needs for it, and how to read it directly. */
  create(): Promise<{ env: Record<string, string>; config: DatabaseConfig; afterKill(): Promise<void> }>;
}

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function temporaryDirectory(label: string): string {
  const directory = mkdtempSync(join(tmpdir(), `kaz-durability-${label}-`));
  cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

const kinds: DatabaseKind[] = [
  {
    name: 'PGlite with a data directory',
    create: async () => {
      const dataDir = join(temporaryDirectory('pglite'), 'data');
      return { env: { DATA_DIR: dataDir }, config: { dataDir }, afterKill: async () => {} };
    },
  },
  {
    name: 'PostgreSQL',
    create: async () => {
      // createTestDatabase makes its database on the server named by TEST_DATABASE_URL.
      const previous = process.env.TEST_DATABASE_URL;
      process.env.TEST_DATABASE_URL = POSTGRES_SERVER;
      const database = await createTestDatabase('durability').finally(() => {
        if (previous === undefined) delete process.env.TEST_DATABASE_URL;
        else process.env.TEST_DATABASE_URL = previous;
      });
      cleanups.push(database.drop);
      const url = database.config.url as string;
      return { env: { DATABASE_URL: url }, config: { url }, afterKill: () => waitForOtherSessionsToEnd(url) };
    },
  },
];

/** Resolves when `condition` holds; checks every few milliseconds, gives up after `timeoutMs`. */
async function until(condition: () => boolean, describeWait: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms: ${describeWait()}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe.each(kinds)('durability on $name', (kind) => {
  it('loses no acknowledged write and leaves no half-written one when killed mid-write, and keeps all across a clean restart', async ({
    expect,
  }) => {
    const database = await kind.create();
    const issuerDir = join(temporaryDirectory('issuer'), 'dev-issuer');
    const issuer = await loadOrCreateDevIssuer(issuerDir);
    const writer = await issuer.sign({ org: 'kaz', subject: 'durability-test@kaz', scopes: ['projects:write'] });
    const tokens = { reader: writer, auditor: await issuer.sign({ org: 'lda', scopes: ['audit:read'] }) };
    const ledger = new WriteLedger();
    const figures: string[] = [];

    let subgraph: SubgraphProcess | undefined;
    const start = async () => {
      subgraph = await startSubgraphProcess(ENTRY, { DEV_ISSUER_DIR: issuerDir, ...database.env });
      return subgraph;
    };
    cleanups.push(() => subgraph?.kill());
    /** Reads what is stored and checks it against the ledger; then holds in-flight writes to what was found. */
    const check = (state: StoredState, where: string) => {
      expect(
        ledger.problemsIn(state),
        `${where}; the subgraph printed:\n${subgraph?.output.slice(-20).join('\n')}`,
      ).toEqual([]);
      return ledger.settle(state);
    };

    // A clean restart (SIGTERM) keeps everything, including the writes acknowledged just before it.
    let running = await start();
    const writers = startWriters(running.url, writer, ledger, WRITERS);
    await until(
      () => ledger.count('refused') > 0 || ledger.count('acknowledged') >= 20,
      () => `${ledger.count('acknowledged')} acknowledged`,
    );
    writers.stop();
    await writers.done;
    expect(ledger.count('in-flight')).toBe(0);
    expect(await running.stop()).toEqual({ code: 0, signal: null });
    running = await start();
    check(await readStateOverApi(running.url, tokens), 'API after a clean restart');

    // SIGKILL in the middle of writes, then a restart on the same data; the last kill is checked on
    // the database itself, with no subgraph process on it.
    let state: StoredState | undefined;
    for (const [cycle, target] of ACKNOWLEDGED_BEFORE_KILL.entries()) {
      const acknowledgedBefore = ledger.count('acknowledged');
      const writers = startWriters(running.url, writer, ledger, WRITERS);
      await until(
        () =>
          ledger.count('refused') > 0 ||
          (ledger.count('acknowledged') - acknowledgedBefore >= target && ledger.count('in-flight') >= WRITERS / 2),
        () =>
          `${ledger.count('acknowledged') - acknowledgedBefore} acknowledged, ${ledger.count('in-flight')} in flight`,
      );
      const inFlightAtKill = ledger.count('in-flight');
      expect(await running.kill()).toEqual({ code: null, signal: 'SIGKILL' });
      await writers.done;
      await database.afterKill();
      const last = cycle === ACKNOWLEDGED_BEFORE_KILL.length - 1;
      if (last) {
        state = await readStateDirectly(database.config);
      } else {
        running = await start();
        state = await readStateOverApi(running.url, tokens);
      }
      const outcome = check(state, last ? 'database after the last SIGKILL' : `API after SIGKILL ${cycle + 1}`);
      figures.push(
        `kill ${cycle + 1}: ${inFlightAtKill} in flight, ${outcome.committed} whole, ${outcome.absent} absent`,
      );
    }

    // The checks above compared something: the stored projects are the acknowledged ones and more.
    const acknowledgedProjects = new Set(
      ledger.writes.filter((write) => write.status === 'acknowledged').map((write) => write.projectId),
    );
    expect(acknowledgedProjects.size).toBeGreaterThan(ACKNOWLEDGED_BEFORE_KILL.length * 10);
    expect(state?.projects.size).toBeGreaterThanOrEqual(acknowledgedProjects.size);
    console.info(
      `durability on ${kind.name}: ${ledger.count('acknowledged')} acknowledged writes, ${state?.projects.size} projects, ` +
        `${state?.audit.length} audit entries; ${figures.join('; ')}`,
    );
  });
});
