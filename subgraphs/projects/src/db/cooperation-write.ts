import { type Insertable, type Kysely, sql } from 'kysely';
import type {
  ParticipantRole,
  ProjectGroupMemberTable,
  ProjectGroupTable,
  ReusableResultTable,
} from './cooperation.ts';
import type { Database } from './database.ts';
import type { MilestoneTable } from './project-detail.ts';

// The writes of the cooperation mutations (issue 13). Every function takes the caller's
// transaction, so that a change and its audit entry are stored together or not at all.

/** A participant as a mutation gives it. */
export interface ParticipantInput {
  organisationId: string;
  role: ParticipantRole;
}

/** A group member as a mutation gives it: exactly one of organisationId and ars. */
export interface GroupMemberInput {
  organisationId: string | null;
  ars: string | null;
  role: ProjectGroupMemberTable['role'];
}

/** The participants of a project, ordered by organisation. */
export async function findParticipants(db: Kysely<Database>, projectId: string): Promise<ParticipantInput[]> {
  const rows = await db
    .selectFrom('project_participant')
    .select(['organisation_id', 'role'])
    .where('project_id', '=', projectId)
    .orderBy('organisation_id')
    .execute();
  return rows.map((row) => ({ organisationId: row.organisation_id, role: row.role }));
}

/** Replaces the participants of a project; the rows are sample data when the project is. */
export async function replaceParticipants(
  db: Kysely<Database>,
  project: { id: string; is_sample: boolean },
  participants: readonly ParticipantInput[],
): Promise<void> {
  await db.deleteFrom('project_participant').where('project_id', '=', project.id).execute();
  if (participants.length === 0) return;
  await db
    .insertInto('project_participant')
    .values(
      participants.map((p) => ({
        project_id: project.id,
        organisation_id: p.organisationId,
        role: p.role,
        is_sample: project.is_sample,
      })),
    )
    .execute();
}

/** Inserts the milestones of a new project (one statement). */
export async function insertMilestones(db: Kysely<Database>, milestones: Insertable<MilestoneTable>[]): Promise<void> {
  if (milestones.length > 0) await db.insertInto('milestone').values(milestones).execute();
}

/** The group with `id`, locked until the transaction ends; undefined when none. */
export function lockProjectGroup(db: Kysely<Database>, id: string) {
  return db.selectFrom('project_group').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Whether a group with `id` exists. */
export async function projectGroupExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('project_group').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Inserts a project group and returns it. */
export function insertProjectGroup(db: Kysely<Database>, group: Insertable<ProjectGroupTable>) {
  return db.insertInto('project_group').values(group).returningAll().executeTakeFirstOrThrow();
}

/** Counts the version of a group up by one and stamps `updated_at`; returns the new row. */
export function touchProjectGroup(db: Kysely<Database>, id: string) {
  return db
    .updateTable('project_group')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The members of a group, in order. */
export async function findGroupMembers(db: Kysely<Database>, groupId: string): Promise<GroupMemberInput[]> {
  const rows = await db
    .selectFrom('project_group_member')
    .select(['organisation_id', 'ars', 'role'])
    .where('group_id', '=', groupId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ organisationId: row.organisation_id, ars: row.ars, role: row.role }));
}

/** Replaces the members of a group with `members`, in their order. */
export async function replaceGroupMembers(
  db: Kysely<Database>,
  group: { id: string; is_sample: boolean },
  members: readonly GroupMemberInput[],
): Promise<void> {
  await db.deleteFrom('project_group_member').where('group_id', '=', group.id).execute();
  if (members.length === 0) return;
  await db
    .insertInto('project_group_member')
    .values(
      members.map((m, index) => ({
        group_id: group.id,
        position: index + 1,
        organisation_id: m.organisationId,
        ars: m.ars,
        role: m.role,
        is_sample: group.is_sample,
      })),
    )
    .execute();
}

/** Whether a reusable result with `id` exists. */
export async function reusableResultExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('reusable_result').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Inserts a reusable result and returns it. */
export function insertReusableResult(db: Kysely<Database>, result: Insertable<ReusableResultTable>) {
  return db.insertInto('reusable_result').values(result).returningAll().executeTakeFirstOrThrow();
}
