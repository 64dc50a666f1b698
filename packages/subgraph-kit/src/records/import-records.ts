import type { AuditDatabase } from '@kaz/db';
import type { Kysely, Transaction } from 'kysely';
import { type Clock, systemClock } from '../clock.ts';
import { type RecordFormat, readRecordFile } from './record-files.ts';
import {
  collectIssues,
  type Importer,
  type ParsedRow,
  type RecordChange,
  type RecordType,
  type RowIssue,
} from './record-type.ts';

/** The audit log's operation for every change an import makes. */
export const IMPORT_OPERATION = 'dataImport';

/** The rows one chunk holds: one write of a record type and one audit insert per chunk. */
export const DEFAULT_BATCH_SIZE = 500;

/** How `importRecords` runs. */
export interface ImportOptions {
  /** Write the good rows even when some are bad (which are then listed as skipped); default false. */
  skipInvalid?: boolean | undefined;
  /** "Now" of the checks that refuse the future (default: the system clock). */
  clock?: Clock | undefined;
  /** Rows per chunk (default DEFAULT_BATCH_SIZE). */
  batchSize?: number | undefined;
  /** Called after every `progressEvery` rows read (default 10,000) with the number read so far. */
  onProgress?: ((rowsRead: number) => void) | undefined;
  progressEvery?: number | undefined;
}

/** What an import did. */
export interface ImportReport {
  /** Rows read (without the CSV header and empty lines). */
  rows: number;
  /** Every refused row and field, ordered by line. */
  issues: RowIssue[];
  /** Whether anything was written: false when a row was bad and `skipInvalid` was not set. */
  committed: boolean;
  /** Records inserted, changed, and left alone because the file gives them as they are (when committed). */
  inserted: number;
  updated: number;
  unchanged: number;
  /** The lines of the refused rows, ordered (skipped with `skipInvalid`). */
  skippedLines: number[];
}

/** Thrown inside the transaction to roll it back when a row was bad. */
const ROLL_BACK = Symbol('roll back');

/**
 * Imports the records of a file (`format`) into `db`, all in one transaction: every row is checked
 * with the record type's checks (the mutations' rules), a key twice in the file is refused, and the
 * rows are written in chunks of `batchSize` (a fixed number of statements per chunk). A new key is
 * inserted, a known one updated (version + 1), a record the file gives as it is stays untouched and
 * gets no audit entry. Every change gets one audit entry (operation IMPORT_OPERATION) under
 * `importer`. When any row is bad the transaction is rolled back (nothing written) unless
 * `skipInvalid`; the report lists every bad row either way. Throws FileError when the file as a
 * whole cannot be read (nothing written).
 */
export async function importRecords<DB extends AuditDatabase, P>(
  db: Kysely<DB>,
  type: RecordType<DB, P>,
  file: string,
  format: RecordFormat,
  importer: Importer,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const clock = options.clock ?? systemClock;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progressEvery = options.progressEvery ?? 10_000;
  const report: ImportReport = {
    rows: 0,
    issues: [],
    committed: false,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skippedLines: [],
  };
  const badLines = new Set<number>();
  const refuse = (issues: readonly RowIssue[]) => {
    for (const issue of issues) {
      report.issues.push(issue);
      badLines.add(issue.line);
    }
  };
  try {
    await db.transaction().execute(async (trx) => {
      const firstLineOfKey = new Map<string, number>();
      let chunk: ParsedRow<P>[] = [];
      const flush = async () => {
        if (chunk.length === 0) return;
        const outcome = await type.writeChunk(trx, chunk, clock);
        refuse(outcome.issues);
        await writeImportAudit(trx as unknown as Transaction<AuditDatabase>, type.name, importer, outcome.changes);
        report.inserted += outcome.inserted;
        report.updated += outcome.updated;
        report.unchanged += outcome.unchanged;
        chunk = [];
      };
      for await (const row of readRecordFile(file, format, type.columns)) {
        report.rows++;
        if (report.rows % progressEvery === 0) options.onProgress?.(report.rows);
        if ('issues' in row) {
          refuse(row.issues);
          continue;
        }
        let record: P | undefined;
        const rowIssues = collectIssues(row.line, (check) => {
          record = type.parse(row.values, check, clock);
        });
        if (record === undefined || rowIssues.length > 0) {
          refuse(rowIssues);
          continue;
        }
        const key = type.keyOf(record);
        const first = firstLineOfKey.get(key);
        if (first !== undefined) {
          refuse([
            {
              line: row.line,
              field: '(row)',
              reason: `${type.keyDescription} ${key} is given already in line ${first}`,
            },
          ]);
          continue;
        }
        firstLineOfKey.set(key, row.line);
        chunk.push({ line: row.line, record });
        if (chunk.length >= batchSize) await flush();
      }
      await flush();
      if (badLines.size > 0 && !options.skipInvalid) throw ROLL_BACK;
    });
    report.committed = true;
  } catch (error) {
    if (error !== ROLL_BACK) throw error;
    report.inserted = report.updated = report.unchanged = 0;
  }
  report.issues.sort((a, b) => a.line - b.line);
  report.skippedLines = [...badLines].sort((a, b) => a - b);
  return report;
}

/** One audit entry per change, in one statement. */
async function writeImportAudit(
  trx: Transaction<AuditDatabase>,
  entityType: string,
  importer: Importer,
  changes: readonly RecordChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('audit_log')
    .values(
      changes.map((change) => ({
        actor_subject: importer.subject,
        actor_org: importer.org,
        operation: IMPORT_OPERATION,
        entity_type: entityType,
        entity_id: change.entityId,
        before: change.before == null ? null : JSON.stringify(change.before),
        after: change.after == null ? null : JSON.stringify(change.after),
      })),
    )
    .execute();
}
