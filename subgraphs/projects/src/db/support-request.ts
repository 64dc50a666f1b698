import { newReference, type Page, selectPage } from '@kaz/subgraph-kit';
import { type Generated, type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';

/** Where a support request stands. */
export const SUPPORT_REQUEST_STATUSES = ['SUBMITTED', 'TRIAGED', 'DECLINED'] as const;
export type SupportRequestStatus = (typeof SUPPORT_REQUEST_STATUSES)[number];

export interface SupportRequestTable {
  /** Public key, `UA-XXXX-XXXX-XXXX` (random). */
  id: string;
  /** ARS of the Kommune that asks (owned by the municipalities subgraph). */
  ars: string;
  subject: string;
  details: string | null;
  submitted_on: string;
  status: SupportRequestStatus;
  triaged_on: string | null;
  work_order_id: string | null;
  project_id: string | null;
  decline_reason: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type SupportRequestRow = Selectable<SupportRequestTable>;

/** Support requests by id; missing keys are simply absent. */
export function findSupportRequestsByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('support_request').selectAll().where('id', 'in', ids).execute();
}

/**
 * One page of support requests (optionally of one status; with `ars`, only that Kommune's), ordered
 * by the day they came in, then id, and the number of all that match.
 */
export function listSupportRequests(
  db: Kysely<Database>,
  filter: { status?: SupportRequestStatus | null | undefined; ars?: string | null },
  page: Page,
) {
  let query = db.selectFrom('support_request');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.ars) query = query.where('ars', '=', filter.ars);
  return selectPage(query, page, (q) => q.selectAll().orderBy('submitted_on').orderBy('id'));
}

/** The support request with `id`, locked until the transaction ends; undefined when none. */
export function lockSupportRequest(db: Kysely<Database>, id: string) {
  return db.selectFrom('support_request').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** A new support request id, `UA-` and 60 random bits: it cannot run out and tells nothing about other requests. */
export function newSupportRequestId(db: Kysely<Database>): Promise<string> {
  return newReference('UA-', async (id) =>
    Boolean(await db.selectFrom('support_request').select('id').where('id', '=', id).executeTakeFirst()),
  );
}

/** Inserts a support request; returns the stored row. */
export function insertSupportRequest(db: Kysely<Database>, request: Insertable<SupportRequestTable>) {
  return db.insertInto('support_request').values(request).returningAll().executeTakeFirstOrThrow();
}

/** Changes a support request, counts its version up by one and stamps `updated_at`; returns the new row. */
export function updateSupportRequestRow(
  db: Kysely<Database>,
  id: string,
  changes: Pick<
    Updateable<SupportRequestTable>,
    'status' | 'triaged_on' | 'work_order_id' | 'project_id' | 'decline_reason'
  >,
) {
  return db
    .updateTable('support_request')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A support request as the audit log keeps it (before or after a change). */
export function supportRequestSnapshot(row: SupportRequestRow) {
  return {
    id: row.id,
    municipalityArs: row.ars,
    subject: row.subject,
    details: row.details,
    submittedOn: row.submitted_on,
    status: row.status,
    triagedOn: row.triaged_on,
    workOrderId: row.work_order_id,
    projectId: row.project_id,
    declineReason: row.decline_reason,
    isSample: row.is_sample,
    version: row.version,
  };
}
