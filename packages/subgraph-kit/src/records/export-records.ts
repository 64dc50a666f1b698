import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import { createRecordWriter, type RecordFormat } from './record-files.ts';
import type { RecordType } from './record-type.ts';

/** Records per page of an export: one page costs a fixed number of statements. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Writes every record of `type` that is not sample data to `output` in `format`, ordered by key, page
 * by page (never the whole table in memory); returns the number written. The same format the import
 * reads: exporting, importing into an empty database and exporting again gives the same file.
 */
export async function exportRecords<DB, P>(
  db: Kysely<DB>,
  type: RecordType<DB, P>,
  format: RecordFormat,
  output: Writable,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<number> {
  const writer = createRecordWriter(format, type.columns, output);
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const page = await type.exportPage(db, after, pageSize);
    for (const values of page) await writer.write(values);
    count += page.length;
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = type.exportKeyOf(last);
  }
  await writer.end();
  return count;
}
