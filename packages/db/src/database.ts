import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogConfig, PostgresDialect } from 'kysely';
import pg from 'pg';
import { DATE, IN_MEMORY_INITDB, IN_MEMORY_SETTINGS, INT8, NUMERIC, TEMPLATE_DATABASES } from './embedded-settings.ts';
import { type EmbeddedClient, pgliteDialect } from './pglite-dialect.ts';
import { tarballBlob } from './tarball-blob.mjs';

/** Where a subgraph keeps its data. */
export interface DatabaseConfig {
  /**
   * A PostgreSQL connection URL (`postgres://…`). When set, the subgraph uses PostgreSQL through
   * `pg`; otherwise the embedded PGlite.
   */
  url?: string | undefined;
  /**
   * PGlite only: a directory that keeps the data between runs (created when missing). Without it
   * PGlite lives in memory.
   */
  dataDir?: string | undefined;
  /**
   * PGlite in memory only: start from this data directory tarball (what `DatabaseHandle.dumpDataDir`
   * wrote) instead of an empty cluster. Ignored with `url` or `dataDir`.
   */
  loadDataDir?: Uint8Array | undefined;
  /**
   * PGlite only: a database already open elsewhere, e.g. loaded from a snapshot in a worker thread
   * (`PGliteWorkerHost.load`); used as it is. Ignored with `url`.
   */
  embedded?: EmbeddedClient | undefined;
  /** PostgreSQL only: the size of the connection pool (default 10). */
  poolSize?: number | undefined;
  /** Called once for every SQL statement that runs; used for logging and for counting statements. */
  onQuery?: ((sql: string) => void) | undefined;
  /**
   * Called once for every SQL statement that ends, whether it succeeded or failed, with how long it
   * took (kysely's own measurement, from sending it to reading its rows); used for metrics.
   */
  onStatement?: ((statement: StatementTiming) => void) | undefined;
  /**
   * PostgreSQL only: called when the server ends an idle pooled connection (a restart, a failover, a
   * dropped database); the pool replaces it. Default: a warning on stderr.
   */
  onConnectionError?: ((error: Error) => void) | undefined;
}

/** One SQL statement that ended. */
export interface StatementTiming {
  sql: string;
  durationMs: number;
  failed: boolean;
}

/** The connections of a database handle at one moment. */
export interface ConnectionCounts {
  /** Open connections (PGlite: always 1, its single connection). */
  total: number;
  /** Open connections no one holds. */
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
}

/** A kysely handle plus what is needed to close it. */
export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  /** `postgres` or `pglite`. */
  kind: 'postgres' | 'pglite';
  /** Closes the pool or the embedded database. Safe to call once. */
  close(): Promise<void>;
  /** How many connections are open, idle, and waited for now. */
  connections(): ConnectionCounts;
  /**
   * PGlite only: the whole data directory as an uncompressed tarball, for `DatabaseConfig.loadDataDir`;
   * the template databases are dropped first (see TEMPLATE_DATABASES).
   */
  dumpDataDir?: (() => Promise<Blob>) | undefined;
}

const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

/**
 * Opens the database of one subgraph: PostgreSQL when `config.url` is set, PGlite otherwise.
 * `bigint` and `numeric` come back as JavaScript numbers, `date` as `YYYY-MM-DD` strings.
 */
export async function openDatabase<DB>(config: DatabaseConfig = {}): Promise<DatabaseHandle<DB>> {
  const { onQuery, onStatement } = config;
  const log: LogConfig | undefined =
    onQuery || onStatement
      ? (event) => {
          if (event.level === 'query') onQuery?.(event.query.sql);
          onStatement?.({
            sql: event.query.sql,
            durationMs: event.queryDurationMillis,
            failed: event.level === 'error',
          });
        }
      : undefined;

  if (config.url) {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8 || oid === NUMERIC) return parseNumber;
          if (oid === DATE) return keepText;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can be ended by the server (a restart, a failover, a dropped database);
    // without a listener that error would crash the process. The pool replaces the connection.
    pool.on(
      'error',
      config.onConnectionError ?? ((error) => console.warn(`database connection lost: ${error.message}`)),
    );
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    return {
      db,
      kind: 'postgres',
      close: () => db.destroy(),
      connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }

  if (config.embedded) {
    const dialect = pgliteDialect(config.embedded);
    const db = new Kysely<DB>({ dialect, ...(log ? { log } : {}) });
    return { db, kind: 'pglite', close: () => db.destroy(), connections: () => dialect.connections() };
  }

  const parsers = { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepText };
  // Without a data directory PGlite keeps everything in memory.
  const unlock = config.dataDir ? lockDataDir(config.dataDir) : () => {};
  try {
    const client = config.dataDir
      ? await PGlite.create(config.dataDir, { parsers })
      : await PGlite.create({
          parsers,
          postgresqlconf: IN_MEMORY_SETTINGS,
          initDbStartParams: IN_MEMORY_INITDB,
          ...(config.loadDataDir ? { loadDataDir: tarballBlob(config.loadDataDir) } : {}),
        });
    const dialect = pgliteDialect(client);
    const db = new Kysely<DB>({ dialect, ...(log ? { log } : {}) });
    const close = async () => {
      await db.destroy();
      unlock();
    };
    return {
      db,
      kind: 'pglite',
      close,
      connections: () => dialect.connections(),
      // The templates go first (see TEMPLATE_DATABASES); then a checkpoint: a data directory dumped
      // without one makes every start from it run crash recovery ("database system was not properly
      // shut down"), about 30 % more CPU per start.
      dumpDataDir: async () => {
        const { rows } = await client.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE datname = ANY($1)',
          [TEMPLATE_DATABASES],
        );
        for (const { datname: name } of rows) {
          await client.query(`ALTER DATABASE ${name} IS_TEMPLATE false`);
          await client.query(`DROP DATABASE ${name}`);
        }
        await client.exec('CHECKPOINT');
        return client.dumpDataDir('none');
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** The lock file in a PGlite data directory: the id of the process that has it open. */
export const DATA_DIR_LOCK = 'kaz-data-dir.lock';
const lockedHere = new Set<string>();

/**
 * Takes a PGlite data directory for this process (creating it when missing). PGlite, unlike a
 * PostgreSQL server, does not keep a second process off its files, and two processes writing one
 * directory corrupt it — an operator starting a subgraph twice must get an error instead. A lock
 * left by a process that no longer runs (killed with SIGKILL) is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const directory = resolve(dataDir);
  mkdirSync(directory, { recursive: true });
  const file = join(directory, DATA_DIR_LOCK);
  const inUse = (holder: number) =>
    new Error(
      `the data directory ${directory} is in use by process ${holder}: two processes on one PGlite directory ` +
        `would corrupt it. Stop that process first (if no such process runs, delete ${file}).`,
    );
  if (lockedHere.has(directory)) throw inUse(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      lockedHere.add(directory);
      return () => {
        lockedHere.delete(directory);
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) throw inUse(holder);
      rmSync(file, { force: true });
    }
  }
  throw inUse(Number.NaN);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
