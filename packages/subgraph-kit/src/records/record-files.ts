import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type { CellValue, RecordColumn, RecordValues, RowIssue } from './record-type.ts';

// The two file formats of every record type (docs/import.md): CSV (RFC 4180, comma, a header row,
// UTF-8, lists joined by LIST_SEPARATOR) and JSON Lines (one JSON object per line, lists as arrays).
// Both are read as streams, one row at a time, so that a file's size does not decide the memory used.

/** The formats of a record file. */
export type RecordFormat = 'csv' | 'json';

/** What separates the items of a list in one CSV cell, e.g. the ARS of several Kommunen. */
export const LIST_SEPARATOR = ';';

/** The format named by a file's ending: `.csv` → CSV, `.json`, `.jsonl`, `.ndjson` → JSON Lines. */
export function formatOfFile(path: string): RecordFormat | undefined {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(json|jsonl|ndjson)$/i.test(path)) return 'json';
  return undefined;
}

/** One row read from a file: its line and its decoded values, or the reasons it cannot be read. */
export type FileRow = { line: number; values: RecordValues } | { line: number; issues: RowIssue[] };

/**
 * The rows of a record file, one at a time. A problem of the file as a whole (a CSV header without
 * a required column, a broken quote) is thrown as a FileError naming the line.
 */
export function readRecordFile(
  path: string,
  format: RecordFormat,
  columns: readonly RecordColumn[],
): AsyncIterable<FileRow> {
  const stream = createReadStream(path);
  return format === 'csv' ? readCsv(stream, columns) : readJsonLines(stream, columns);
}

/** A file that cannot be read as a record file at all. */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

async function* readCsv(input: Readable, columns: readonly RecordColumn[]): AsyncIterable<FileRow> {
  const parser = input.pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }));
  let header: string[] | undefined;
  // csv-parse counts a CR LF inside a quoted cell as two lines; `overcount` takes those back out.
  let overcount = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = checkHeader(record, columns);
        continue;
      }
      let breaks = 0;
      for (const cell of record) {
        overcount += countOf(cell, '\r\n');
        breaks += countOf(cell, '\n');
      }
      // The line the row begins on, as a text editor counts (a cell may hold line breaks).
      const line = info.lines - overcount - breaks;
      if (record.length !== header.length) {
        yield {
          line,
          issues: [{ line, field: '(row)', reason: `has ${record.length} cells; the header has ${header.length}` }],
        };
        continue;
      }
      yield decodeRow(line, header, columns, (column, index) => decodeCsvCell(column, record[index] as string));
    }
  } catch (error) {
    if (error instanceof CsvError)
      throw new FileError((error as CsvError & { lines?: number }).lines ?? 0, error.message);
    throw error;
  }
  if (!header) throw new FileError(1, 'the file is empty; the first line must be the header row');
}

function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** The header's column names in their order; FileError for an unknown, repeated or missing column. */
function checkHeader(header: readonly string[], columns: readonly RecordColumn[]): string[] {
  const names = header.map((name) => name.trim());
  const known = new Set(columns.map((column) => column.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const hint = names.length === 1 && names[0]?.includes(';') ? ' (is the file separated by ";"? use ",")' : '';
    throw new FileError(
      1,
      `unknown column(s) ${unknown.map((name) => `"${name}"`).join(', ')}${hint}; the columns are ${[...known].join(', ')}`,
    );
  }
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0) throw new FileError(1, `column(s) ${twice.join(', ')} appear twice`);
  const missing = columns.filter((column) => column.required && !names.includes(column.name));
  if (missing.length > 0) {
    throw new FileError(1, `the required column(s) ${missing.map((column) => column.name).join(', ')} are missing`);
  }
  return names;
}

async function* readJsonLines(input: Readable, columns: readonly RecordColumn[]): AsyncIterable<FileRow> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const byName = new Map(columns.map((column) => [column.name, column]));
  let line = 0;
  for await (const text of lines) {
    line++;
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (trimmed === '') continue;
    let object: unknown;
    try {
      object = JSON.parse(trimmed);
    } catch (error) {
      yield { line, issues: [{ line, field: '(row)', reason: `is not valid JSON: ${(error as Error).message}` }] };
      continue;
    }
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      yield { line, issues: [{ line, field: '(row)', reason: 'must be one JSON object per line' }] };
      continue;
    }
    const fields = Object.keys(object);
    const unknown = fields.filter((name) => !byName.has(name));
    if (unknown.length > 0) {
      yield {
        line,
        issues: unknown.map((field) => ({ line, field, reason: 'is not a field of this record type' })),
      };
      continue;
    }
    const record = object as Record<string, unknown>;
    yield decodeRow(
      line,
      columns.map((column) => column.name),
      columns,
      (column) => decodeJsonValue(column, record[column.name]),
    );
  }
}

