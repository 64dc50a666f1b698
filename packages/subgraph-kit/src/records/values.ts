import { LIST_SEPARATOR } from './record-files.ts';
import type { CellValue, RecordColumn, RecordValues } from './record-type.ts';

// Typed reads of a decoded row for a record type's `parse`. The file reader has already checked each
// value against its column's kind and refused an empty required cell, so these only narrow the type.

/** The text of a column; '' when the cell was empty (a required column never is). */
export function textOf(values: RecordValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

/** The text of a column, or null for an empty cell. */
export function textOrNullOf(values: RecordValues, name: string): string | null {
  const value = values[name];
  return typeof value === 'string' ? value : null;
}

/** The number of a column (integer or decimal), or null for an empty cell. */
export function numberOf(values: RecordValues, name: string): number | null {
  const value = values[name];
  return typeof value === 'number' ? value : null;
}

/** The truth value of a column, or `otherwise` for an empty cell. */
export function booleanOf(values: RecordValues, name: string, otherwise: boolean): boolean {
  const value = values[name];
  return typeof value === 'boolean' ? value : otherwise;
}

/** The items of a list column (empty for an empty cell). */
export function listOf(values: RecordValues, name: string): readonly string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/** The record the columns' examples make (the example file of docs/import/); every record type's examples form a valid record. */
export function exampleRecord(columns: readonly RecordColumn[]): RecordValues {
  return Object.fromEntries(columns.map((column) => [column.name, exampleValue(column)]));
}

function exampleValue(column: RecordColumn): CellValue {
  if (column.example === '') return column.kind === 'list' ? [] : null;
  switch (column.kind) {
    case 'list':
      return column.example.split(LIST_SEPARATOR);
    case 'integer':
    case 'decimal':
      return Number(column.example);
    case 'boolean':
      return column.example === 'true';
    default:
      return column.example;
  }
}
