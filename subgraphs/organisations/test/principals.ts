import { type Clock, todayBy } from '@kaz/subgraph-kit';
import type { TestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';

/** The principals of docs/access-control.md, with the scopes the access-matrix test gives them. */
export const PRINCIPALS = {
  'kaz-editor': { org: 'kaz', scopes: ['projects:write', 'contracts:write'] },
  ministry: { org: 'mdjd', scopes: ['workorders:write', 'organisations:write'] },
  municipality: { org: '120520000000', scopes: [] },
  'security-team': { org: 'zit_bb', scopes: ['security:read', 'security:write'] },
  auditor: { org: 'lda', scopes: ['audit:read'] },
} as const;

export type PrincipalName = keyof typeof PRINCIPALS;

/** The Authorization header of a principal's token; no header for `anonymous`. */
export async function authAs(
  subgraph: TestSubgraph<Database>,
  name: PrincipalName | 'anonymous',
): Promise<Record<string, string>> {
  if (name === 'anonymous') return {};
  const { org, scopes } = PRINCIPALS[name];
  const token = await subgraph.issuer.sign({ org, scopes, subject: `${name}@test` });
  return { authorization: `Bearer ${token}` };
}

/**
 * Everything a mutation of this subgraph can change, sorted, as JSON: the decisions, the DIKOM
 * memberships and the audit log. Equal snapshots before and after mean nothing was written.
 */
export async function snapshot(subgraph: TestSubgraph<Database>): Promise<string[][]> {
  const tables = await Promise.all([
    subgraph.db.selectFrom('decision').selectAll().execute(),
    subgraph.db.selectFrom('dikom_membership').selectAll().execute(),
    subgraph.db.selectFrom('audit_log').selectAll().execute(),
  ]);
  return tables.map((rows) => rows.map((row) => JSON.stringify(row)).sort());
}

/** The audit entries written after entry `afterId`, oldest first. */
export function auditEntriesAfter(subgraph: TestSubgraph<Database>, afterId: number) {
  return subgraph.db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').execute();
}

/** The id of the newest audit entry, 0 when the log is empty. */
export async function lastAuditId(subgraph: TestSubgraph<Database>): Promise<number> {
  const row = await subgraph.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirst();
  return row ? Number(row.id) : 0;
}

/**
 * Today in Europe/Berlin (YYYY-MM-DD) by the server's clock (`subgraph.clock`), the day the mutations
 * compare "in the future" against.
 */
export function today(clock: Clock): string {
  return todayBy(clock);
}

/** The day after `date` (YYYY-MM-DD). */
export function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
