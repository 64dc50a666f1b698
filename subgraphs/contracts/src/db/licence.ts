import type { AdvisoryProduct } from '@kaz/subgraph-kit';
import { containsPattern, type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';

import { type ColumnType, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Versioned } from './database.ts';

export interface LicenceTable extends Versioned {
  id: string;
  product: string;
  vendor: string;
  seats: number;
  valid_from: string;
  valid_to: string;
  annual_cost_eur: number;
  contract_id: string | null;
  /** Whether the vendor processes personal data on the Kommunen's behalf (Art. 28 DSGVO); false by default. */
  processes_personal_data: ColumnType<boolean, boolean | undefined, boolean>;
  /** The day the Auftragsverarbeitungsvertrag was signed; null while there is none. */
  processor_agreement_on: ColumnType<string | null, string | null | undefined, string | null>;
  is_sample: boolean;
}

/** Seats of a licence given to one Kommune. The allocations of a licence never exceed its seats. */
export interface LicenceAllocationTable extends Versioned {
  licence_id: string;
  ars: string;
  seats: number;
  since: string;
  is_sample: boolean;
}

export type LicenceRow = Selectable<LicenceTable>;
export type LicenceAllocationRow = Selectable<LicenceAllocationTable>;

/** Licences by id; missing ids are simply absent. */
export function findLicencesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('licence').selectAll().where('id', 'in', ids).execute();
}

/** The licences bought under each framework contract, ordered by id. */
export function findLicencesByContract(db: Kysely<Database>, contractIds: readonly string[]) {
  return db.selectFrom('licence').selectAll().where('contract_id', 'in', contractIds).orderBy('id').execute();
}

/** The allocations of each licence, ordered by ARS. */
export function findAllocationsByLicence(db: Kysely<Database>, licenceIds: readonly string[]) {
  return db
    .selectFrom('licence_allocation')
    .selectAll()
    .where('licence_id', 'in', licenceIds)
    .orderBy('licence_id')
    .orderBy('ars')
    .execute();
}

/** The number of allocated seats of each licence that has allocations, summed in SQL. */
export function sumAllocatedSeats(db: Kysely<Database>, licenceIds: readonly string[]) {
  return db
    .selectFrom('licence_allocation')
    .select(['licence_id', sql<number>`sum(seats)`.as('allocated')])
    .where('licence_id', 'in', licenceIds)
    .groupBy('licence_id')
    .execute();
}

/**
 * One page of the licences allocated to each Kommune in `ars`, ordered by licence id, in one
 * statement; each row carries its `parent` ARS, `position` and `total_count`.
 */
export function pageLicencesOfMunicipalities(db: Kysely<Database>, ars: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('licence_allocation as a').innerJoin('licence as l', 'l.id', 'a.licence_id').selectAll('l'),
    { parent: 'a.ars', parents: ars, orderBy: sql`l.id` },
    page,
  );
}

/** A filter on the list of licences; all given parts must match. */
export interface LicenceFilter {
  /** Part of the vendor's name, case-insensitive. */
  vendorContains?: string | null | undefined;
  /** Part of the product name, case-insensitive. */
  productContains?: string | null | undefined;
  /** Only licences whose term covers this date (YYYY-MM-DD). */
  validOn?: string | null | undefined;
  /** Only licences with seats allocated to this Kommune (ARS). */
  municipalityArs?: string | null | undefined;
}

function filtered(db: Kysely<Database>, filter: LicenceFilter) {
  let query = db.selectFrom('licence');
  if (filter.vendorContains)
    query = query.where(sql<string>`lower(vendor)`, 'like', containsPattern(filter.vendorContains));
  if (filter.productContains) {
    query = query.where(sql<string>`lower(product)`, 'like', containsPattern(filter.productContains));
  }
  if (filter.validOn) {
    const day = sql<string>`cast(${filter.validOn} as date)`;
    query = query.where('valid_from', '<=', day).where('valid_to', '>=', day);
  }
  const ars = filter.municipalityArs;
  if (ars) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('licence_allocation as a')
          .select('a.licence_id')
          .whereRef('a.licence_id', '=', 'licence.id')
          .where('a.ars', '=', ars),
      ),
    );
  }
  return query;
}

/** One page of the licences matching the filter, ordered by id, and the number of all that match. */
export function listLicences(db: Kysely<Database>, filter: LicenceFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('id'));
}

/**
 * Which of the licences have seats allocated to the Kommune `ars` or, when `prefix` is given (an
 * Amt's, see `administeredPrefix`: digits only), to a Gemeinde whose ARS starts with it other than
 * `except` (a Mitverwaltung's mitverwaltende Gemeinde, see `administeredExcept`); one row per licence
 * at most.
 */
