import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, type LogConfig, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pgliteDialect } from './pglite-dialect.ts';

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
  /** PostgreSQL only: the size of the connection pool (default 10). */
  poolSize?: number | undefined;
  /** Called once for every SQL statement that runs; used for logging and for counting statements. */
  onQuery?: ((sql: string) => void) | undefined;
}

/** A kysely handle plus what is needed to close it. */
export interface DatabaseHandle<DB> {
  db: Kysely<DB>;
  /** `postgres` or `pglite`. */
  kind: 'postgres' | 'pglite';
  /** Closes the pool or the embedded database. Safe to call once. */
  close(): Promise<void>;
}

// PostgreSQL type OIDs whose default parsing differs between `pg` and PGlite. We parse them the
// same way on both so that resolvers never see a string on one and a number on the other.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

/**
 * Opens the database of one subgraph: PostgreSQL when `config.url` is set, PGlite otherwise.
 * `bigint` and `numeric` come back as JavaScript numbers, `date` as `YYYY-MM-DD` strings.
 */
export async function openDatabase<DB>(config: DatabaseConfig = {}): Promise<DatabaseHandle<DB>> {
  const log: LogConfig | undefined = config.onQuery
    ? (event) => {
        if (event.level === 'query') config.onQuery?.(event.query.sql);
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
    pool.on('error', (error) => console.warn(`database connection lost: ${error.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  const parsers = { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepText };
  // Without a data directory PGlite keeps everything in memory.
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const client = config.dataDir ? await PGlite.create(config.dataDir, { parsers }) : await PGlite.create({ parsers });
  const db = new Kysely<DB>({ dialect: pgliteDialect(client), ...(log ? { log } : {}) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
