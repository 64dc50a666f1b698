import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import type { FundingSource } from './project-detail.ts';

/** The budget lines of one funding source in one year, summed over all projects. */
export interface FundingSumRow {
  year: number;
  source: FundingSource;
  planned_eur: number;
  /** The sum of the recorded spending; null when no line of the group has recorded spending. */
  spent_eur: number | null;
  /** The number of distinct projects with a line of this source in this year. */
  project_count: number;
}

/**
 * The budget lines of all projects summed per year and funding source for the years `fromYear` to
 * `toYear`, ordered by year, then source, in one statement; a year or source without lines is absent.
 */
export function sumFundingByYearAndSource(db: Kysely<Database>, fromYear: number, toYear: number) {
  return db
    .selectFrom('budget_line')
    .select([
      'year',
      'source',
      sql<number>`sum(amount_eur)`.as('planned_eur'),
      sql<number | null>`sum(spent_eur)`.as('spent_eur'),
      sql<number>`count(distinct project_id)::int`.as('project_count'),
    ])
    .where('year', '>=', fromYear)
    .where('year', '<=', toYear)
    .groupBy(['year', 'source'])
    .orderBy('year')
    .orderBy('source')
    .execute() as Promise<FundingSumRow[]>;
}
