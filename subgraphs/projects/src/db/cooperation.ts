import { type Page, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

// Who takes part in a project beyond its coordinator and lead ministry (Umsetzungskonzept Kaz §4):
// participating organisations, mixed project groups, and the results a project offers for reuse.

/** How an organisation takes part in a project. */
export const PARTICIPANT_ROLES = ['PARTICIPANT', 'OPERATOR', 'SPONSOR'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The role of a member in a project group. */
export const GROUP_MEMBER_ROLES = ['CHAIR', 'MEMBER', 'ADVISORY'] as const;
export type GroupMemberRole = (typeof GROUP_MEMBER_ROLES)[number];

export interface ProjectParticipantTable {
  project_id: string;
  /** Organisation key (owned by the organisations subgraph), e.g. "dikom". */
  organisation_id: string;
  role: ParticipantRole;
  is_sample: boolean;
}

export interface ProjectGroupTable {
  /** Random key "PG-XXXX-XXXX-XXXX". */
  id: string;
  project_id: string;
  name: string;
  purpose: string;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProjectGroupMemberTable {
  group_id: string;
  /** 1-based order within the group. */
  position: number;
  /** The member when it is a partner organisation; exactly one of this and `ars` is set. */
  organisation_id: string | null;
  /** The member when it is a Kommune (its ARS). */
  ars: string | null;
  role: GroupMemberRole;
  is_sample: boolean;
}

export interface ReusableResultTable {
  /** Random key "NE-XXXX-XXXX-XXXX" (nachnutzbares Ergebnis). */
  id: string;
  project_id: string;
  title: string;
  description: string;
  licence: string;
  terms: string;
  contact_mailbox: string;
  available_since: string;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ReuseRequestTable {
  result_id: string;
  /** ARS of the Kommune that wants to reuse the result. */
  ars: string;
  requested_on: string;
  note: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type ReuseRequestRow = Selectable<ReuseRequestTable>;
export type ProjectParticipantRow = Selectable<ProjectParticipantTable>;
export type ProjectGroupRow = Selectable<ProjectGroupTable>;
export type ProjectGroupMemberRow = Selectable<ProjectGroupMemberTable>;
export type ReusableResultRow = Selectable<ReusableResultTable>;

/** The participants of each project in `projectIds`, ordered by project, role, organisation. */
export function findParticipantsOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('project_participant')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('role')
    .orderBy('organisation_id')
    .execute();
}

/**
 * One page of the projects each organisation in `parents` takes part in (with `role`, or in any
 * role when null), ordered by project id, in one statement.
 */
export function pageProjectsOfParticipants(
  db: Kysely<Database>,
  role: ParticipantRole | null,
  parents: readonly string[],
  page: Page,
) {
  let rows = db
    .selectFrom('project_participant')
    .innerJoin('project', 'project.id', 'project_participant.project_id')
    .selectAll('project');
  if (role) rows = rows.where('project_participant.role', '=', role);
  return selectPagesPerParent(
    db,
    rows,
    { parent: 'project_participant.organisation_id', parents, orderBy: sql`project.id` },
    page,
  );
}

/** Project groups by id; missing keys are simply absent. */
export function findProjectGroupsByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('project_group').selectAll().where('id', 'in', ids).execute();
}

/** The groups of each project in `projectIds`, ordered by project, then name. */
export function findGroupsOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('project_group')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The members of each group in `groupIds`, in their order. */
export function findMembersOfGroups(db: Kysely<Database>, groupIds: readonly string[]) {
  return db
    .selectFrom('project_group_member')
    .selectAll()
    .where('group_id', 'in', groupIds)
    .orderBy('group_id')
    .orderBy('position')
    .execute();
}

/** Reusable results by id; missing keys are simply absent. */
export function findReusableResultsByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('reusable_result').selectAll().where('id', 'in', ids).execute();
}

/** The reusable results of each project in `projectIds`, ordered by project, then title. */
export function findReusableResultsOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('reusable_result')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('title')
    .execute();
}

/** One page of all reusable results, newest first, then by id, and the number of all. */
export function listReusableResults(db: Kysely<Database>, page: Page) {
  return selectPage(db.selectFrom('reusable_result'), page, (query) =>
    query.selectAll().orderBy('available_since', 'desc').orderBy('id'),
  );
}

/** The reuse requests of each result in `resultIds`, ordered by result, date, then ARS. */
export function findReuseRequestsOfResults(db: Kysely<Database>, resultIds: readonly string[]) {
  return db
    .selectFrom('reuse_request')
    .selectAll()
    .where('result_id', 'in', resultIds)
    .orderBy('result_id')
    .orderBy('requested_on')
    .orderBy('ars')
    .execute();
}
