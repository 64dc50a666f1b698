import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import type { ConnectionCounts } from './database.ts';

/**
 * What the dialect needs of a PGlite database: a PGlite instance in this thread, or one in a worker
 * thread (PGliteWorkerHost).
 */
export interface EmbeddedClient {
  query<R>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[]; affectedRows?: number | undefined }>;
  close(): Promise<void>;
}

/**
 * A kysely dialect for PGlite that lets one caller at a time hold its single connection, as a pool of
 * size one would, so that concurrent transactions never interleave their statements.
 *
 * Why not kysely-pglite: it hands the same client to every caller without such a lock, and its
 * constructor starts an unawaited `ensureDir` on the client's data directory (a stray `memory:`
 * folder, and a failing mkdir when the directory is gone). kysely's own PGlite dialect (0.29) does it
 * right but needs Node.js 22; this file can go when the hub moves to it.
 */
export function pgliteDialect(client: EmbeddedClient): Dialect & { connections(): ConnectionCounts } {
  const driver = new PGliteDriver(client);
  return {
    connections: () => driver.connections(),
    createAdapter: () => new PostgresAdapter(),
    // Kysely asks once per Kysely instance; the one driver is what makes the lock and the counts true.
    createDriver: () => driver,
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

class PGliteDriver implements Driver {
  readonly #client: EmbeddedClient;
  readonly #connection: PGliteConnection;
  #queue: Promise<void> = Promise.resolve();
  #release: (() => void) | undefined;
  #waiting = 0;

  constructor(client: EmbeddedClient) {
    this.#client = client;
    this.#connection = new PGliteConnection(client);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#waiting++;
    try {
      await previous;
    } finally {
      this.#waiting--;
    }
    this.#release = release;
    return this.#connection;
  }

  connections(): ConnectionCounts {
    return { total: 1, idle: this.#release ? 0 : 1, waiting: this.#waiting };
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.#client.close();
  }
}

class PGliteConnection implements DatabaseConnection {
  readonly #client: EmbeddedClient;

  constructor(client: EmbeddedClient) {
    this.#client = client;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#client.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined ? { numAffectedRows: BigInt(result.affectedRows) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream; kysely only calls this for .stream().
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}
