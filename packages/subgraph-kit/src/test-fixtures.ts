import type { TokenRequest } from '@kaz/auth';
import type { AuditDatabase, AuditLogTable } from '@kaz/db';
import { type Kysely, type Selectable, sql } from 'kysely';
// The kit's runtime code never imports this file; only the `testing` entry does, and vitest is a
// dependency of the workspace root, where every test runs.
import { expect } from 'vitest';
import { type Clock, fixedClock, todayBy } from './clock.ts';

/** The columns of the tables in docs/access-control.md, in the table's order: who asks. */
export const COLUMNS = ['anonymous', 'kaz-editor', 'ministry', 'municipality', 'security-team', 'auditor'] as const;

/** A column of the tables in docs/access-control.md: who asks. */
export type Column = (typeof COLUMNS)[number];

/**
 * The tokens of the columns of docs/access-control.md ("The columns of the tables are these
 * principals"), by the table's own column names. `anonymous` has no token; `municipality` is the
 * token of a Kommune, `org` its ARS, no scopes (see `tokenRequestOf`).
 */
export const PRINCIPALS = {
  'kaz-editor': { org: 'kaz', scopes: ['projects:write', 'contracts:write'] },
  ministry: { org: 'mdjd', scopes: ['workorders:write', 'organisations:write'] },
  'security-team': { org: 'zit_bb', scopes: ['security:read', 'security:write'] },
  auditor: { org: 'lda', scopes: ['audit:read'] },
} as const satisfies Record<Exclude<Column, 'anonymous' | 'municipality'>, { org: string; scopes: readonly string[] }>;

/** Request headers: the Authorization header of a token, or none (anonymous). */
export type Headers = Record<string, string>;

/** What signs test tokens: a `TestIssuer` (`subgraph.issuer`, `hub.issuer`). */
export interface Signer {
  sign(request: TokenRequest): Promise<string>;
}

/**
 * The token request of a column's principal, with the subject `<column>@<org>` (the actor its
 * writes leave in the audit log). `ars` is the Kommune of the `municipality` column; it throws for
 * `municipality` without one.
 */
export function tokenRequestOf(column: Exclude<Column, 'anonymous'>, ars?: string): TokenRequest {
  if (column === 'municipality') {
    if (!ars) throw new Error('tokenRequestOf: the municipality column needs the ARS of a Kommune');
    return { org: ars, scopes: [], subject: `municipality@${ars}` };
  }
  const { org, scopes } = PRINCIPALS[column];
  return { org, scopes, subject: `${column}@${org}` };
}

/** The headers of a token signed for `request`; `{}` (anonymous) for null. */
export async function headersFor(issuer: Signer, request: TokenRequest | null): Promise<Headers> {
  return request ? { authorization: `Bearer ${await issuer.sign(request)}` } : {};
}

/** The headers of a column's principal; `ars` is the Kommune of the `municipality` column. */
export function headersAs(issuer: Signer, column: Column, ars?: string): Promise<Headers> {
  return headersFor(issuer, column === 'anonymous' ? null : tokenRequestOf(column, ars));
}

/** Potsdam, the state capital: the Kommune of the `municipality` column when a test names none. */
export const POTSDAM = '120540000000';

/** The headers of every column at once; the `municipality` column is the Kommune `ars` (default Potsdam). */
export async function principalHeaders(issuer: Signer, ars = POTSDAM): Promise<Record<Column, Headers>> {
  const headers = await Promise.all(COLUMNS.map((column) => headersAs(issuer, column, ars)));
  return Object.fromEntries(COLUMNS.map((column, index) => [column, headers[index]])) as Record<Column, Headers>;
}

/** A GraphQL error as a test reads it from a response body. */
export interface TestError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, any>;
}

/**
 * Asserts that `result` carries exactly one error, with `extensions.code` `code` and, when given,
 * `extensions.field` `field` (the input it names); returns that error for further checks (its
 * message, path, `currentVersion`).
 */
export function expectError(result: { errors?: readonly TestError[] }, code: string, field?: string): TestError {
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field !== undefined) expect(error.extensions?.field, error.message).toBe(field);
  return error;
}

/**
 * Runs a mutation that must be refused: exactly one error (as `expectError`), no data, and not one
 * row changed in any table of `subgraph` (`TestSubgraph.snapshot`, audit log included). Returns the
 * error.
 */
export async function expectRefused(
  subgraph: { snapshot(): Promise<unknown> },
  run: () => Promise<{ data?: unknown; errors?: readonly TestError[] }>,
  code: string,
  field?: string,
): Promise<TestError> {
  const before = await subgraph.snapshot();
  const result = await run();
  const error = expectError(result, code, field);
  expect(result.data ?? null, 'the data of a refused mutation').toBeNull();
  expect(await subgraph.snapshot()).toEqual(before);
  return error;
}

/**
 * Every row of each of `tables` (default: every table of the database but kysely's migration
 * tables), as JSON sorted per table: two snapshots are equal exactly when no row was added, removed
 * or changed.
 */
export async function snapshotTables(db: Kysely<any>, tables?: readonly string[]): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of tables ?? (await tablesOf(db))) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    snapshot[table] = rows.map((row) => JSON.stringify(row, bigintAsText)).sort();
  }
  return snapshot;
}

async function tablesOf(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely%'
    order by table_name`.execute(db);
  return rows.map((row) => row.name);
}

function bigintAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** One entry of a subgraph's audit log. */
export type AuditEntry = Selectable<AuditLogTable>;

/**
 * The entries of the audit log, oldest first: all of them, those after the entry `after` (an id
 * from `lastAuditId`), and/or those of one entity.
 */
export function auditEntries(
  db: Kysely<any>,
  filter: { after?: number; entityType?: string; entityId?: string } = {},
): Promise<AuditEntry[]> {
  let query = (db as Kysely<AuditDatabase>).selectFrom('audit_log').selectAll();
  if (filter.after !== undefined) query = query.where('id', '>', filter.after);
  if (filter.entityType !== undefined) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  return query.orderBy('id').execute();
}

/** The id of the newest audit entry, 0 when the log is empty. */
export async function lastAuditId(db: Kysely<any>): Promise<number> {
  const row = await (db as Kysely<AuditDatabase>)
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/**
 * Asserts that the audit log of `db` has entries and that not even the subgraph's own database access
 * can change or empty it: UPDATE, DELETE and TRUNCATE are each refused ("append-only") and every entry
 * is still there, unchanged.
 */
export async function expectAuditLogAppendOnly(db: Kysely<any>): Promise<void> {
  const before = await auditEntries(db);
  expect(before.length).toBeGreaterThan(0);
  await expect(sql`update audit_log set actor_org = 'someone'`.execute(db)).rejects.toThrow(/append-only/);
  await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
  await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
  expect(await auditEntries(db)).toEqual(before);
}

/**
 * A clock that stands still at the moment it is made: for a test file whose expectations are "today"
 * or "now" relative to the sample data. Server and test read the same instant, so a run that crosses
 * midnight in Berlin changes nothing.
 */
export function frozenClock(): Clock {
  return fixedClock(new Date().toISOString());
}

/** The calendar day `offset` days from today in Berlin by `clock` (the server's), as YYYY-MM-DD. */
export function dayInBerlin(clock: Clock, offset = 0): string {
  const day = new Date(`${todayBy(clock)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}
