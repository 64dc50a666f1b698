import type { TestSubgraph } from '@kaz/subgraph-kit/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';

/** Request headers of one principal; empty for anonymous. */
export type Headers = Record<string, string>;

/** The principals of docs/access-control.md, as request headers with a signed token. */
export interface Principals {
  anonymous: Headers;
  kazEditor: Headers;
  ministry: Headers;
  securityTeam: Headers;
  auditor: Headers;
  /** A Kommune's own token (org = its ARS, no scopes). */
  kommune(ars: string): Promise<Headers>;
}

/** Signs the tokens of the access-control table with the subgraph's test issuer. */
export async function principalsOf(subgraph: TestSubgraph<Database>): Promise<Principals> {
  const bearer = async (org: string, scopes: string[]): Promise<Headers> => ({
    authorization: `Bearer ${await subgraph.issuer.sign({ org, scopes, subject: `tester@${org}` })}`,
  });
  return {
    anonymous: {},
    kazEditor: await bearer('kaz', ['projects:write', 'contracts:write']),
    ministry: await bearer('mdjd', ['workorders:write', 'organisations:write']),
    securityTeam: await bearer('zit_bb', ['security:read', 'security:write']),
    auditor: await bearer('lda', ['audit:read']),
    kommune: (ars) => bearer(ars, []),
  };
}

/** The tables of the contracts subgraph, audit log included. */
export const TABLES = [
  'procurement_procedure',
  'procurement_participant',
  'framework_contract',
  'framework_contract_eligibility',
  'licence',
  'licence_allocation',
  'certificate',
  'audit_log',
] as const;

/** Every row of every table, in a stable order: compare two of them to prove that nothing changed. */
export async function snapshot(subgraph: TestSubgraph<Database>): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    result[table] = await subgraph.db.selectFrom(table).selectAll().orderBy(sql`1`).orderBy(sql`2`).execute();
  }
  return result;
}

/** The audit entries of one entity, oldest first. */
export function auditEntriesOf(subgraph: TestSubgraph<Database>, entityType: string, entityId: string) {
  return subgraph.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}

/** The number of rows in the audit log. */
export async function auditCount(subgraph: TestSubgraph<Database>): Promise<number> {
  const row = await subgraph.db.selectFrom('audit_log').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return row.n;
}

/** The first error of a response, checked to carry `code` (and `field`, when given). */
export function expectError(
  result: { errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] },
  code: string,
  field?: string,
) {
  expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field !== undefined) expect(error.extensions?.field, error.message).toBe(field);
  return error;
}

/**
 * Runs a mutation that must be refused: checks the error (code and field) and that no table,
 * audit log included, changed.
 */
export async function expectRefused(
  subgraph: TestSubgraph<Database>,
  run: () => Promise<{ errors?: any[]; data?: any }>,
  code: string,
  field?: string,
) {
  const before = await snapshot(subgraph);
  const result = await run();
  const error = expectError(result, code, field);
  expect(await snapshot(subgraph)).toEqual(before);
  return error;
}

/** One mutation of a "who may" check: its field name, its document and its variables. */
export type MutationCase = readonly [name: string, mutation: string, variables: Record<string, unknown>];

/**
 * The two refusal checks every writing area of the contracts subgraph has (contracts:write only):
 * without a token each mutation is UNAUTHENTICATED, for the ministry, a Kommune, the security team and
 * the auditor FORBIDDEN — at the mutation's own path, with no row changed. `setup` is read when the
 * tests run (after `beforeAll`); `cases` builds fresh variables for every run.
 */
export function refusesToAllButContractEditors(
  area: string,
  setup: () => { subgraph: TestSubgraph<Database>; as: Principals; kommune: Headers },
  cases: () => readonly MutationCase[],
): void {
  it(`refuses every ${area} mutation without a token (UNAUTHENTICATED) and changes nothing`, async () => {
    const { subgraph } = setup();
    for (const [name, mutation, variables] of cases()) {
      const error = await expectRefused(subgraph, () => subgraph.query(mutation, variables), 'UNAUTHENTICATED');
      expect(error.path).toEqual([name]);
    }
  });

  it(`refuses every ${area} mutation to the ministry, a Kommune, the security team and the auditor (FORBIDDEN)`, async () => {
    const { subgraph, as, kommune } = setup();
    for (const headers of [as.ministry, kommune, as.securityTeam, as.auditor]) {
      for (const [name, mutation, variables] of cases()) {
        const error = await expectRefused(subgraph, () => subgraph.query(mutation, variables, headers), 'FORBIDDEN');
        expect(error.path).toEqual([name]);
      }
    }
  });
}
