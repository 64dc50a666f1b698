import { type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

/** The phases of a project, in the order a project usually goes through them. */
export const PROJECT_PHASES = ['PLANNED', 'IN_PROGRESS', 'PILOT', 'ROLLOUT', 'DONE', 'STOPPED'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** The kinds of project. */
export const PROJECT_KINDS = [
  'OZG_IMPLEMENTATION',
  'EFA_REUSE',
  'INFRASTRUCTURE',
  'BASIC_COMPONENT',
  'PROCESS_DIGITISATION',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/**
 * Where a project's Datenschutz-Folgenabschätzung (DSFA, data protection impact assessment, Art. 35
 * DSGVO) stands.
 */
export const DPIA_STATUSES = ['NOT_REQUIRED', 'REQUIRED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

export interface ProjectTable {
  /** Public key, `KAZ-<year>-<nn>`. */
  id: string;
  title: string;
  summary: string;
  kind: ProjectKind;
  phase: ProjectPhase;
  /** Organisation key of the ministry with the fachliche Federführung; null when none has it. */
  lead_ministry_id: string | null;
  coordinator_id: string;
  start_date: string;
  end_date: string | null;
  /** Whether the project processes personal data (DSGVO); false until the Kaz records otherwise. */
  processes_personal_data: Generated<boolean>;
  /** The state of its DSFA (Art. 35 DSGVO); NOT_REQUIRED whenever it processes no personal data. */
  dpia_status: Generated<DpiaStatus>;
  /** The day its DSFA was completed (YYYY-MM-DD); set exactly when `dpia_status` is COMPLETED. */
  dpia_completed_on: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type ProjectRow = Selectable<ProjectTable>;

/** A filter on the list of projects; all given parts must match. */
export interface ProjectFilter {
  phases?: readonly ProjectPhase[] | null | undefined;
  kinds?: readonly ProjectKind[] | null | undefined;
  leadMinistryId?: string | null | undefined;
  municipalityArs?: string | null | undefined;
  themenfeld?: string | null | undefined;
  ozgServiceId?: string | null | undefined;
  year?: number | null | undefined;
  processesPersonalData?: boolean | null | undefined;
}

/** Projects by id; missing keys are simply absent. */
export function findProjectsByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('project').selectAll().where('id', 'in', ids).execute();
}

function filtered(db: Kysely<Database>, filter: ProjectFilter) {
  let query = db.selectFrom('project');
  if (filter.phases && filter.phases.length > 0) query = query.where('phase', 'in', filter.phases);
  if (filter.kinds && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  if (filter.leadMinistryId) query = query.where('lead_ministry_id', '=', filter.leadMinistryId);
  if (filter.processesPersonalData != null)
    query = query.where('processes_personal_data', '=', filter.processesPersonalData);
  const { municipalityArs, ozgServiceId, themenfeld, year } = filter;
  if (municipalityArs) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_municipality')
          .select('project_id')
          .whereRef('project_municipality.project_id', '=', 'project.id')
          .where('project_municipality.ars', '=', municipalityArs),
      ),
    );
  }
  if (ozgServiceId) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_ozg_service')
          .select('project_id')
          .whereRef('project_ozg_service.project_id', '=', 'project.id')
          .where('project_ozg_service.ozg_service_id', '=', ozgServiceId),
      ),
    );
  }
  if (themenfeld) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_ozg_service')
          .innerJoin('ozg_service', 'ozg_service.id', 'project_ozg_service.ozg_service_id')
          .select('project_ozg_service.project_id')
          .whereRef('project_ozg_service.project_id', '=', 'project.id')
          .where('ozg_service.themenfeld', '=', themenfeld),
      ),
    );
  }
  if (year != null) {
    // A project runs in a year when it starts before the year ends and ends (if at all) after it begins.
    query = query
      .where('start_date', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', `${year}-01-01`)]));
  }
  return query;
}

/** One page of projects matching the filter, ordered by id, and the number of all that match. */
export async function listProjects(db: Kysely<Database>, filter: ProjectFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('id'));
}

/**
 * One page of the projects of each organisation in `parents`, by the column that links them (lead
 * ministry or coordinator), ordered by project id, in one statement; each row carries its
 * `parent`, `position` and `total_count`.
 */
export function pageProjectsByOrganisation(
  db: Kysely<Database>,
  column: 'lead_ministry_id' | 'coordinator_id',
  parents: readonly string[],
  page: Page,
) {
  return selectPagesPerParent(
    db,
    db.selectFrom('project').selectAll(),
    { parent: column, parents, orderBy: sql`id` },
    page,
  );
}

/**
 * One page of the projects each Kommune in `parents` (by ARS) takes part in, ordered by project
 * id, in one statement; each row carries its `parent`, `position` and `total_count`.
 */
export function pageProjectsOfMunicipalities(db: Kysely<Database>, parents: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db
      .selectFrom('project_municipality')
      .innerJoin('project', 'project.id', 'project_municipality.project_id')
      .selectAll('project'),
    { parent: 'project_municipality.ars', parents, orderBy: sql`project.id` },
    page,
  );
}

/**
 * One page of the projects that implement each OZG-Leistung in `parents` (by OZG-ID), ordered by
 * project id, in one statement; each row carries its `parent`, `position` and `total_count`.
 */
export function pageProjectsOfOzgServices(db: Kysely<Database>, parents: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db
      .selectFrom('project_ozg_service')
      .innerJoin('project', 'project.id', 'project_ozg_service.project_id')
      .selectAll('project'),
    { parent: 'project_ozg_service.ozg_service_id', parents, orderBy: sql`project.id` },
    page,
  );
}

/** The projects whose results each Kommune in `ars` reuses (Nachnutzung), each row with its `ars`, ordered by project id. */
export function findProjectsReusedByMunicipalities(db: Kysely<Database>, ars: readonly string[]) {
  return db
    .selectFrom('result_transfer')
    .innerJoin('project', 'project.id', 'result_transfer.project_id')
    .selectAll('project')
    .select('result_transfer.ars')
    .where('result_transfer.ars', 'in', ars)
    .orderBy('result_transfer.ars')
    .orderBy('project.id')
    .execute();
}
