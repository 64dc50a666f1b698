import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';
import type { ProjectRow, ProjectTable } from './project.ts';

// The writes of the projects mutations. Every function takes the caller's transaction, so that a
// change and its audit entry are stored together or not at all.

/** The Kommunen and OZG-Leistungen of a project, each list sorted. */
export interface ProjectLinks {
  municipalityArs: string[];
  ozgServiceIds: string[];
}

/** The project with `id`, locked until the transaction ends (so that two writers take turns); undefined when none. */
export function lockProject(db: Kysely<Database>, id: string) {
  return db.selectFrom('project').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The Kommunen (ARS) and OZG-Leistungen (OZG-IDs) of a project, each sorted. */
export async function findProjectLinks(db: Kysely<Database>, id: string): Promise<ProjectLinks> {
  const municipalities = await db
    .selectFrom('project_municipality')
    .select('ars')
    .where('project_id', '=', id)
    .orderBy('ars')
    .execute();
  const services = await db
    .selectFrom('project_ozg_service')
    .select('ozg_service_id')
    .where('project_id', '=', id)
    .orderBy('ozg_service_id')
    .execute();
  return {
    municipalityArs: municipalities.map((row) => row.ars),
    ozgServiceIds: services.map((row) => row.ozg_service_id),
  };
}

/** Inserts a project; undefined (and nothing written) when a project with its id exists already. */
export function insertProject(db: Kysely<Database>, project: Insertable<ProjectTable>) {
  return db
    .insertInto('project')
    .values(project)
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Changes a project, counts its version up by one and stamps `updated_at`; returns the new row. */
export function updateProjectRow(
  db: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<ProjectTable>, 'id' | 'version' | 'created_at' | 'updated_at'>,
) {
  return db
    .updateTable('project')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Replaces the Kommunen and/or the OZG-Leistungen of a project with the given lists (a list left
 * undefined stays as it is). The new rows are sample data when the project is.
 */
export async function replaceProjectLinks(
  db: Kysely<Database>,
  project: Pick<ProjectRow, 'id' | 'is_sample'>,
  links: Partial<ProjectLinks>,
): Promise<void> {
  const { municipalityArs, ozgServiceIds } = links;
  if (municipalityArs) {
    await db.deleteFrom('project_municipality').where('project_id', '=', project.id).execute();
    if (municipalityArs.length > 0) {
      await db
        .insertInto('project_municipality')
        .values(municipalityArs.map((ars) => ({ project_id: project.id, ars, is_sample: project.is_sample })))
        .execute();
    }
  }
  if (ozgServiceIds) {
    await db.deleteFrom('project_ozg_service').where('project_id', '=', project.id).execute();
    if (ozgServiceIds.length > 0) {
      await db
        .insertInto('project_ozg_service')
        .values(
          ozgServiceIds.map((ozgServiceId) => ({
            project_id: project.id,
            ozg_service_id: ozgServiceId,
            is_sample: project.is_sample,
          })),
        )
        .execute();
    }
  }
}

/** A project as the audit log keeps it (before or after a change): its fields and its links. */
export function projectSnapshot(row: ProjectRow, links: ProjectLinks) {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    phase: row.phase,
    leadMinistryId: row.lead_ministry_id,
    coordinatorId: row.coordinator_id,
    startDate: row.start_date,
    endDate: row.end_date,
    processesPersonalData: row.processes_personal_data,
    dpiaStatus: row.dpia_status,
    dpiaCompletedOn: row.dpia_completed_on,
    isSample: row.is_sample,
    version: row.version,
    municipalityArs: links.municipalityArs,
    ozgServiceIds: links.ozgServiceIds,
  };
}

/** The Kommunen and OZG-Leistungen of each project of `ids` (two statements), each list sorted; none for a project without. */
export async function findLinksOfProjects(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, ProjectLinks>> {
  const links = new Map<string, ProjectLinks>(ids.map((id) => [id, { municipalityArs: [], ozgServiceIds: [] }]));
  if (ids.length === 0) return links;
  const municipalities = await db
    .selectFrom('project_municipality')
    .select(['project_id', 'ars'])
    .where('project_id', 'in', ids)
    .orderBy('project_id')
    .orderBy('ars')
    .execute();
  const services = await db
    .selectFrom('project_ozg_service')
    .select(['project_id', 'ozg_service_id'])
    .where('project_id', 'in', ids)
    .orderBy('project_id')
    .orderBy('ozg_service_id')
    .execute();
  for (const row of municipalities) links.get(row.project_id)?.municipalityArs.push(row.ars);
  for (const row of services) links.get(row.project_id)?.ozgServiceIds.push(row.ozg_service_id);
  return links;
}
