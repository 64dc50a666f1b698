import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type ColumnType, type Generated, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';
import type { Tlp } from './visibility.ts';

/** How serious the vulnerability of an advisory is, from the least to the most. */
export const ADVISORY_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type AdvisorySeverity = (typeof ADVISORY_SEVERITIES)[number];

/** An advisory (Warnmeldung) of CERT-Brandenburg. */
export interface AdvisoryTable {
  id: string;
  title: string;
  published_at: ColumnType<Date, Date | string, Date | string>;
  severity: AdvisorySeverity;
  cve_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** Always CLEAR (a check of the table): every advisory is public. */
  tlp: ColumnType<Tlp, Tlp | undefined, Tlp>;
  is_sample: boolean;
  created_at: Generated<Date>;
}

/** A product an advisory names: vendor and product name as the vendor spells them. */
export interface AdvisoryProductTable {
  advisory_id: string;
  vendor: string;
  product: string;
}

export type AdvisoryRow = Selectable<AdvisoryTable>;
export type AdvisoryProductRow = Selectable<AdvisoryProductTable>;
export type NewAdvisory = Insertable<AdvisoryTable>;

/** Advisories by id; missing keys are simply absent. */
export function findAdvisoriesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('advisory').selectAll().where('id', 'in', ids).execute();
}

/** The products each advisory names, ordered by vendor and product. */
export function findAdvisoryProducts(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('advisory_product')
    .selectAll()
    .where('advisory_id', 'in', ids)
    .orderBy('advisory_id')
    .orderBy('vendor')
    .orderBy('product')
    .execute();
}

/** One page of all advisories, newest first (then by id), and the number of all. */
export function listAdvisories(db: Kysely<Database>, page: Page) {
  return selectPage(db.selectFrom('advisory'), page, (query) =>
    query.selectAll().orderBy('published_at', 'desc').orderBy('id', 'desc'),
  );
}

/**
 * The next reference of `year`, "CERT-BB-ADV-<year>-<nnnn>", one above the highest so far. Takes a
 * lock on the table until the transaction ends, so that two publications never get the same number.
 */
export async function nextAdvisoryId(trx: Kysely<Database>, year: string): Promise<string> {
  await sql`lock table advisory in share row exclusive mode`.execute(trx);
  const prefix = `CERT-BB-ADV-${year}-`;
  const row = await trx
    .selectFrom('advisory')
    .select((eb) => eb.fn.max('id').as('last'))
    .where('id', 'like', `${prefix}%`)
    .executeTakeFirst();
  const next = row?.last ? Number(row.last.slice(prefix.length)) + 1 : 1;
  if (next > 9999) throw new Error(`no advisory reference left in ${year}`);
  return `${prefix}${String(next).padStart(4, '0')}`;
}

/** Writes an advisory with the products it names; returns the stored advisory. */
export async function insertAdvisory(
  trx: Kysely<Database>,
  advisory: NewAdvisory,
  products: readonly Omit<AdvisoryProductTable, 'advisory_id'>[],
): Promise<AdvisoryRow> {
  const row = await trx.insertInto('advisory').values(advisory).returningAll().executeTakeFirstOrThrow();
  await trx
    .insertInto('advisory_product')
    .values(products.map((p) => ({ advisory_id: row.id, vendor: p.vendor, product: p.product })))
    .execute();
  return row;
}
