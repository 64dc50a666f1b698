import { containsPattern, type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';

import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Versioned } from './database.ts';

export interface FrameworkContractTable extends Versioned {
  id: string;
  title: string;
  vendor: string;
  starts_on: string;
  ends_on: string;
  ceiling_eur: number;
  called_off_eur: number;
  procurement_id: string | null;
  is_sample: boolean;
}

/** A Kommune that may call off (abrufen) from a Rahmenvertrag. */
export interface FrameworkContractEligibilityTable {
  contract_id: string;
  ars: string;
}

export type FrameworkContractRow = Selectable<FrameworkContractTable>;

/** Contracts by id; missing ids are simply absent. */
export function findContractsById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('framework_contract').selectAll().where('id', 'in', ids).execute();
}

/** The contract that resulted from each procedure; procedures without one are absent. */
export function findContractsByProcurement(db: Kysely<Database>, procedureIds: readonly string[]) {
  return db.selectFrom('framework_contract').selectAll().where('procurement_id', 'in', procedureIds).execute();
}

/** The Kommunen that may call off from each contract, ordered by ARS. */
export function findEligibility(db: Kysely<Database>, contractIds: readonly string[]) {
  return db
    .selectFrom('framework_contract_eligibility')
    .selectAll()
    .where('contract_id', 'in', contractIds)
    .orderBy('contract_id')
    .orderBy('ars')
    .execute();
}

/**
 * One page of the contracts each Kommune in `ars` may call off from, ordered by contract id, in one
 * statement; each row carries its `parent` ARS, `position` and `total_count`.
 */
export function pageContractsOfMunicipalities(db: Kysely<Database>, ars: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db
      .selectFrom('framework_contract_eligibility as e')
      .innerJoin('framework_contract as c', 'c.id', 'e.contract_id')
      .selectAll('c'),
    { parent: 'e.ars', parents: ars, orderBy: sql`c.id` },
    page,
  );
}

/** A filter on the list of contracts; all given parts must match. */
export interface ContractFilter {
  /** Part of the vendor's name, case-insensitive. */
  vendorContains?: string | null | undefined;
  /** Only contracts whose term ends before this date (YYYY-MM-DD). */
  endsBefore?: string | null | undefined;
}

function filtered(db: Kysely<Database>, filter: ContractFilter) {
  let query = db.selectFrom('framework_contract');
  if (filter.vendorContains) {
    query = query.where(sql<string>`lower(vendor)`, 'like', containsPattern(filter.vendorContains));
  }
  if (filter.endsBefore) query = query.where('ends_on', '<', sql<string>`cast(${filter.endsBefore} as date)`);
  return query;
}

/** One page of contracts matching the filter, ordered by id, and the number of all that match. */
export function listContracts(db: Kysely<Database>, filter: ContractFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('id'));
}

/** Writes a new contract and the Kommunen that may call off from it; returns the stored row. */
export async function insertContract(
  db: Kysely<Database>,
  row: Insertable<FrameworkContractTable>,
  eligible: readonly string[],
): Promise<FrameworkContractRow> {
  const stored = await db.insertInto('framework_contract').values(row).returningAll().executeTakeFirstOrThrow();
  await db
    .insertInto('framework_contract_eligibility')
    .values(eligible.map((ars) => ({ contract_id: row.id, ars })))
    .execute();
  return stored;
}

/** The contract as the audit log keeps it: its row and the Kommunen that may call off from it. */
export async function contractSnapshot(db: Kysely<Database>, row: FrameworkContractRow) {
  const eligible = await findEligibility(db, [row.id]);
  return { ...row, eligible_municipality_ars: eligible.map((e) => e.ars) };
}
