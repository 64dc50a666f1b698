import { type Page, pageWithTotal } from '@kaz/subgraph-kit';
import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

/** The states of a work order. */
export const WORK_ORDER_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export interface WorkOrderTable {
  /** Public key, `AA-<year>-<nnn>`. */
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

function filtered(db: Kysely<Database>, status: WorkOrderStatus | null | undefined) {
  const query = db.selectFrom('work_order');
  return status ? query.where('status', '=', status) : query;
}

/** One page of work orders (optionally of one status), ordered by id, and the number of all that match. */
export async function listWorkOrders(db: Kysely<Database>, status: WorkOrderStatus | null | undefined, page: Page) {
  return pageWithTotal(
    page,
    (limit) =>
      filtered(db, status)
        .selectAll()
        .select(sql<number>`count(*) over ()`.as('total_count'))
        .orderBy('id')
        .offset(page.offset)
        .limit(limit)
        .execute(),
    async () => (await filtered(db, status).select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0,
  );
}

/** The work orders linked by `column` to any of `keys` (project, decision or issuing ministry), ordered by id. */
export function findWorkOrdersBy(
  db: Kysely<Database>,
  column: 'project_id' | 'decision_id' | 'issuing_ministry_id',
  keys: readonly string[],
) {
  return db.selectFrom('work_order').selectAll().where(column, 'in', keys).orderBy('id').execute();
}
