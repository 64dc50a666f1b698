/**
 * `pnpm data:gv100ad <file> [--effective YYYY-MM-DD] [--successors <csv>] [--successor OLD=NEW[@DATE]]… [--dry-run]`
 * loads a new edition of the Destatis Gemeindeverzeichnis (GV100AD) into the municipalities subgraph's
 * database and prints what changed. See docs/operations.md, "New editions of the Gemeindeverzeichnis".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type DatabaseConfig, openDatabase, pendingMigrations } from '@kaz/db';
import {
  type Database,
  EditionError,
  formatSummary,
  loadGv100ad,
  municipalitiesSubgraph,
  parseSuccessorFile,
  parseSuccessorOption,
  type SuccessorMapping,
} from '@kaz/municipalities';
import { Gv100adError } from '@kaz/reference-data';

const USAGE = `Usage: pnpm data:gv100ad <GV100AD file> [--effective YYYY-MM-DD] [--successors <csv>] [--successor OLD=NEW[@YYYY-MM-DD]]… [--dry-run]

Loads a new edition of the Gemeindeverzeichnis (Destatis GV100AD, the whole of Germany or an extract;
only Brandenburg, Land 12, is read) into the municipalities database: new Kommunen are inserted,
changed ones updated, dissolved ones kept with dissolvedOn and their successor. Prints what changed.

  --effective    the day the changes took effect (default: the edition's Gebietsstand)
  --successors   CSV with the header old_ars,new_ars,effective_on: which Kommune a dissolved one went into
                 (from the Destatis Gebietsänderungen; GV100AD itself names no successors)
  --successor    the same for one Kommune, e.g. --successor 120735306225=120735306440@2025-01-01 (repeatable)
  --dry-run      print what would change, write nothing

The database: MIGRATION_DATABASE_URL (the owner role) or DATABASE_URL (PostgreSQL), or DATA_DIR (the
PGlite data directory of a stopped municipalities subgraph). It must be migrated
(pnpm --filter @kaz/municipalities db:migrate).`;

/** Runs the command; returns the exit code (0 done, 1 bad input or database, 2 bad usage). */
export async function runGv100adCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (text: string) => void = (text) => console.log(text),
  err: (text: string) => void = (text) => console.error(text),
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        effective: { type: 'string' },
        successors: { type: 'string' },
        successor: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  try {
    parsed = parse();
  } catch (error) {
    err(`pnpm data:gv100ad: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    err(`pnpm data:gv100ad: give exactly one GV100AD file\n\n${USAGE}`);
    return 2;
  }
  // pnpm runs the script in the repository root; paths are meant from where the command was typed.
  const here = env.INIT_CWD || process.cwd();
  const file = resolve(here, positionals[0] as string);
  const database: DatabaseConfig = env.MIGRATION_DATABASE_URL
    ? { url: env.MIGRATION_DATABASE_URL, poolSize: 1 }
    : { url: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || undefined, poolSize: 1 };
  if (!database.url && !database.dataDir) {
    err(
      'pnpm data:gv100ad: no database: set DATABASE_URL (PostgreSQL) or DATA_DIR (the PGlite data directory of a stopped municipalities subgraph); an in-memory hub (pnpm start) is seeded anew at every start',
    );
    return 2;
  }
  try {
    const content = readFileSync(file);
    const successors: SuccessorMapping[] = [];
    if (values.successors)
      successors.push(...parseSuccessorFile(readFileSync(values.successors, 'utf8'), values.successors));
    for (const option of values.successor ?? []) successors.push(parseSuccessorOption(option));
    const handle = await openDatabase<Database>(database);
    try {
      const pending = await pendingMigrations(handle.db as never, municipalitiesSubgraph.migrations);
      if (pending.length > 0) {
        err(
          `pnpm data:gv100ad: the database lacks migrations ${pending.join(', ')}; run pnpm --filter @kaz/municipalities db:migrate first`,
        );
        return 1;
      }
      const summary = await loadGv100ad(handle.db, {
        content,
        fileName: file,
        effectiveOn: values.effective,
        successors,
        dryRun: values['dry-run'],
      });
      out(formatSummary(summary));
      return 0;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Gv100adError) {
      err(`pnpm data:gv100ad: ${file} ${error.message}; nothing was written`);
      return 1;
    }
    if (error instanceof EditionError) {
      err(`pnpm data:gv100ad: ${error.message}; nothing was written`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      err(`pnpm data:gv100ad: ${(error as NodeJS.ErrnoException).path ?? file}: no such file`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runGv100adCommand(process.argv.slice(2), process.env);
}
