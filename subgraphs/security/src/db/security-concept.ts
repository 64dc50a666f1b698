import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Generated, type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';

/** The standards an IT-Sicherheitskonzept can follow. */
export const CONCEPT_BASES = [
  'BSI_GRUNDSCHUTZ_BASIS',
  'BSI_GRUNDSCHUTZ_STANDARD',
  'BSI_GRUNDSCHUTZ_KERN',
  'ISIS12',
  'ISO_27001',
] as const;
export type ConceptBasis = (typeof CONCEPT_BASES)[number];

/** Where an IT-Sicherheitskonzept stands. */
export const CONCEPT_STATUSES = ['DRAFT', 'ADOPTED', 'UNDER_REVIEW', 'OUTDATED'] as const;
export type ConceptStatus = (typeof CONCEPT_STATUSES)[number];

export interface SecurityConceptTable {
  id: string;
  ars: string;
  basis: ConceptBasis;
  status: ConceptStatus;
  adopted_on: string | null;
  review_due_on: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type ConceptRow = Selectable<SecurityConceptTable>;
export type NewConcept = Insertable<SecurityConceptTable>;

/** A filter on the list of security concepts; all given parts must match. */
export interface ConceptFilter {
  status?: ConceptStatus | null | undefined;
  /** Review due strictly before this date (YYYY-MM-DD); concepts without a review date never match. */
  reviewDueBefore?: string | undefined;
}

/** Concepts by id; missing keys are simply absent. */
export function findConceptsById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('security_concept').selectAll().where('id', 'in', ids).execute();
}

/** Concepts by the ARS of their Kommune; Kommunen without one are simply absent. */
export function findConceptsByArs(db: Kysely<Database>, arsList: readonly string[]) {
  return db.selectFrom('security_concept').selectAll().where('ars', 'in', arsList).execute();
}

function filtered(db: Kysely<Database>, filter: ConceptFilter) {
  let query = db.selectFrom('security_concept');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.reviewDueBefore) query = query.where('review_due_on', '<', filter.reviewDueBefore);
  return query;
}

/**
 * One page of the concepts matching the filter, ordered by review date (earliest first, drafts
 * without one last), then id; and the number of all that match.
 */
export async function listConcepts(db: Kysely<Database>, filter: ConceptFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) =>
    query.selectAll().orderBy(sql`review_due_on asc nulls last`).orderBy('id'),
  );
}

/** The concept of the Kommune `ars`, locked for update until the transaction ends; undefined when there is none. */
export function lockConceptByArs(trx: Kysely<Database>, ars: string) {
  return trx.selectFrom('security_concept').selectAll().where('ars', '=', ars).forUpdate().executeTakeFirst();
}

/**
 * Inserts a concept unless the Kommune already has one; returns the stored row, or undefined when
 * one existed (also when a concurrent writer created it first).
 */
export function insertConcept(trx: Kysely<Database>, concept: NewConcept) {
  return trx
    .insertInto('security_concept')
    .values(concept)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Changes the concept of the Kommune `ars` and raises its version by one; returns the stored row. */
export function updateConcept(
  trx: Kysely<Database>,
  ars: string,
  changes: Omit<Updateable<SecurityConceptTable>, 'id' | 'ars' | 'version' | 'updated_at'>,
): Promise<ConceptRow> {
  return trx
    .updateTable('security_concept')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('ars', '=', ars)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Kommune, status and review date of every concept, ordered by ARS: what the coverage of
 * IT-Sicherheitskonzepte needs and nothing of their contents. One statement; at most one row per Kommune.
 */
export function findConceptStates(db: Kysely<Database>) {
  return db.selectFrom('security_concept').select(['ars', 'status', 'review_due_on']).orderBy('ars').execute();
}
