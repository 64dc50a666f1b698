import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, Versioned } from './database.ts';

/** The kinds of Vergabehilfe (procurement template), as stored and as exposed. */
export const TEMPLATE_KINDS = [
  'MODEL_CONTRACT',
  'TENDER_DOCUMENTS',
  'SERVICE_DESCRIPTION',
  'EVALUATION_MATRIX',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Where a Vergabehilfe stands. */
export const TEMPLATE_STATUSES = ['DRAFT', 'ADOPTED', 'WITHDRAWN'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export interface ProcurementTemplateTable extends Versioned {
  id: string;
  kind: TemplateKind;
  title: string;
  status: TemplateStatus;
  decision_id: string | null;
  free_of_charge: boolean;
  is_sample: boolean;
}

/** A Kommune that uses a Vergabehilfe, since a day. */
export interface ProcurementTemplateUseTable extends Versioned {
  template_id: string;
  ars: string;
  since: string;
  is_sample: boolean;
}

export type ProcurementTemplateRow = Selectable<ProcurementTemplateTable>;
export type ProcurementTemplateUseRow = Selectable<ProcurementTemplateUseTable>;

/** Templates by id; missing ids are simply absent. */
export function findTemplatesById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('procurement_template').selectAll().where('id', 'in', ids).execute();
}

/** The uses of each template, ordered by template and ARS. */
export function findTemplateUses(db: Kysely<Database>, templateIds: readonly string[]) {
  return db
    .selectFrom('procurement_template_use')
    .selectAll()
    .where('template_id', 'in', templateIds)
    .orderBy('template_id')
    .orderBy('ars')
    .execute();
}

/** One page of templates, optionally in one status, ordered by id, and the number of all that match. */
export function listTemplates(db: Kysely<Database>, status: TemplateStatus | null | undefined, page: Page) {
  let query = db.selectFrom('procurement_template');
  if (status) query = query.where('status', '=', status);
  return selectPage(query, page, (q) => q.selectAll().orderBy('id'));
}

/** Writes a new template; returns the stored row. */
export function insertTemplate(db: Kysely<Database>, row: Insertable<ProcurementTemplateTable>) {
  return db.insertInto('procurement_template').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The use of a template by one Kommune, locked until the transaction ends; undefined when there is none. */
export function lockTemplateUse(db: Kysely<Database>, templateId: string, ars: string) {
  return db
    .selectFrom('procurement_template_use')
    .selectAll()
    .where('template_id', '=', templateId)
    .where('ars', '=', ars)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes a new use, or moves the day of an existing one and counts its version up; returns the row. */
export function upsertTemplateUse(db: Kysely<Database>, row: Insertable<ProcurementTemplateUseTable>) {
  return db
    .insertInto('procurement_template_use')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['template_id', 'ars']).doUpdateSet({
        since: row.since,
        version: sql<number>`procurement_template_use.version + 1`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
