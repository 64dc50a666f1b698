/**
 * How the hub's embedded databases are set up, shared by `openDatabase` and the PGlite worker thread
 * (which creates them the same way from plain data). No imports: the worker host loads this before
 * anything heavy.
 */

// PostgreSQL type OIDs whose default parsing differs between `pg` and PGlite. We parse them the
// same way on both so that resolvers never see a string on one and a number on the other.
export const INT8 = 20;
export const NUMERIC = 1700;
export const DATE = 1082;

/**
 * PGlite in memory: 16 MB of shared buffers instead of PostgreSQL's 128 MB, and write-ahead-log
 * segments of 1 MB instead of 16 MB (an initdb setting) with at most two kept for reuse. The data is
 * small (reference data and samples, a few MB per subgraph); every byte of a fresh cluster is
 * written into memory at each start, and a snapshot of it is read, unpacked and copied at each start.
 */
export const IN_MEMORY_SETTINGS = 'shared_buffers = 16MB\nmin_wal_size = 2MB\n';
export const IN_MEMORY_INITDB = ['--wal-segsize=1'];

/**
 * The databases a snapshot leaves out: PGlite serves only `postgres`, and the two templates (used
 * only by CREATE DATABASE, which PGlite cannot run) are a third of a snapshot's bytes each.
 */
export const TEMPLATE_DATABASES = ['template0', 'template1'];

/** What the worker thread needs to create a database as `openDatabase` does: plain data only. */
export const WORKER_DATABASE_SETTINGS = {
  options: { postgresqlconf: IN_MEMORY_SETTINGS, initDbStartParams: IN_MEMORY_INITDB },
  parsers: { number: [INT8, NUMERIC], text: [DATE] },
};
