import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database, Versioned } from './database.ts';

/**
 * The kinds of Vergabeverfahren, as stored and as exposed in the schema: the EU procedures (GWB/VgV),
 * the call-off, the national procedures below the EU thresholds (UVgO) and the in-house award (§ 108 GWB).
 */
export const PROCEDURE_TYPES = [
  'OPEN_PROCEDURE',
  'RESTRICTED_PROCEDURE',
  'NEGOTIATED_PROCEDURE',
  'FRAMEWORK_CALL_OFF',
  'PUBLIC_TENDER',
  'RESTRICTED_TENDER',
  'NEGOTIATED_AWARD',
  'IN_HOUSE_AWARD',
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** Where a Vergabeverfahren stands. */
export const PROCUREMENT_STATUSES = ['PLANNED', 'PUBLISHED', 'EVALUATION', 'AWARDED', 'CANCELLED'] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

export interface ProcurementProcedureTable extends Versioned {
  id: string;
  title: string;
  procedure_type: ProcedureType;
  status: ProcurementStatus;
  published_on: string | null;
  awarded_on: string | null;
  estimated_value_eur: number;
  project_id: string | null;
  call_off_contract_id: string | null;
  is_sample: boolean;
}

/** A Kommune taking part in a joint Vergabeverfahren. */
export interface ProcurementParticipantTable {
  procedure_id: string;
  ars: string;
}

export type ProcurementProcedureRow = Selectable<ProcurementProcedureTable>;

/** Procedures by id; missing ids are simply absent. */
export function findProceduresById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('procurement_procedure').selectAll().where('id', 'in', ids).execute();
}

/** The procedures of each project, ordered by id. */
export function findProceduresByProject(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('procurement_procedure')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('id')
    .execute();
}

/** The call-offs (Abrufe) from each framework contract, ordered by id. */
export function findProceduresByCallOffContract(db: Kysely<Database>, contractIds: readonly string[]) {
  return db
    .selectFrom('procurement_procedure')
    .selectAll()
    .where('call_off_contract_id', 'in', contractIds)
    .orderBy('id')
    .execute();
}

/** The procedures each Kommune (by ARS) takes part in, ordered by id; each row names its `parent` ARS. */
export function findProceduresByParticipant(db: Kysely<Database>, ars: readonly string[]) {
  return db
    .selectFrom('procurement_participant as p')
    .innerJoin('procurement_procedure as v', 'v.id', 'p.procedure_id')
    .selectAll('v')
    .select('p.ars as parent')
    .where('p.ars', 'in', ars)
    .orderBy('p.ars')
    .orderBy('v.id')
    .execute();
}

/** The participating Kommunen of each procedure, ordered by ARS. */
export function findParticipants(db: Kysely<Database>, procedureIds: readonly string[]) {
  return db
    .selectFrom('procurement_participant')
    .selectAll()
    .where('procedure_id', 'in', procedureIds)
    .orderBy('procedure_id')
    .orderBy('ars')
    .execute();
}

/** A filter on the list of procedures. */
export interface ProcedureFilter {
  status?: ProcurementStatus | null | undefined;
  /** False leaves out PLANNED (unpublished) procedures, for readers who may not see them. */
  includePlanned: boolean;
}

function filtered(db: Kysely<Database>, filter: ProcedureFilter) {
  let query = db.selectFrom('procurement_procedure');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (!filter.includePlanned) query = query.where('status', '<>', 'PLANNED');
  return query;
}

/** One page of procedures matching the filter, ordered by id, and the number of all that match. */
export function listProcedures(db: Kysely<Database>, filter: ProcedureFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('id'));
}

/** The procedure, locked against other writers until the transaction ends; undefined when there is none. */
export function lockProcedure(db: Kysely<Database>, id: string) {
  return db.selectFrom('procurement_procedure').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Writes a new procedure and its participating Kommunen; returns the stored row. */
export async function insertProcedure(
  db: Kysely<Database>,
  row: Insertable<ProcurementProcedureTable>,
  participants: readonly string[],
): Promise<ProcurementProcedureRow> {
  const stored = await db.insertInto('procurement_procedure').values(row).returningAll().executeTakeFirstOrThrow();
  await db
    .insertInto('procurement_participant')
    .values(participants.map((ars) => ({ procedure_id: row.id, ars })))
    .execute();
  return stored;
}

/** Changes a procedure, counts its version up by one and stamps `updated_at`; returns the new row. */
export function updateProcedure(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<ProcurementProcedureTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
): Promise<ProcurementProcedureRow> {
  return db
    .updateTable('procurement_procedure')
    .set({ ...changes, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The procedure as the audit log keeps it: its row and its participating Kommunen. */
export async function procedureSnapshot(db: Kysely<Database>, row: ProcurementProcedureRow) {
  const participants = await findParticipants(db, [row.id]);
  return { ...row, participating_municipality_ars: participants.map((p) => p.ars) };
}