/** A cell's value, or the reason it cannot be one of its column's kind. */
type Decoded = { value: CellValue } | { reason: string };

function decodeRow(
  line: number,
  header: readonly string[],
  columns: readonly RecordColumn[],
  decode: (column: RecordColumn, index: number) => Decoded,
): FileRow {
  const values: Record<string, CellValue> = {};
  const issues: RowIssue[] = [];
  for (const column of columns) {
    const index = header.indexOf(column.name);
    const decoded: Decoded = index < 0 ? { value: column.kind === 'list' ? [] : null } : decode(column, index);
    if ('reason' in decoded) {
      issues.push({ line, field: column.name, reason: decoded.reason });
      continue;
    }
    if (decoded.value === null && column.required) {
      issues.push({ line, field: column.name, reason: 'is required' });
      continue;
    }
    if (column.allowed && typeof decoded.value === 'string' && !column.allowed.includes(decoded.value)) {
      issues.push({
        line,
        field: column.name,
        reason: `must be one of ${column.allowed.join(', ')}; got "${decoded.value}"`,
      });
      continue;
    }
    values[column.name] = decoded.value;
  }
  return issues.length > 0 ? { line, issues } : { line, values };
}

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A CSV cell by its column's kind; an empty cell is null (a list: empty). */
function decodeCsvCell(column: RecordColumn, cell: string): Decoded {
  const text = cell.trim();
  if (column.kind === 'list') {
    return {
      value:
        text === ''
          ? []
          : text
              .split(LIST_SEPARATOR)
              .map((item) => item.trim())
              .filter(Boolean),
    };
  }
  if (text === '') return { value: null };
  switch (column.kind) {
    case 'integer':
      return INTEGER.test(text) ? { value: Number(text) } : { reason: `must be a whole number; got "${text}"` };
    case 'decimal':
      return DECIMAL.test(text)
        ? { value: Number(text) }
        : { reason: `must be a number with a point for decimals, e.g. 1234.50; got "${text}"` };
    case 'boolean':
      if (/^true$/i.test(text)) return { value: true };
      if (/^false$/i.test(text)) return { value: false };
      return { reason: `must be true or false; got "${text}"` };
    default:
      // Text keeps its own spaces: the record type's parseText trims, as the mutations do.
      return { value: column.kind === 'text' ? cell : text };
  }
}

/** A JSON field by its column's kind; null or a missing field is null (a list: empty). */
function decodeJsonValue(column: RecordColumn, value: unknown): Decoded {
  if (value === undefined || value === null) return { value: column.kind === 'list' ? [] : null };
  switch (column.kind) {
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? { value: value as string[] }
        : { reason: 'must be an array of strings' };
    case 'integer':
      return Number.isInteger(value) ? { value: value as number } : { reason: 'must be a whole number' };
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { reason: 'must be a number' };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { reason: 'must be true or false' };
    default:
      return typeof value === 'string' ? { value } : { reason: 'must be a string' };
  }
}

/**
 * Writes records to `output` in `format`: a CSV header row first (CRLF line ends, quotes where RFC 4180
 * needs them), or one JSON object per line. Waits whenever `output`'s buffer is full, so that memory
 * stays bounded. `end()` does not close `output` (it may be stdout).
 */
export function createRecordWriter(format: RecordFormat, columns: readonly RecordColumn[], output: Writable) {
  const names = columns.map((column) => column.name);
  const csvLine = (cells: readonly string[]) => stringify([cells as string[]], { record_delimiter: 'windows' });
  let started = false;
  return {
    write: (values: RecordValues): Promise<void> => {
      if (format === 'json') return writeChunk(output, `${JSON.stringify(jsonObject(names, values))}\n`);
      const header = started ? '' : csvLine(names);
      started = true;
      return writeChunk(output, header + csvLine(names.map((name) => encodeCsvCell(values[name] ?? null))));
    },
    /** Writes the CSV header when no record came (a file with the header only). */
    end: (): Promise<void> => {
      if (format === 'csv' && !started) {
        started = true;
        return writeChunk(output, csvLine(names));
      }
      return Promise.resolve();
    },
  };
}

function jsonObject(names: readonly string[], values: RecordValues): Record<string, CellValue> {
  return Object.fromEntries(names.map((name) => [name, values[name] ?? null]));
}

function encodeCsvCell(value: CellValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** Writes, waiting for the stream to drain when its buffer is full (so that memory stays bounded). */
function writeChunk(stream: Writable, chunk: unknown): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', resolve));
}
