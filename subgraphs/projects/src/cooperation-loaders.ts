import { keyLoader, listLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import {
  findGroupsOfProjects,
  findMembersOfGroups,
  findParticipantsOfProjects,
  findProjectGroupsByIds,
  findReusableResultsByIds,
  findReusableResultsOfProjects,
  findReuseRequestsOfResults,
  type ParticipantRole,
  pageProjectsOfParticipants,
} from './db/cooperation.ts';
import type { Database } from './db/database.ts';
import { findItemsOfTemplates, findProjectTemplatesByIds } from './db/project-template.ts';

/**
 * The loaders of project templates, participants, project groups and reusable results (issue 13),
 * kept apart from src/loaders.ts, which spreads them into the request's loaders.
 */
export function createCooperationLoaders(db: Kysely<Database>) {
  const projectOf = (row: { project_id: string }) => row.project_id;
  const projectsOfParticipant = (role: ParticipantRole | null) =>
    pageLoader(
      (ids: readonly string[], page) => pageProjectsOfParticipants(db, role, ids, page),
      (row) => row.parent,
    );
  return {
    projectTemplateById: keyLoader(
      (ids: readonly string[]) => findProjectTemplatesByIds(db, ids),
      (row) => row.id,
    ),
    itemsOfProjectTemplate: listLoader(
      (ids: readonly string[]) => findItemsOfTemplates(db, ids),
      (row) => row.template_id,
    ),
    participantsOfProject: listLoader((ids: readonly string[]) => findParticipantsOfProjects(db, ids), projectOf),
    // One loader per role filter of Organisation.projects(role), so that a page key stays (organisation, page).
    projectsOfParticipant: projectsOfParticipant(null),
    projectsOfParticipantAsParticipant: projectsOfParticipant('PARTICIPANT'),
    projectsOfParticipantAsOperator: projectsOfParticipant('OPERATOR'),
    projectsOfParticipantAsSponsor: projectsOfParticipant('SPONSOR'),
    projectGroupById: keyLoader(
      (ids: readonly string[]) => findProjectGroupsByIds(db, ids),
      (row) => row.id,
    ),
    groupsOfProject: listLoader((ids: readonly string[]) => findGroupsOfProjects(db, ids), projectOf),
    membersOfProjectGroup: listLoader(
      (ids: readonly string[]) => findMembersOfGroups(db, ids),
      (row) => row.group_id,
    ),
    reusableResultById: keyLoader(
      (ids: readonly string[]) => findReusableResultsByIds(db, ids),
      (row) => row.id,
    ),
    reuseRequestsOfResult: listLoader(
      (ids: readonly string[]) => findReuseRequestsOfResults(db, ids),
      (row) => row.result_id,
    ),
    reusableResultsOfProject: listLoader((ids: readonly string[]) => findReusableResultsOfProjects(db, ids), projectOf),
  };
}
