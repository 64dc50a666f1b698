import { Worker } from 'node:worker_threads';
import { WORKER_DATABASE_SETTINGS } from './embedded-settings.ts';
import type { EmbeddedClient } from './pglite-dialect.ts';

interface Answer {
  id: number;
  result?: unknown;
  error?: { message: string; name: string } & Record<string, unknown>;
}

/**
 * In-memory PGlite databases in one worker thread. A database that starts from a snapshot tarball
 * spends a second or more unpacking it and booting WebAssembly PostgreSQL; in a worker that work runs
 * on a second core while the main thread loads modules and builds schemas, and later each statement
 * runs there too, beside the main thread's GraphQL work.
 *
 * `load(file)` starts at once and resolves to a client for `DatabaseConfig.embedded`; it rejects with
 * the worker's error (a missing file keeps Node's `code` ENOENT). The thread starts with the first
 * `load` (a hub whose databases are all on PostgreSQL starts none), keeps the process alive only while
 * a request is in flight, and ends with `close()`.
 */
export class PGliteWorkerHost {
  #worker: Worker | undefined;
  readonly #pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  #next = 1;
  #closed = false;

  /** The worker thread, started by the first request: a host that loads nothing costs nothing. */
  #thread(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./pglite-worker-thread.mjs', import.meta.url));
    worker.on('message', (answer: Answer) => {
      const pending = this.#pending.get(answer.id);
      if (!pending) return;
      this.#pending.delete(answer.id);
      if (this.#pending.size === 0) worker.unref();
      if (answer.error) pending.reject(Object.assign(new Error(answer.error.message), answer.error));
      else pending.resolve(answer.result);
    });
    worker.on('error', (error) => this.#failAll(error));
    worker.on('exit', (code) => this.#failAll(new Error(`the PGlite worker thread exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /**
   * Loads the tarball `file` (what `DatabaseHandle.dumpDataDir` wrote) into a new in-memory database
   * in the worker, set up as `openDatabase` sets up one in memory.
   */
  async load(file: string): Promise<EmbeddedClient> {
    const db = (await this.#request({ op: 'load', file, ...WORKER_DATABASE_SETTINGS })) as number;
    let closed = false;
    return {
      query: async <R>(sql: string, params: readonly unknown[] = []) =>
        (await this.#request({ op: 'query', db, sql, params })) as { rows: R[]; affectedRows?: number },
      close: async () => {
        if (closed || this.#closed) return;
        closed = true;
        await this.#request({ op: 'close', db });
      },
    };
  }

  /** Ends the worker and every database in it. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#worker?.terminate();
  }

  #request(message: Record<string, unknown>): Promise<unknown> {
    if (this.#closed) return Promise.reject(new Error('the PGlite worker is closed'));
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      const worker = this.#thread();
      // A request in flight keeps the process alive (its caller awaits the answer, and nothing else
      // may be pending: a start that waits only for its snapshots); an idle worker does not.
      if (this.#pending.size === 1) worker.ref();
      worker.postMessage({ ...message, id });
    });
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
