import { type Page, selectPage } from '@kaz/subgraph-kit';
import { type Generated, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

/**
 * An ENDED period of a project's fachliche Federführung (lead ministry). The current period is not
 * stored here: it is the project's `lead_ministry_id`, from the day after its last ended period (or
 * from its start).
 */
export interface ProjectLeadMinistryTable {
  project_id: string;
  /** Organisation key of the ministry that led in this period; null when none led. */
  ministry_id: string | null;
  from_date: string;
  to_date: string;
  is_sample: boolean;
  created_at: Generated<Date>;
}

export type ProjectLeadMinistryRow = Selectable<ProjectLeadMinistryTable>;
export type NewProjectLeadMinistry = Insertable<ProjectLeadMinistryTable>;

/** The ended lead-ministry periods of each project in `projectIds`, ordered by project, then start. */
export function findEndedLeadPeriodsOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('project_lead_ministry')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('from_date')
    .execute();
}

/** The last ended period of a project (the one before the current), undefined when it never changed hands. */
export function findLastEndedLeadPeriod(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('project_lead_ministry')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('to_date', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Stores an ended period (the lead ministry until the day before a handover). */
export function insertEndedLeadPeriod(db: Kysely<Database>, period: NewProjectLeadMinistry) {
  return db.insertInto('project_lead_ministry').values(period).returningAll().executeTakeFirstOrThrow();
}

/** Which handovers to list; all given parts must match. */
export interface HandoverFilter {
  fromMinistryId?: string | null | undefined;
  toMinistryId?: string | null | undefined;
  year?: number | null | undefined;
}

/** A handover of the Federführung: the ended period and who took over the day after. */
export interface HandoverRow {
  project_id: string;
  from_ministry_id: string | null;
  to_ministry_id: string | null;
  handed_over_on: string;
  is_sample: boolean;
}

/**
 * One page of handovers (ordered by day, then project) and the number of all that match. Each ended
 * period is one handover, on the day after it ended, to the ministry of the next ended period or,
 * when none follows, to the project's current lead ministry.
 */
export function listHandovers(db: Kysely<Database>, filter: HandoverFilter, page: Page) {
  const toMinistry = sql<
    string | null
  >`case when next.project_id is null then p.lead_ministry_id else next.ministry_id end`;
  const handedOverOn = sql<string>`(ended.to_date + 1)`;
  let query = db
    .selectFrom('project_lead_ministry as ended')
    .innerJoin('project as p', 'p.id', 'ended.project_id')
    .leftJoin('project_lead_ministry as next', (join) =>
      join.onRef('next.project_id', '=', 'ended.project_id').on(sql<boolean>`next.from_date = ended.to_date + 1`),
    );
  if (filter.fromMinistryId != null) query = query.where('ended.ministry_id', '=', filter.fromMinistryId);
  if (filter.toMinistryId != null) query = query.where(sql<boolean>`${toMinistry} = ${filter.toMinistryId}`);
  if (filter.year != null) query = query.where(sql`extract(year from ${handedOverOn})`, '=', filter.year);
  return selectPage(query, page, (q) =>
    q
      .select([
        'ended.project_id as project_id',
        'ended.ministry_id as from_ministry_id',
        toMinistry.as('to_ministry_id'),
        sql<string>`to_char(${handedOverOn}, 'YYYY-MM-DD')`.as('handed_over_on'),
        'ended.is_sample as is_sample',
      ])
      .orderBy(handedOverOn)
      .orderBy('ended.project_id'),
  );
}
