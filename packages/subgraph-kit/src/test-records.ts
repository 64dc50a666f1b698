import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile as writeFileText } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseContext } from '@apollo/server';
import { type AuditDatabase, openDatabase } from '@kaz/db';
import { createTestDatabase } from '@kaz/db/testing';
import type { Kysely } from 'kysely';
// Only the `testing` entry imports this file: vitest's hooks are test code.
import { afterAll, beforeAll, expect, it as vitestIt } from 'vitest';
import type { Clock } from './clock.ts';
import { prepareDatabase } from './migrate-subgraph.ts';
import { exportRecords } from './records/export-records.ts';
import { IMPORT_OPERATION, importRecords } from './records/import-records.ts';
import { createRecordWriter, formatOfFile, type RecordFormat } from './records/record-files.ts';
import type { Importer, RecordType, RecordValues } from './records/record-type.ts';
import { exampleRecord } from './records/values.ts';
import type { SubgraphDefinition } from './subgraph-definition.ts';
import { snapshotTables } from './test-fixtures.ts';

/** A subgraph's database for import and export tests, with the statements run on it. */
export interface RecordTestDatabase<DB> {
  db: Kysely<DB>;
  /** The SQL statements run since the last `statements.length = 0`. */
  statements: string[];
  /** Closes the handle and drops the database. */
  close(): Promise<void>;
}

/**
 * A fresh database of `definition` (PGlite in memory, or a new PostgreSQL database when
 * TEST_DATABASE_URL is set), migrated and seeded with the reference data only (no sample data): the
 * empty database a partner imports into.
 */
