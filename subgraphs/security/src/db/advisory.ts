import { type Page, selectPage } from '@kaz/subgraph-kit';
import type { ColumnType, Generated, Insertable, Kysely, Selectable } from 'kysely';
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
