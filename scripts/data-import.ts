/**
 * `pnpm data:import <subgraph> <file> [--type <record type>] [--format csv|json] [--skip-invalid]
 * [--as <subject>@<org> | --as <token>]`: imports a record file (docs/import.md) into a subgraph's
 * database, as `pnpm start` names it (<SUBGRAPH>_DATABASE_URL, or DATA_DIR/<subgraph> with the hub
 * stopped). Every row is checked with the mutations' rules; any bad row → nothing written, every bad
 * row listed, exit 1 (unless --skip-invalid: the good rows are written, the bad ones listed). Progress
 * every 10,000 rows on stderr. Exit 2 for a wrong command line or setting.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '@kaz/db';
import { FileError, formatOfFile, importRecords, type RecordFormat } from '@kaz/subgraph-kit/records';
import { databaseOf, importerOf, recordTypeOf, requireMigrated, UsageError } from './data-records.ts';

const USAGE = `Usage: pnpm data:import <subgraph> <file> [--type <record type>] [--format csv|json] [--skip-invalid] [--as <who>]

  <subgraph>      projects (Project), contracts (Licence), security (SecurityIncident), organisations (Decision)
  <file>          a CSV file (header row) or a JSON Lines file, as docs/import.md describes
  --format        csv or json (default: by the file's ending: .csv; .json, .jsonl, .ndjson)
  --skip-invalid  write the good rows and list the bad ones, instead of writing nothing
  --as            who imports, for the audit log: <subject>@<org> (e.g. anna.schmidt@kaz) or a token
                  (pnpm -s token:mint --org kaz --scope projects:write --subject anna.schmidt); default: IMPORT_AS

The database: <SUBGRAPH>_DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite data of "DATA_DIR=… pnpm start"; stop the hub first).`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      format: { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      as: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [subgraph, file, ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`unexpected argument(s): ${rest.join(' ')}`);
  const { entry, type } = recordTypeOf(subgraph, values.type);
  if (!file) throw new UsageError('name the file to import');
  const format = (values.format ?? formatOfFile(file)) as RecordFormat | undefined;
  if (format !== 'csv' && format !== 'json')
    throw new UsageError('--format must be csv or json (or name a .csv or .json file)');
  const importer = await importerOf(values.as ?? process.env.IMPORT_AS, type.writeScope, process.env);
  const config = databaseOf(subgraph as string, process.env);

  const handle = await openDatabase<any>(config);
  try {
    await requireMigrated(handle.db, subgraph as string, entry.migrations);
    const started = performance.now();
    console.error(
      `importing ${type.name} records from ${file} into ${subgraph} as ${importer.subject} (${importer.org})…`,
    );
    const report = await importRecords(handle.db, type, file, format, importer, {
      skipInvalid: values['skip-invalid'],
      onProgress: (rows) => console.error(`  ${rows.toLocaleString('en')} rows read…`),
    });
    for (const issue of report.issues) console.error(`line ${issue.line}, ${issue.field}: ${issue.reason}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const bad = report.skippedLines.length;
    if (!report.committed) {
      console.error(
        `${bad} of ${report.rows} rows are bad: nothing was written (--skip-invalid writes the good ones).`,
      );
      return 1;
    }
    console.log(
      `${report.rows} rows in ${seconds} s: ${report.inserted} inserted, ${report.updated} updated, ` +
        `${report.unchanged} unchanged` +
        (bad > 0 ? `, ${bad} skipped (lines ${report.skippedLines.join(', ')})` : ''),
    );
    return 0;
  } finally {
    await handle.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`pnpm data:import: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof FileError) {
    console.error(`pnpm data:import: the file cannot be read: ${error.message}; nothing was written.`);
    process.exitCode = 1;
  } else {
    console.error(`pnpm data:import: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
