import { type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';

/** A standardisation recommendation (Standardisierungsempfehlung, Umsetzungskonzept Kaz, §3). */
export interface RecommendationTable extends AuditColumns {
  /** "empf-<year>-<n>", the year it was recorded. */
  id: string;
  title: string;
  subject: string;
  status: string;
  decision_id: string | null;
  adopted_on: string | null;
  withdrawn_on: string | null;
  withdrawal_note: string | null;
  is_sample: boolean;
}

/** A Kommune that applies a recommendation, since a day. */
export interface RecommendationApplicationTable extends AuditColumns {
  recommendation_id: string;
  ars: string;
  applied_since: string;
  is_sample: boolean;
}

export type RecommendationRow = Selectable<RecommendationTable>;
export type RecommendationApplicationRow = Selectable<RecommendationApplicationTable>;

/** The statuses, in the order the GraphQL enum declares them. */
export const RECOMMENDATION_STATUSES = ['DRAFT', 'ADOPTED', 'WITHDRAWN'] as const;

/** Recommendations by id; missing keys are simply absent. */
export function findRecommendationsById(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('recommendation').selectAll().where('id', 'in', ids).execute();
}

/** One page of recommendations (of one status, or of all), ordered by id, and the number of all that match. */
export async function listRecommendations(db: Kysely<Database>, status: string | null | undefined, page: Page) {
  const filtered = () => {
    const query = db.selectFrom('recommendation');
    return status != null ? query.where('status', '=', status) : query;
  };
  return selectPage(filtered(), page, (query) =>
    query
      .selectAll()
      .orderBy(sql`substring(id from 6 for 4)::integer`)
      .orderBy(sql`substring(id from '[0-9]+$')::integer`),
  );
}

/**
 * One page of the applications of each recommendation in `ids`, ordered by day, then ARS, in one
 * statement; each row carries its `parent`, `position` and `total_count` (see `pageLoader`).
 */
export function pageApplicationsOfRecommendations(db: Kysely<Database>, ids: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('recommendation_application').selectAll(),
    { parent: 'recommendation_id', parents: ids, orderBy: sql`applied_since, ars` },
    page,
  );
}

/** The highest n among the ids "empf-<year>-<n>", 0 when there is none. */
export async function highestRecommendationNumber(db: Kysely<Database>, year: number): Promise<number> {
  const row = await db
    .selectFrom('recommendation')
    .select(sql<number | null>`max(substring(id from '[0-9]+$')::integer)`.as('n'))
    .where('id', 'like', `empf-${year}-%`)
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Locks the whole recommendation table against other inserts, so that ids are numbered one at a time. */
export async function lockRecommendationNumbers(db: Kysely<Database>): Promise<void> {
  await sql`lock table recommendation in share row exclusive mode`.execute(db);
}

/** Adds a recommendation and returns the stored row. */
export function insertRecommendation(db: Kysely<Database>, row: Insertable<RecommendationTable>) {
  return db.insertInto('recommendation').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The recommendation with this id, locked until the transaction ends; undefined when there is none. */
export function lockRecommendation(db: Kysely<Database>, id: string) {
  return db.selectFrom('recommendation').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Changes a recommendation, counts its version up and returns the stored row. */
export function updateRecommendationRow(db: Kysely<Database>, id: string, changes: Updateable<RecommendationTable>) {
  return db
    .updateTable('recommendation')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The application of a recommendation by a Kommune, locked until the transaction ends. */
export function lockRecommendationApplication(db: Kysely<Database>, recommendationId: string, ars: string) {
  return db
    .selectFrom('recommendation_application')
    .selectAll()
    .where('recommendation_id', '=', recommendationId)
    .where('ars', '=', ars)
    .forUpdate()
    .executeTakeFirst();
}

/** Adds an application, or changes the day of one that exists (counting its version up); returns the stored row. */
export function upsertRecommendationApplication(db: Kysely<Database>, row: Insertable<RecommendationApplicationTable>) {
  return db
    .insertInto('recommendation_application')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['recommendation_id', 'ars']).doUpdateSet((eb) => ({
        applied_since: eb.ref('excluded.applied_since'),
        version: eb('recommendation_application.version', '+', 1),
        updated_at: sql`now()`,
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
