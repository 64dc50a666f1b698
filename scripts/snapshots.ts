/**
 * Where `pnpm start` keeps each subgraph's migrated and seeded database (PGlite data directory
 * tarballs, see `SubgraphConfig.snapshot`), and the key in each file's name: a hash of everything
 * that determines the content, so that a stale snapshot is never loaded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmbeddedClient } from '@kaz/db';
import type { PGliteWorkerHost } from '@kaz/db/pglite-worker';

/** The repository's root directory. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The default snapshot directory (git-ignored with the rest of `.data/`). */
export const defaultSnapshotDirectory = join(repositoryRoot, '.data', 'snapshots');

/** What a snapshot's content depends on besides the source files. */
export interface SnapshotKeyOptions {
  /** Whether the seed loads the sample data. */
  sampleData: boolean;
  /** Whether the seed runs at all. */
  seed: boolean;
  /** The repository root to read the sources from (default `repositoryRoot`). */
  root?: string | undefined;
  /** Extra text folded into every key (tests use it to make a key change). */
  salt?: string | undefined;
}

/** Raised when this changes in a way the hashed files do not show (e.g. the snapshot format). */
const FORMAT = 'kaz-snapshot-2';

/**
 * The key of one subgraph's snapshot: a SHA-256 (16 hex digits) over the snapshot format, the PGlite
 * version, the seed settings, and the path and content of every file of the subgraph's migrations,
 * seed and source (`subgraphs/<name>/`, without tests), the reference data package (code and data
 * files), and the database and subgraph-kit packages' sources (the dialect, the audit log's migration).
 * Conservative on purpose: any edit there costs one start with a full migration, never a stale
 * database.
 */
export function snapshotKey(subgraph: string, options: SnapshotKeyOptions): string {
  const root = options.root ?? repositoryRoot;
  const hash = createHash('sha256');
  const field = (text: string) => hash.update(`${text.length}:${text}\n`);
  field(FORMAT);
  field(`pglite ${pgliteVersion(root)}`);
  field(`seed ${options.seed} sampleData ${options.sampleData} salt ${options.salt ?? ''}`);
  const directories = [
    join('subgraphs', subgraph),
    join('packages', 'reference-data'),
    join('packages', 'db', 'src'),
    join('packages', 'subgraph-kit', 'src'),
  ];
  for (const directory of directories) {
    for (const file of sourceFiles(join(root, directory))) {
      field(relative(root, file));
      const content = readFileSync(file);
      hash.update(`${content.length}:`);
      hash.update(content);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The snapshot file of each subgraph in `directory` for these settings, deleting that subgraph's
 * snapshots with any other key (they can never be loaded again).
 */
export function snapshotFiles(
  directory: string,
  subgraphs: readonly string[],
  options: SnapshotKeyOptions,
): Record<string, string> {
  const files: Record<string, string> = {};
  let present: string[] = [];
  try {
    present = readdirSync(directory);
  } catch {
    // No directory yet: the first start creates it.
  }
  for (const subgraph of subgraphs) {
    const name = `${subgraph}-${snapshotKey(subgraph, options)}.tar`;
    files[subgraph] = join(directory, name);
    for (const other of present) {
      if (other !== name && other.startsWith(`${subgraph}-`) && other.endsWith('.tar')) {
        rmSync(join(directory, other), { force: true });
      }
    }
  }
  return files;
}

/**
 * Starts loading the snapshot of every subgraph that `usesSnapshot` names into a database in the
 * worker thread `host`, and returns the loads by name for `HubOptions.snapshotDatabases`. A load that
 * fails (no snapshot yet) is left to the subgraph, which then migrates and seeds and writes the file.
 */
export function loadSnapshots(
  host: PGliteWorkerHost,
  snapshots: Readonly<Record<string, string>>,
  usesSnapshot: (subgraph: string) => boolean,
): Record<string, Promise<EmbeddedClient>> {
  const loads: Record<string, Promise<EmbeddedClient>> = {};
  for (const [subgraph, file] of Object.entries(snapshots)) {
    if (!usesSnapshot(subgraph)) continue;
    const loading = host.load(file);
    // Awaited only when the subgraph starts, which may be seconds later; its failure is handled there.
    loading.catch(() => {});
    loads[subgraph] = loading;
  }
  return loads;
}

/** The installed PGlite version (its data directory format follows it). */
function pgliteVersion(root: string): string {
  const file = join(root, 'packages', 'db', 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Every file below `directory`, sorted, without node_modules and test directories. */
export function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === 'test') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk(directory);
  return files;
}