export function findLicencesReachedBy(
  db: Kysely<Database>,
  ars: string,
  prefix: string | null,
  except: string | null,
  licenceIds: readonly string[],
) {
  return db
    .selectFrom('licence_allocation')
    .select('licence_id')
    .distinct()
    .where((eb) =>
      prefix
        ? eb.or([
            eb('ars', '=', ars),
            eb.and([eb('ars', 'like', `${prefix}%`), ...(except ? [eb('ars', '<>', except)] : [])]),
          ])
        : eb('ars', '=', ars),
    )
    .where('licence_id', 'in', licenceIds)
    .execute();
}

/**
 * The licence, locked against other writers until the transaction ends; undefined when there is
 * none. Every change of a licence's allocations takes this lock first, so that they queue up per
 * licence and each one sums the seats the one before it committed.
 */
export function lockLicence(db: Kysely<Database>, id: string) {
  return db.selectFrom('licence').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The allocation of the licence to the Kommune, locked until the transaction ends; undefined when there is none. */
export function lockAllocation(db: Kysely<Database>, licenceId: string, ars: string) {
  return db
    .selectFrom('licence_allocation')
    .selectAll()
    .where('licence_id', '=', licenceId)
    .where('ars', '=', ars)
    .forUpdate()
    .executeTakeFirst();
}

/** The number of seats of the licence allocated so far (0 without allocations). */
export async function allocatedSeatsOf(db: Kysely<Database>, licenceId: string): Promise<number> {
  const row = await db
    .selectFrom('licence_allocation')
    .select(sql<number>`coalesce(sum(seats), 0)`.as('allocated'))
    .where('licence_id', '=', licenceId)
    .executeTakeFirstOrThrow();
  return row.allocated;
}

/** Writes a new licence; returns the stored row. */
export function insertLicence(db: Kysely<Database>, row: Insertable<LicenceTable>): Promise<LicenceRow> {
  return db.insertInto('licence').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Writes a new allocation; returns the stored row. */
export function insertAllocation(
  db: Kysely<Database>,
  row: Insertable<LicenceAllocationTable>,
): Promise<LicenceAllocationRow> {
  return db.insertInto('licence_allocation').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Deletes the allocation of the licence to the Kommune. */
export async function deleteAllocation(db: Kysely<Database>, licenceId: string, ars: string): Promise<void> {
  await db.deleteFrom('licence_allocation').where('licence_id', '=', licenceId).where('ars', '=', ars).execute();
}

/**
 * True when the audit log's last entry for the allocation (key "<licence>/<ARS>") is its release:
 * the allocation existed and someone took it back, as opposed to an allocation that never was.
 */
export async function wasReleased(db: Kysely<Database>, allocationKey: string): Promise<boolean> {
  const last = await db
    .selectFrom('audit_log')
    .select('operation')
    .where('entity_type', '=', 'LicenceAllocation')
    .where('entity_id', '=', allocationKey)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.operation === 'releaseLicenceAllocation';
}

/**
 * The Kommunen with seats of a licence of any of `products`, one row per Kommune and product (vendor
 * and product as the licence spells them), ordered by ARS, vendor and product; in one statement
 * however many products. Names match whole and regardless of letter case. The licence's term does
 * not matter: software whose licence ran out may still be installed.
 */
export function findKommunenRunning(db: Kysely<Database>, products: readonly AdvisoryProduct[]) {
  if (products.length === 0) return Promise.resolve([]);
  const wanted = products.map((p) => sql`(${p.vendor.toLowerCase()}, ${p.product.toLowerCase()})`);
  return db
    .selectFrom('licence_allocation as a')
    .innerJoin('licence as l', 'l.id', 'a.licence_id')
    .select(['a.ars', 'l.vendor', 'l.product'])
    .distinct()
    .where(sql<boolean>`(lower(l.vendor), lower(l.product)) in (${sql.join(wanted)})`)
    .orderBy('a.ars')
    .orderBy('l.vendor')
    .orderBy('l.product')
    .execute();
}

/** A filter on the data processings (licences whose vendor processes personal data). */
export interface DataProcessingFilter {
  /** True: only those without an Auftragsverarbeitungsvertrag; false: only those with one. */
  withoutAgreement?: boolean | null | undefined;
}

/**
 * One page of the licences whose vendor processes personal data on the Kommunen's behalf, ordered
 * by vendor, product and id, and the number of all that match.
 */
export function listDataProcessings(db: Kysely<Database>, filter: DataProcessingFilter, page: Page) {
  let query = db.selectFrom('licence').where('processes_personal_data', '=', true);
  if (filter.withoutAgreement === true) query = query.where('processor_agreement_on', 'is', null);
  if (filter.withoutAgreement === false) query = query.where('processor_agreement_on', 'is not', null);
  return selectPage(query, page, (q) => q.selectAll().orderBy('vendor').orderBy('product').orderBy('id'));
}

/** Records whether a licence's vendor processes personal data and since when an agreement exists; counts the version up. */
export function updateLicenceProcessing(
  db: Kysely<Database>,
  id: string,
  changes: { processes_personal_data: boolean; processor_agreement_on: string | null },
): Promise<LicenceRow> {
  return db
    .updateTable('licence')
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
