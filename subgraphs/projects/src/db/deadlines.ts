import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';

/** An open work order due by some day, as the deadline list needs it. */
export interface WorkOrderDue {
  id: string;
  title: string;
  due_date: string;
}

/** An open milestone due by some day, with its project's key and title. */
export interface MilestoneDue {
  project_id: string;
  project_title: string;
  position: number;
  title: string;
  due_on: string;
}

/**
 * At most `limit` work orders still open (OPEN or IN_PROGRESS) due on or before `until`, earliest
 * first (then by id); with `ministry`, only that ministry's own (rule read.workorder: issued by it,
 * or of a project it leads). One statement.
 */
export function findWorkOrdersDue(
  db: Kysely<Database>,
  range: { until: string; ministry: string | null },
  limit: number,
): Promise<WorkOrderDue[]> {
  let query = db
    .selectFrom('work_order')
    .select(['id', 'title', 'due_date'])
    .where('status', 'in', ['OPEN', 'IN_PROGRESS'])
    .where('due_date', '<=', sql<string>`cast(${range.until} as date)`);
  const ministry = range.ministry;
  if (ministry !== null) {
    query = query.where((eb) =>
      eb.or([
        eb('issuing_ministry_id', '=', ministry),
        eb('project_id', 'in', eb.selectFrom('project').select('id').where('lead_ministry_id', '=', ministry)),
      ]),
    );
  }
  return query.orderBy('due_date').orderBy('id').limit(limit).execute();
}

/**
 * At most `limit` milestones not yet reached that are due on or before `until`, earliest first (then
 * by project and position); with `leadMinistry`, only those of projects it leads. One statement.
 */
export function findMilestonesDue(
  db: Kysely<Database>,
  range: { until: string; leadMinistry: string | null },
  limit: number,
): Promise<MilestoneDue[]> {
  let query = db
    .selectFrom('milestone')
    .innerJoin('project', 'project.id', 'milestone.project_id')
    .select([
      'milestone.project_id',
      'project.title as project_title',
      'milestone.position',
      'milestone.title',
      'milestone.due_on',
    ])
    .where('milestone.reached_on', 'is', null)
    .where('milestone.due_on', '<=', sql<string>`cast(${range.until} as date)`);
  if (range.leadMinistry !== null) query = query.where('project.lead_ministry_id', '=', range.leadMinistry);
  return query
    .orderBy('milestone.due_on')
    .orderBy('milestone.project_id')
    .orderBy('milestone.position')
    .limit(limit)
    .execute();
}
