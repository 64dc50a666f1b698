/**
 * `pnpm data:export <subgraph> [--type <record type>] [--format csv|json] [--out <file>]`: writes the
 * records of a subgraph that are not sample data in the import's format (docs/import.md), ordered by
 * key, page by page; to stdout unless --out. The database as for `pnpm data:import`.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '@kaz/db';
import { exportRecords, formatOfFile, type RecordFormat } from '@kaz/subgraph-kit/records';
import { databaseOf, recordTypeOf, requireMigrated, UsageError } from './data-records.ts';

const USAGE = `Usage: pnpm -s data:export <subgraph> [--type <record type>] [--format csv|json] [--out <file>]

  <subgraph>  projects (Project), contracts (Licence), security (SecurityIncident), organisations (Decision)
  --format    csv or json (JSON Lines); default: by --out's ending, else csv
  --out       the file to write (default: stdout; use pnpm -s so that pnpm prints nothing else)

The database: <SUBGRAPH>_DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite data of "DATA_DIR=… pnpm start"; stop the hub first).`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [subgraph, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  const { entry, type } = recordTypeOf(subgraph, values.type);
  const format = (values.format ?? (values.out ? formatOfFile(values.out) : 'csv')) as RecordFormat | undefined;
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  const handle = await openDatabase<any>(databaseOf(subgraph as string, process.env));
  try {
    await requireMigrated(handle.db, subgraph as string, entry.migrations);
    const output = values.out ? createWriteStream(values.out) : process.stdout;
    const count = await exportRecords(handle.db, type, format, output);
    if (values.out) {
      output.end();
      await finished(output);
    }
    console.error(`${count} ${type.name} records written${values.out ? ` to ${values.out}` : ''}.`);
  } finally {
    await handle.close();
  }
}

try {
  await main();
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`pnpm data:export: ${(error as Error).message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exitCode = usage ? 2 : 1;
}
