import type { Kysely, Selectable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';
import { enumPosition } from './sql.ts';

/** The roles an organisation can have in a committee, in the order lists show them. */
export const COMMITTEE_ROLES = ['CHAIR', 'MEMBER', 'ADVISORY'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** One period of one organisation's seat in one committee; `valid_to` is the last day (inclusive). */
export interface CommitteeMembershipTable extends AuditColumns {
  committee_id: string;
  organisation_id: string;
  role: CommitteeRole;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
  is_sample: boolean;
}

export type CommitteeMembershipRow = Selectable<CommitteeMembershipTable>;

/** The memberships of each committee in `committeeIds`, ordered by committee, role, start, organisation. */
export function findMembershipsOfCommittees(db: Kysely<Database>, committeeIds: readonly string[]) {
  return db
    .selectFrom('committee_membership')
    .selectAll()
    .where('committee_id', 'in', committeeIds)
    .orderBy('committee_id')
    .orderBy(enumPosition('role', COMMITTEE_ROLES))
    .orderBy('valid_from')
    .orderBy('organisation_id')
    .execute();
}

/** The memberships of each organisation in `organisationIds`, ordered by organisation, start, committee. */
export function findMembershipsOfOrganisations(db: Kysely<Database>, organisationIds: readonly string[]) {
  return db
    .selectFrom('committee_membership')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .orderBy('organisation_id')
    .orderBy('valid_from')
    .orderBy('committee_id')
    .execute();
}

/** True when the membership covers the day `on` (YYYY-MM-DD). */
export function isActiveOn(membership: { valid_from: string; valid_to: string | null }, on: string): boolean {
  return membership.valid_from <= on && (membership.valid_to === null || membership.valid_to >= on);
}
