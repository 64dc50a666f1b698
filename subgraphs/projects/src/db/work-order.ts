import { newReference, type Page, selectPage } from '@kaz/subgraph-kit';
import { type Generated, type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';

/** The states of a work order. */
export const WORK_ORDER_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export interface WorkOrderTable {
  /** Public key, `AA-XXXX-XXXX-XXXX` (random) or the older `AA-<year>-<nnn>`. */
  id: string;
  title: string;
  /** Key of the committee decision (Beschluss) that issued the order (owned by the organisations subgraph). */
  decision_id: string | null;
  /** Organisation key of the ministry that issued or passed on the order. */
  issuing_ministry_id: string | null;
  assignee_id: string;
  issued_on: string;
  due_date: string;
  status: WorkOrderStatus;
  project_id: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type WorkOrderRow = Selectable<WorkOrderTable>;

/** Work orders by id; missing keys are simply absent. */
export function findWorkOrdersByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('work_order').selectAll().where('id', 'in', ids).execute();
}

function filtered(db: Kysely<Database>, status: WorkOrderStatus | null | undefined, ministry: string | null) {
  let query = db.selectFrom('work_order');
  if (status) query = query.where('status', '=', status);
  // A ministry's own work orders (rule read.workorder): issued by it, or of a project it leads.
  if (ministry !== null) {
    query = query.where((eb) =>
      eb.or([
        eb('issuing_ministry_id', '=', ministry),
        eb('project_id', 'in', eb.selectFrom('project').select('id').where('lead_ministry_id', '=', ministry)),
      ]),
    );
  }
  return query;
}

/**
 * One page of work orders (optionally of one status; with `ministry`, only that ministry's own:
 * issued by it or of a project it leads), ordered by id, and the number of all that match.
 */
export async function listWorkOrders(
  db: Kysely<Database>,
  status: WorkOrderStatus | null | undefined,
  page: Page,
  ministry: string | null = null,
) {
  return selectPage(filtered(db, status, ministry), page, (query) => query.selectAll().orderBy('id'));
}

/** The work orders linked by `column` to any of `keys` (project, decision or issuing ministry), ordered by id. */
export function findWorkOrdersBy(
  db: Kysely<Database>,
  column: 'project_id' | 'decision_id' | 'issuing_ministry_id',
  keys: readonly string[],
) {
  return db.selectFrom('work_order').selectAll().where(column, 'in', keys).orderBy('id').execute();
}

// The writes of the work order mutations. Every function takes the caller's transaction, so that a
// change and its audit entry are stored together or not at all.

/** The work order with `id`, locked until the transaction ends (so that two writers take turns); undefined when none. */
export function lockWorkOrder(db: Kysely<Database>, id: string) {
  return db.selectFrom('work_order').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * A new work order id, `AA-` and 60 random bits (`AA-7QK3-M9XA-2DHF`): it cannot run out and tells
 * nothing about other orders (the numbered `AA-<year>-<nnn>` of before ran out at 999 a year and
 * showed how many orders, visible or not, came before).
 */
export function newWorkOrderId(db: Kysely<Database>): Promise<string> {
  return newReference('AA-', async (id) =>
    Boolean(await db.selectFrom('work_order').select('id').where('id', '=', id).executeTakeFirst()),
  );
}

/** Inserts a work order; returns the stored row. */
export function insertWorkOrder(db: Kysely<Database>, order: Insertable<WorkOrderTable>) {
  return db.insertInto('work_order').values(order).returningAll().executeTakeFirstOrThrow();
}

/** Changes a work order, counts its version up by one and stamps `updated_at`; returns the new row. */
export function updateWorkOrderRow(
  db: Kysely<Database>,
  id: string,
  changes: Pick<Updateable<WorkOrderTable>, 'status' | 'project_id'>,
) {
  return db
    .updateTable('work_order')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A work order as the audit log keeps it (before or after a change). */
export function workOrderSnapshot(row: WorkOrderRow) {
  return {
    id: row.id,
    title: row.title,
    decisionId: row.decision_id,
    issuingMinistryId: row.issuing_ministry_id,
    assigneeId: row.assignee_id,
    issuedOn: row.issued_on,
    dueDate: row.due_date,
    status: row.status,
    projectId: row.project_id,
    isSample: row.is_sample,
    version: row.version,
  };
}
