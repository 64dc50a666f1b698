import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** The Arbeitsprogramm of one year (Umsetzungskonzept Kaz, §4.1). */
export interface WorkProgrammeTable extends AuditColumns {
  /** "ap-<year>". */
  id: string;
  year: number;
  committee_id: string;
  decision_id: string | null;
  agreed_on: string;
  title: string;
  is_sample: boolean;
}

/** One item of an Arbeitsprogramm. */
export interface WorkProgrammeItemTable extends AuditColumns {
  /** "ap-<year>-<position>". */
  id: string;
  work_programme_id: string;
  position: number;
  title: string;
  kind: string;
  responsible_organisation_id: string;
  due_on: string | null;
  status: string;
  progress_percent: number;
  progress_note: string | null;
  /** Key of a project of the projects subgraph, e.g. "KAZ-2025-03"; null when the item is no project. */
  project_id: string | null;
  is_sample: boolean;
}

export type WorkProgrammeRow = Selectable<WorkProgrammeTable>;
export type WorkProgrammeItemRow = Selectable<WorkProgrammeItemTable>;

/** The kinds of items, in the order the GraphQL enum declares them. */
export const WORK_PROGRAMME_ITEM_KINDS = [
  'PROJECT',
  'STANDARDISATION',
  'PROCUREMENT',
  'SUPPORT',
  'KNOWLEDGE_TRANSFER',
] as const;
/** The statuses of items, in the order the GraphQL enum declares them. */
export const WORK_PROGRAMME_ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DEFERRED', 'CANCELLED'] as const;

/** Work programmes by year; missing years are simply absent. */
export function findWorkProgrammesByYear(db: Kysely<Database>, years: readonly number[]) {
  return db.selectFrom('work_programme').selectAll().where('year', 'in', years).execute();
}

/** The items of the work programmes `ids`, by programme, then position, in one statement. */
export function findItemsOfWorkProgrammes(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('work_programme_item')
    .selectAll()
    .where('work_programme_id', 'in', ids)
    .orderBy('work_programme_id')
    .orderBy('position')
    .execute();
}

/** The work programme of a year, locked until the transaction ends; undefined when there is none. */
export function lockWorkProgrammeOfYear(db: Kysely<Database>, year: number) {
  return db.selectFrom('work_programme').selectAll().where('year', '=', year).forUpdate().executeTakeFirst();
}

/** Adds a work programme and returns the stored row. */
export function insertWorkProgramme(db: Kysely<Database>, row: Insertable<WorkProgrammeTable>) {
  return db.insertInto('work_programme').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Adds the items of a work programme and returns the stored rows, in position order. */
export function insertWorkProgrammeItems(db: Kysely<Database>, rows: Insertable<WorkProgrammeItemTable>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insertInto('work_programme_item').values(rows).returningAll().execute();
}

/** The item with this id, locked until the transaction ends; undefined when there is none. */
export function lockWorkProgrammeItem(db: Kysely<Database>, id: string) {
  return db.selectFrom('work_programme_item').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Changes an item, counts its version up and returns the stored row. */
export function updateWorkProgrammeItemRow(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<WorkProgrammeItemTable>,
) {
  return db
    .updateTable('work_programme_item')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
