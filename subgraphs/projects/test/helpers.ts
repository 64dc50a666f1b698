import { type Clock, todayBy } from '@kaz/subgraph-kit';
import type { TestSubgraph } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../src/db/database.ts';

/** The principals of docs/access-control.md, as token requests. */
export const PRINCIPALS = {
  kaz: { org: 'kaz', subject: 'editor@kaz', scopes: ['projects:write', 'contracts:write'] },
  ministry: { org: 'mdjd', subject: 'referent@mdjd', scopes: ['workorders:write', 'organisations:write'] },
  municipality: { org: '120540000000', scopes: [] },
  security: { org: 'zit_bb', scopes: ['security:read', 'security:write'] },
  auditor: { org: 'lda', subject: 'pruefer@lda', scopes: ['audit:read'] },
} as const;

export type PrincipalName = keyof typeof PRINCIPALS;

/** Authorization headers for each principal of PRINCIPALS, and {} for `anonymous`. */
export async function headersFor(subgraph: TestSubgraph<Database>) {
  const headers: Record<PrincipalName | 'anonymous', Record<string, string>> = {
    anonymous: {},
    kaz: {},
    ministry: {},
    municipality: {},
    security: {},
    auditor: {},
  };
  for (const [name, request] of Object.entries(PRINCIPALS)) {
    headers[name as PrincipalName] = { authorization: `Bearer ${await subgraph.issuer.sign(request)}` };
  }
  return headers;
}

const TABLES = ['project', 'project_municipality', 'project_ozg_service', 'work_order', 'audit_log'] as const;

/** Every row of the tables mutations write (audit log included), as sorted JSON; equal snapshots = nothing changed. */
export async function snapshot(subgraph: TestSubgraph<Database>): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql`select * from ${sql.table(table)}`.execute(subgraph.db);
    result[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}

/** The audit entries, oldest first. */
export function auditEntries(subgraph: TestSubgraph<Database>) {
  return subgraph.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

/** Asserts that the response failed with `code` (and `field` when given) on the field `path`. */
export function expectError(
  result: { errors?: { path?: (string | number)[]; extensions?: Record<string, any> }[] },
  code: string,
  field?: string,
): void {
  expect(result.errors, 'errors').toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe(code);
  if (field !== undefined) expect(result.errors?.[0]?.extensions?.field).toBe(field);
}

/** The date `days` after today in Europe/Berlin by `clock` (the server's clock), YYYY-MM-DD. */
export function berlinDay(clock: Clock, days: number): string {
  const today = todayBy(clock);
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
