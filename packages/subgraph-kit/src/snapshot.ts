import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BaseContext } from '@apollo/server';
import { type DatabaseConfig, type DatabaseHandle, migrateToLatest, openDatabase } from '@kaz/db';
import type { Logger } from '@kaz/telemetry';
import type { Kysely } from 'kysely';
import { seedDatabase } from './migrate-subgraph.ts';
import type { SubgraphConfig } from './subgraph-config.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';

/**
 * Opens the database from the snapshot file and brings it to the newest migration (seeding again if a
 * migration was missing). Null, with a warning, when the file is missing or does not load: the caller
 * then migrates and seeds from scratch and writes a fresh snapshot.
 */
export async function openFromSnapshot<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  config: SubgraphConfig,
  databaseConfig: DatabaseConfig,
  file: string,
  logger: Logger,
): Promise<DatabaseHandle<DB> | null> {
  let source: Pick<DatabaseConfig, 'loadDataDir' | 'embedded'>;
  try {
    source = config.snapshotDatabase
      ? { embedded: await config.snapshotDatabase }
      : { loadDataDir: await readFile(file) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      logger.warn({ err: error, snapshot: file }, 'snapshot unreadable; migrating and seeding from scratch');
    }
    return null;
  }
  let handle: DatabaseHandle<DB> | undefined;
  try {
    handle = await openDatabase<DB>({ ...databaseConfig, ...source });
    const applied = await migrateToLatest(handle.db as Kysely<unknown>, definition.migrations);
    if (applied?.length) await seedDatabase(definition, config, handle.db);
    return handle;
  } catch (error) {
    logger.warn({ err: error, snapshot: file }, 'snapshot does not load; migrating and seeding from scratch');
    await handle?.close().catch(() => {});
    return null;
  }
}

/** Writes the database's data directory to `file` (temp file + rename); a failure only warns. */
export async function writeSnapshot<DB>(handle: DatabaseHandle<DB>, file: string, logger: Logger): Promise<void> {
  if (!handle.dumpDataDir) return;
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const tarball = await handle.dumpDataDir();
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, new Uint8Array(await tarball.arrayBuffer()));
    await rename(temporary, file);
  } catch (error) {
    logger.warn({ err: error, snapshot: file }, 'could not write the snapshot');
    await rm(temporary, { force: true }).catch(() => {});
  }
}