export async function openRecordTestDatabase<DB, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  label: string,
): Promise<RecordTestDatabase<DB>> {
  const database = await createTestDatabase(`${definition.name}_${label}`);
  const statements: string[] = [];
  const onQuery = (sql: string) => statements.push(sql);
  // In memory, every database after the first starts from the first one's migrated and seeded data
  // directory: migrating and seeding PGlite anew takes seconds per database.
  const prepared = database.config.url ? undefined : await preparedDataDir(definition);
  const handle = await openDatabase<DB>({ ...database.config, onQuery, ...(prepared && { loadDataDir: prepared }) });
  await prepareDatabase(definition, { seed: true, sampleData: false }, handle.db);
  statements.length = 0;
  return {
    db: handle.db,
    statements,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

const preparedDataDirs = new Map<string, Promise<Uint8Array>>();

/** The data directory of a PGlite database of `definition` migrated and seeded without sample data (made once). */
function preparedDataDir<DB, Context extends BaseContext>(definition: SubgraphDefinition<DB, Context>) {
  let prepared = preparedDataDirs.get(definition.name);
  if (!prepared) {
    prepared = (async () => {
      const handle = await openDatabase<DB>({});
      try {
        await prepareDatabase(definition, { seed: true, sampleData: false }, handle.db);
        const blob = await (handle.dumpDataDir as () => Promise<Blob>)();
        return new Uint8Array(await blob.arrayBuffer());
      } finally {
        await handle.close();
      }
    })();
    preparedDataDirs.set(definition.name, prepared);
  }
  return prepared;
}

/**
 * The line each row begins on in a file of `format`: in CSV after the header (line 1), a text with
 * line breaks taking as many lines; in JSON Lines one line each from line 1.
 */
function startLines(format: RecordFormat, rows: readonly RecordValues[]): number[] {
  let line = format === 'csv' ? 2 : 1;
  return rows.map((row) => {
    const start = line;
    const breaks = format === 'csv' ? Object.values(row).join('').split('\n').length - 1 : 0;
    line += 1 + breaks;
    return start;
  });
}

/** What `describeRecordImport` needs to test one record type. */
export interface RecordImportCase<DB, P> {
  definition: SubgraphDefinition<DB, any>;
  type: RecordType<DB, P>;
  /** "Now" of the checks (records must lie before it). */
  clock: Clock;
  /**
   * A valid record numbered `i` (another key for every `i`), written as the export writes it (lists
   * sorted, timestamps in UTC with milliseconds), so that exporting it gives the same values back.
   */
  validRow(i: number): RecordValues;
  /**
   * A change of a valid record that the update rules accept (e.g. another title); for a record type
   * whose records never change (as no mutation changes them), `field` names the field that refuses it.
   */
  changed:
    | { accepted(values: RecordValues): RecordValues }
    | { refused(values: RecordValues): RecordValues; field: string };
  /** Rows that break one rule each, with the field the report must name. */
  invalidRows: readonly { values: RecordValues; field: string }[];
}

/** Imports and exports of whole databases take seconds each on a loaded machine. */
const TIMEOUT_MS = 180_000;
const it = (name: string, run: () => Promise<void>) => vitestIt(name, run, TIMEOUT_MS);

const IMPORTER: Importer = { subject: 'import-test@kaz', org: 'kaz' };

/**
 * The behaviour every record type's import and export must have, as tests of the calling file: all
 * or nothing on a bad row (every bad row listed with line and field), skipping bad rows when told,
 * idempotent re-runs, audit entries under the importer, lossless round trips in CSV and JSON, and a
 * number of statements that grows with the chunks, not with the rows.
 */
export function describeRecordImport<DB, P>(testCase: RecordImportCase<DB, P>): void {
  const { definition, type, clock } = testCase;
  const opened: RecordTestDatabase<DB>[] = [];
  let directory = '';
  let files = 0;
  const open = async () => {
    const database = await openRecordTestDatabase(definition, type.name.toLowerCase());
    opened.push(database);
    return database;
  };
  const writeFile = async (format: RecordFormat, rows: readonly RecordValues[]) => {
    const path = join(directory, `rows-${++files}.${format}`);
    const output = createWriteStream(path);
    const writer = createRecordWriter(format, type.columns, output);
    for (const row of rows) await writer.write(row);
    await writer.end();
    await new Promise<void>((resolve, reject) =>
      output.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return path;
  };
  const importFile = (db: Kysely<DB>, path: string, options: { skipInvalid?: boolean; batchSize?: number } = {}) =>
    importRecords(
      db as unknown as Kysely<AuditDatabase>,
      type as unknown as RecordType<AuditDatabase, P>,
      path,
      formatOfFile(path) as RecordFormat,
      IMPORTER,
      { clock, ...options },
    );
  const exportFile = async (db: Kysely<DB>, format: RecordFormat) => {
    const path = join(directory, `export-${++files}.${format}`);
    const output = createWriteStream(path);
    await exportRecords(db, type, format, output);
    await new Promise<void>((resolve, reject) =>
      output.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return readFile(path, 'utf8');
  };
  const importAudit = (db: Kysely<DB>) =>
    (db as unknown as Kysely<AuditDatabase>)
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', IMPORT_OPERATION)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    // Made here, within the hook's time limit, rather than in the first test.
    if (!process.env.TEST_DATABASE_URL) await preparedDataDir(definition);
    directory = await mkdtemp(join(tmpdir(), `kaz-import-${type.name.toLowerCase()}-`));
  });
  afterAll(async () => {
    for (const database of opened) await database.close();
    await rm(directory, { recursive: true, force: true });
  });

  for (const format of ['csv', 'json'] as const) {
    it(`refuses a whole ${format} file with bad rows, writes nothing and names every bad row with its line and field`, async () => {
      const { db } = await open();
      const rows = [testCase.validRow(1), ...testCase.invalidRows.map((row) => row.values), testCase.validRow(2)];
      const before = await snapshotTables(db);
      const report = await importFile(db, await writeFile(format, rows));
      expect(report.committed).toBe(false);
      expect(await snapshotTables(db)).toEqual(before);
      const lines = startLines(format, rows);
      const expected = testCase.invalidRows.map((row, index) => ({
        line: lines[1 + index] as number,
        field: row.field,
      }));
      expect(report.issues.map(({ line, field }) => ({ line, field }))).toEqual(expect.arrayContaining(expected));
      expect(report.skippedLines).toEqual(expected.map((issue) => issue.line));
      for (const issue of report.issues) expect(issue.reason).not.toBe('');
    });
  }

  it('imports the example record of the docs (docs/import/) and exports it as given', async () => {
    const { db } = await open();
    const example = exampleRecord(type.columns);
    const report = await importFile(db, await writeFile('json', [example]));
    expect(report.issues).toEqual([]);
    expect(report).toMatchObject({ committed: true, inserted: 1 });
    expect(JSON.parse(await exportFile(db, 'json'))).toEqual(example);
  });

  it('with skipInvalid writes the good rows and lists the skipped ones', async () => {
    const { db } = await open();
    const rows = [testCase.validRow(1), ...testCase.invalidRows.map((row) => row.values), testCase.validRow(2)];
    const report = await importFile(db, await writeFile('csv', rows), { skipInvalid: true });
    expect(report.committed).toBe(true);
    expect(report.inserted).toBe(2);
    const lines = startLines('csv', rows);
    expect(report.skippedLines).toEqual(testCase.invalidRows.map((_, index) => lines[1 + index]));
    const exported = await exportFile(db, 'json');
    expect(
      exported
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([testCase.validRow(1), testCase.validRow(2)]);
  });

  it('is idempotent: a second run of the same file changes nothing; a changed row updates its record once (or is refused)', async () => {
    const { db } = await open();
    const rows = [1, 2, 3].map((i) => testCase.validRow(i));
    const file = await writeFile('csv', rows);
    expect(await importFile(db, file)).toMatchObject({ committed: true, inserted: 3, updated: 0, unchanged: 0 });
    const afterFirst = await snapshotTables(db);
    expect(await importFile(db, file)).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 3 });
    expect(await snapshotTables(db)).toEqual(afterFirst);
    const { changed } = testCase;
    if ('refused' in changed) {
      const refused = [rows[0] as RecordValues, changed.refused(rows[1] as RecordValues), rows[2] as RecordValues];
      const report = await importFile(db, await writeFile('json', refused));
      expect(report.committed).toBe(false);
      expect(report.issues.map(({ line, field }) => ({ line, field }))).toEqual([{ line: 2, field: changed.field }]);
      expect(await snapshotTables(db)).toEqual(afterFirst);
      return;
    }
    const edited = [rows[0] as RecordValues, changed.accepted(rows[1] as RecordValues), rows[2] as RecordValues];
    const report = await importFile(db, await writeFile('json', edited));
    expect(report).toMatchObject({ committed: true, inserted: 0, updated: 1, unchanged: 2 });
    const audit = await importAudit(db);
    expect(audit).toHaveLength(4);
    const last = audit.at(-1) as { before: any; after: any };
    expect(last.before).not.toBeNull();
    expect(last.after.version).toBe(last.before.version + 1);
    const exported = await exportFile(db, 'json');
    expect(
      exported
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(edited);
  });

  it('writes one audit entry per new record under the importing principal, none of it sample data', async () => {
    const { db } = await open();
    await importFile(db, await writeFile('csv', [testCase.validRow(1), testCase.validRow(2)]));
    const audit = await importAudit(db);
    expect(audit).toHaveLength(2);
    for (const entry of audit) {
      expect(entry).toMatchObject({ actor_subject: IMPORTER.subject, actor_org: IMPORTER.org, entity_type: type.name });
      expect(entry.before).toBeNull();
      expect(JSON.stringify(entry.after)).not.toMatch(/"(is_sample|isSample)":true/);
    }
  });

  for (const format of ['csv', 'json'] as const) {
    it(`round trip in ${format}: export, import into an empty database, export again gives the same file`, async () => {
      const first = await open();
      const rows = [1, 2, 3, 4].map((i) => testCase.validRow(i));
      expect((await importFile(first.db, await writeFile(format, rows))).committed).toBe(true);
      const exported = await exportFile(first.db, format);
      expect(exported).toBe(await readFile(await writeFile(format, rows), 'utf8'));
      const second = await open();
      const path = join(directory, `again-${++files}.${format}`);
      await writeFileText(path, exported);
      const report = await importFile(second.db, path);
      expect(report).toMatchObject({ committed: true, inserted: rows.length });
      expect(await exportFile(second.db, format)).toBe(exported);
    });
  }

  it('runs a fixed number of statements per chunk of rows, however many rows (5,000 rows)', async () => {
    const database = await open();
    const rows = Array.from({ length: 5000 }, (_, i) => testCase.validRow(1000 + i));
    const file = await writeFile('csv', rows);
    database.statements.length = 0;
    const report = await importFile(database.db, file, { batchSize: 500 });
    expect(report).toMatchObject({ committed: true, inserted: 5000 });
    // 10 chunks; each reads the stored records, their references, and writes the rows, their lists
    // and the audit entries: at most 12 statements a chunk, and a transaction around it all.
    expect(database.statements.length).toBeLessThanOrEqual(10 * 12 + 4);
  });
}
