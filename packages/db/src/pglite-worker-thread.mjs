/**
 * The worker thread behind `PGliteWorkerHost` (pglite-worker.ts): loads PGlite data directory
 * tarballs into in-memory databases and runs their statements, one message per request. Plain
 * JavaScript, so that the thread starts without a TypeScript loader.
 *
 * Requests: `{ id, op: 'load', file, options, parsers }`, `{ id, op: 'query', db, sql, params }`,
 * `{ id, op: 'close', db }`. Answers: `{ id, result }` or `{ id, error }`, the error as its message,
 * name and primitive own properties (PostgreSQL's `code`, `constraint`, `detail` …; Node's `code` for
 * a missing file), which is all a structured clone of an Error would otherwise drop.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { tarballBlob } from './tarball-blob.mjs';

/** @type {Map<number, PGlite>} */
const databases = new Map();
let nextDatabase = 1;

/** PGlite's parsers from a list of type OIDs per kind: `number` (Number) and `text` (kept as sent). */
function parsersOf(spec) {
  const parsers = {};
  for (const oid of spec.number ?? []) parsers[oid] = (value) => Number(value);
  for (const oid of spec.text ?? []) parsers[oid] = (value) => value;
  return parsers;
}

function database(id) {
  const db = databases.get(id);
  if (!db) throw new Error(`no open database ${id} in the PGlite worker`);
  return db;
}

/**
 * PGlite's WebAssembly module, compiled once for all the databases of this thread, and its file-system
 * bundle, read once (PGlite's `pgliteWasmModule` and `fsBundle` options). Without them, databases
 * loaded at the same time each read and compile the 9 MB module: about a sixth of the CPU of loading
 * five snapshots.
 */
let artifacts;
function pgliteArtifacts() {
  artifacts ??= (async () => {
    const entry = import.meta.resolve('@electric-sql/pglite');
    const [wasm, bundle] = await Promise.all([
      readFile(new URL('./pglite.wasm', entry)),
      readFile(new URL('./pglite.data', entry)),
    ]);
    return { pgliteWasmModule: await WebAssembly.compile(wasm), fsBundle: new Blob([bundle]) };
  })();
  return artifacts;
}

const operations = {
  async load({ file, options, parsers }) {
    const [bytes, shared] = await Promise.all([readFile(file), pgliteArtifacts()]);
    const db = await PGlite.create({
      ...options,
      ...shared,
      parsers: parsersOf(parsers),
      loadDataDir: tarballBlob(bytes),
    });
    const id = nextDatabase++;
    databases.set(id, db);
    return id;
  },
  async query({ db, sql, params }) {
    const result = await database(db).query(sql, params);
    return { rows: result.rows, affectedRows: result.affectedRows };
  },
  async close({ db }) {
    const open = databases.get(db);
    databases.delete(db);
    await open?.close();
    return null;
  },
};

function plainError(error) {
  const plain = { message: String(error?.message ?? error), name: String(error?.name ?? 'Error') };
  if (error && typeof error === 'object') {
    for (const [key, value] of Object.entries(error)) {
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) plain[key] = value;
    }
  }
  return plain;
}

parentPort.on('message', async (request) => {
  try {
    const result = await operations[request.op](request);
    parentPort.postMessage({ id: request.id, result });
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: plainError(error) });
  }
});
