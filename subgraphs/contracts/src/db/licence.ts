import { type Page, pageWindowFilter, pageWithTotal } from '@kaz/subgraph-kit';
import { type Kysely, type Selectable, sql } from 'kysely';
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
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('licence_allocation as a')
        .innerJoin('licence as l', 'l.id', 'a.licence_id')
        .selectAll('l')
        .select([
          'a.ars as parent',
          sql<number>`row_number() over (partition by a.ars order by l.id)`.as('position'),
          sql<number>`count(*) over (partition by a.ars)`.as('total_count'),
        ])
        .where('a.ars', 'in', ars)
        .as('windowed'),
    )
    .selectAll()
    .where(pageWindowFilter(page))
    .orderBy('parent')
    .orderBy('position')
    .execute();
}

/** One page of all licences, ordered by id, and the number of all licences. */
export function listLicences(db: Kysely<Database>, page: Page) {
  return pageWithTotal(
    page,
    (limit) =>
      db
        .selectFrom('licence')
        .selectAll()
        .select(sql<number>`count(*) over ()`.as('total_count'))
        .orderBy('id')
        .offset(page.offset)
        .limit(limit)
        .execute(),
    async () => (await db.selectFrom('licence').select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0,
  );
}
