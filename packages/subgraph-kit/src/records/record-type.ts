import type { Principal } from '@kaz/auth';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.ts';

// What a subgraph declares about one record type that `pnpm data:import` reads and `pnpm data:export`
// writes (docs/import.md): its columns, its checks (the mutations' parse* functions) and its batched
// reads and writes. The engine (import-records.ts, export-records.ts) knows no record type.

/** How a column's value is written: in CSV always as text, in JSON as the type named here. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'list';

/** One column of a record file (a CSV header, a JSON field). */
export interface RecordColumn {
  /** The header in CSV and the field name in JSON, e.g. `municipalityArs`. */
  name: string;
  kind: ColumnKind;
  /** Whether a row must give a value (a list may always be empty in the file; its own check decides). */
  required: boolean;
  /** What the column holds, for docs/import.md (German terms explained). */
  description: string;
  /** The only values allowed (an enumeration), when there is a fixed set. */
  allowed?: readonly string[] | undefined;
  /** An example value as written in CSV. */
  example: string;
}

/** A decoded cell: text, a number, a truth value, a list of texts, or null for an empty cell. */
export type CellValue = string | number | boolean | readonly string[] | null;

/** One row of a file, decoded by the column kinds. */
export type RecordValues = Readonly<Record<string, CellValue>>;

/** A refused row: where it is in the file, which column, and why. */
export interface RowIssue {
  /** The line of the file (1 is a CSV file's header row and a JSON Lines file's first record). */
  line: number;
  /** The column, or `(row)` when the row as a whole is wrong (a duplicate key, bad JSON). */
  field: string;
  reason: string;
}

/** A row that passed the checks of `parse`. */
export interface ParsedRow<P> {
  line: number;
  record: P;
}

/** One change an import made to one record, for the audit log. */
export interface RecordChange {
  entityId: string;
  before: unknown;
  after: unknown;
}

/** What a record type did with one chunk of rows. */
export interface ChunkOutcome {
  /** Rows refused by checks against the database (a phase moving back, an unknown Rahmenvertrag). */
  issues: RowIssue[];
  /** One entry per inserted or changed record; unchanged records have none. */
  changes: RecordChange[];
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Runs one check of a field; on BAD_USER_INPUT (or any Error) it records the reason under `field`
 * and returns undefined, so that every wrong field of a row is reported, not just the first.
 */
export type FieldCheck = <T>(field: string, check: () => T) => T | undefined;

/** One record type of a subgraph (Project, Licence, …) as the import and the export see it. */
export interface RecordType<DB, P> {
  /** The GraphQL type, e.g. `Project`; also the audit log's entity type. */
  name: string;
  /** The owning subgraph, e.g. `projects`. */
  subgraph: string;
  /** The scope a token must carry to import this record type (the mutations' scope). */
  writeScope: string;
  /** The columns in file order. */
  columns: readonly RecordColumn[];
  /** Which column(s) name a record; a second row with the same key in one file is refused. */
  keyDescription: string;
  /**
   * Checks one decoded row with the mutations' parse* functions (through `check`, so that all wrong
   * fields are found) and returns the record, or undefined when a check failed.
   */
  parse(values: RecordValues, check: FieldCheck, clock: Clock): P | undefined;
  /** The key of a parsed record (`keyDescription`). */
  keyOf(record: P): string;
  /**
   * Checks the rows against the database (in `trx`, rows locked) and writes the good ones: inserts the
   * new, updates the changed (version + 1), leaves the unchanged alone. A fixed number of statements
   * per chunk, whatever its size.
   */
  writeChunk(trx: Transaction<DB>, rows: readonly ParsedRow<P>[], clock: Clock): Promise<ChunkOutcome>;
  /**
   * The next at most `limit` records that are not sample data, ordered by key, after `after` (a key
   * as `exportKeyOf` gives it; null from the start), as file values; one page costs a fixed number of
   * statements.
   */
  exportPage(db: Kysely<DB>, after: string | null, limit: number): Promise<RecordValues[]>;
  /** The paging key of an exported record (the order `exportPage` uses). */
  exportKeyOf(values: RecordValues): string;
}

/** Who imports: the principal named in the audit entries. */
export type Importer = Pick<Principal, 'subject' | 'org'>;

/**
 * The issues of one row's checks: `run` calls `check` once per field check; each failing one adds an
 * issue naming its field (the BAD_USER_INPUT's `extensions.field` when it has one, else `field`).
 */
export function collectIssues(line: number, run: (check: FieldCheck) => void): RowIssue[] {
  const issues: RowIssue[] = [];
  run((field, fieldCheck) => {
    try {
      return fieldCheck();
    } catch (error) {
      const named = fieldOf(error) ?? field;
      issues.push({ line, field: named, reason: reasonOf(error, named) });
      return undefined;
    }
  });
  return issues;
}

/** The field a BAD_USER_INPUT names (`badUserInput` puts it in `extensions.field`). */
function fieldOf(error: unknown): string | undefined {
  const field = (error as { extensions?: { field?: unknown } } | null)?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

/** The reason of a failed check, without the `field: ` that badUserInput puts in front. */
function reasonOf(error: unknown, field: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
