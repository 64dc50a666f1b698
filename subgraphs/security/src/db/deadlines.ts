import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import type { ConceptRow } from './security-concept.ts';

/**
 * At most `limit` IT-Sicherheitskonzepte whose review is due on or before `until` (YYYY-MM-DD),
 * earliest first (then by id), only the one of `ars` when given; one statement.
 */
export function findConceptReviewsDue(
  db: Kysely<Database>,
  range: { until: string; ars: string | null },
  limit: number,
): Promise<ConceptRow[]> {
  let query = db
    .selectFrom('security_concept')
    .selectAll()
    .where('review_due_on', 'is not', null)
    .where('review_due_on', '<=', sql<string>`cast(${range.until} as date)`);
  if (range.ars !== null) query = query.where('ars', '=', range.ars);
  return query.orderBy('review_due_on').orderBy('id').limit(limit).execute();
}
