import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const dataDir = new URL('../data/', import.meta.url);

/** Reads one of the data files of this package as records keyed by the header row. */
export function readCsv<Row extends Record<string, string>>(file: string): Row[] {
  return parse(readFileSync(new URL(file, dataDir), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
}
