import { keyLoader, listLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { createCooperationLoaders } from './cooperation-loaders.ts';
import type { Database } from './db/database.ts';
import { findEndedLeadPeriodsOfProjects } from './db/lead-ministry.ts';
import { findOzgServicesByIds, findOzgServicesOfProjects } from './db/ozg-service.ts';
import {
  findProjectsByIds,
  findProjectsReusedByMunicipalities,
  pageProjectsByOrganisation,
  pageProjectsOfMunicipalities,
  pageProjectsOfOzgServices,
} from './db/project.ts';
import {
  findBudgetLinesOfProjects,
  findMilestonesOfProjects,
  findMunicipalitiesOfProjects,
  findResultTransfersOfProjects,
} from './db/project-detail.ts';
import { findSupportRequestsByIds } from './db/support-request.ts';
import { findWorkOrdersBy, findWorkOrdersByIds } from './db/work-order.ts';
import { createOzgRolloutLoaders } from './ozg-rollout-loaders.ts';

/** One DataLoader per key of the projects subgraph; create them per request. */
export function createLoaders(db: Kysely<Database>) {
  const projectOf = (row: { project_id: string }) => row.project_id;
  return {
    ozgServiceById: keyLoader(
      (ids: readonly string[]) => findOzgServicesByIds(db, ids),
      (row) => row.id,
    ),
    projectById: keyLoader(
      (ids: readonly string[]) => findProjectsByIds(db, ids),
      (row) => row.id,
    ),
    supportRequestById: keyLoader(
      (ids: readonly string[]) => findSupportRequestsByIds(db, ids),
      (row) => row.id,
    ),
    workOrderById: keyLoader(
      (ids: readonly string[]) => findWorkOrdersByIds(db, ids),
      (row) => row.id,
    ),

    ozgServicesOfProject: listLoader((ids: readonly string[]) => findOzgServicesOfProjects(db, ids), projectOf),
    municipalitiesOfProject: listLoader((ids: readonly string[]) => findMunicipalitiesOfProjects(db, ids), projectOf),
    milestonesOfProject: listLoader((ids: readonly string[]) => findMilestonesOfProjects(db, ids), projectOf),
    budgetLinesOfProject: listLoader((ids: readonly string[]) => findBudgetLinesOfProjects(db, ids), projectOf),
    endedLeadPeriodsOfProject: listLoader(
      (ids: readonly string[]) => findEndedLeadPeriodsOfProjects(db, ids),
      projectOf,
    ),
    resultTransfersOfProject: listLoader((ids: readonly string[]) => findResultTransfersOfProjects(db, ids), projectOf),
    workOrdersOfProject: listLoader(
      (ids: readonly string[]) => findWorkOrdersBy(db, 'project_id', ids),
      (row) => row.project_id ?? '',
    ),
    workOrdersOfDecision: listLoader(
      (ids: readonly string[]) => findWorkOrdersBy(db, 'decision_id', ids),
      (row) => row.decision_id ?? '',
    ),
    workOrdersOfMinistry: listLoader(
      (ids: readonly string[]) => findWorkOrdersBy(db, 'issuing_ministry_id', ids),
      (row) => row.issuing_ministry_id ?? '',
    ),

    projectsOfMunicipality: pageLoader(
      (ars: readonly string[], page) => pageProjectsOfMunicipalities(db, ars, page),
      (row) => row.parent,
    ),
    projectsReusedByMunicipality: listLoader(
      (ars: readonly string[]) => findProjectsReusedByMunicipalities(db, ars),
      (row) => row.ars,
    ),
    projectsLedBy: pageLoader(
      (ids: readonly string[], page) => pageProjectsByOrganisation(db, 'lead_ministry_id', ids, page),
      (row) => row.parent,
    ),
    projectsCoordinatedBy: pageLoader(
      (ids: readonly string[], page) => pageProjectsByOrganisation(db, 'coordinator_id', ids, page),
      (row) => row.parent,
    ),
    projectsOfOzgService: pageLoader(
      (ids: readonly string[], page) => pageProjectsOfOzgServices(db, ids, page),
      (row) => row.parent,
    ),
    ozgRollout: createOzgRolloutLoaders(db),
    ...createCooperationLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
