/**
 * `pnpm bench:import [--rows 100000] [--format csv|json]`: how long `pnpm data:import` takes for a large
 * file, and its peak memory. Generates a file of SecurityIncident records (CERT's incident archive:
 * each row with a list of affected Kommunen, half of them with named recipients), imports it into a
 * fresh security database, then imports the same file again (every row unchanged), and prints the
 * time of each run and the peak resident set size of this process (`process.resourceUsage().maxRSS`:
 * the file reader, the import and, with PGlite, the embedded database itself; the migration and the
 * seed run in a child process before).
 *
 * The database: BENCH_DATABASE_URL (a PostgreSQL database to use, which must be empty; the production
 * case), else PGlite in a temporary data directory (what `DATA_DIR=… pnpm start` uses).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '@kaz/db';
import { securitySubgraph } from '@kaz/security';
import { incidentRecords } from '@kaz/security/records';
import { migrateSubgraph } from '@kaz/subgraph-kit';
import { createRecordWriter, importRecords, type RecordFormat, type RecordValues } from '@kaz/subgraph-kit/records';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    format: { type: 'string', default: 'csv' },
    'migrate-only': { type: 'string' },
  },
});
// Migrating and seeding run in a child process of their own, so that the peak memory measured here is
// the import's (with the database it has open), not the seed's.
const migrateOnly = values['migrate-only'];
if (migrateOnly !== undefined) {
  const database = migrateOnly.startsWith('postgres') ? { url: migrateOnly } : { dataDir: migrateOnly };
  await migrateSubgraph(securitySubgraph, { database, seed: true, sampleData: false });
  process.exit(0);
}
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000)
  throw new Error('--rows is a whole number up to 1,000,000');
const format = values.format as RecordFormat;
if (format !== 'csv' && format !== 'json') throw new Error('--format is csv or json');

const KOMMUNEN = ['120540000000', '120510000000', '120520000000', '120530000000'];

/** Incident `i`: a closed phishing incident with personal data, or an open one. */
function incident(i: number): RecordValues {
  const closed = i % 2 === 1;
  return {
    id: `CERT-BB-${2000 + Math.floor(i / 10_000)}-${String(i % 10_000).padStart(4, '0')}`,
    title: `Phishing-Welle Nr. ${i} gegen die Verwaltung, "Rechnung; bitte prüfen"`,
    category: 'PHISHING',
    severity: 'HIGH',
    status: closed ? 'CLOSED' : 'TRIAGED',
    tlp: 'AMBER',
    detectedAt: '2024-05-06T08:15:00.000Z',
    reportedAt: '2024-05-06T09:00:00.000Z',
    resolvedAt: closed ? '2024-05-08T16:30:00.000Z' : null,
    reporterOrganisationId: 'zit_bb',
    reportingMunicipalityArs: null,
    affectedMunicipalityArs: KOMMUNEN.slice(0, 1 + (i % KOMMUNEN.length)).sort(),
    personalDataInvolved: closed,
    ldaNotifiedAt: closed ? '2024-05-07T10:00:00.000Z' : null,
    recipients: closed ? ['lda'] : [],
  };
}

const mb = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MB`;
const directory = await mkdtemp(join(tmpdir(), 'kaz-bench-import-'));
try {
  const file = join(directory, `incidents.${format}`);
  const output = createWriteStream(file);
  const writer = createRecordWriter(format, incidentRecords.columns, output);
  for (let i = 0; i < rows; i++) await writer.write(incident(i));
  await writer.end();
  output.end();
  await finished(output);
  const size = (await stat(file)).size;

  const config = process.env.BENCH_DATABASE_URL
    ? { url: process.env.BENCH_DATABASE_URL }
    : { dataDir: join(directory, 'security') };
  const migration = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--migrate-only', config.url ?? config.dataDir ?? ''],
    { stdio: 'inherit' },
  );
  if (migration.status !== 0) throw new Error('migrating the benchmark database failed');
  const handle = await openDatabase<any>(config);
  const before = process.resourceUsage().maxRSS;
  const importer = { subject: 'bench@zit_bb', org: 'zit_bb' };
  const runs: { label: string; seconds: number; report: Awaited<ReturnType<typeof importRecords>> }[] = [];
  try {
    for (const label of ['first import (all new)', 'second import (all unchanged)']) {
      const started = performance.now();
      const report = await importRecords(handle.db, incidentRecords, file, format, importer, {
        onProgress: (read) => console.error(`  ${label}: ${read.toLocaleString('en')} rows read…`),
      });
      runs.push({ label, seconds: (performance.now() - started) / 1000, report });
    }
  } finally {
    await handle.close();
  }
  const peak = process.resourceUsage().maxRSS;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `${rows.toLocaleString('en')} SecurityIncident rows, ${format.toUpperCase()} file of ${(size / 1e6).toFixed(1)} MB, ` +
      `${config.url ? 'PostgreSQL' : 'PGlite (data directory)'}; Node.js ${process.version}, ${cpus().length} × ${cpu}, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  for (const { label, seconds, report } of runs) {
    console.log(
      `${label}: ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s); ` +
        `${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ${report.issues.length} issues`,
    );
  }
  console.log(
    `peak RSS of the importing process: ${mb(peak)} (${mb(before)} before the first import: Node.js, the code, the open database)`,
  );
} finally {
  await rm(directory, { recursive: true, force: true });
}
