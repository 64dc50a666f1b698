import type { AuditDatabase } from '@kaz/db';
import type { CommitteeTable } from './committee.ts';
import type { CommitteeMembershipTable } from './committee-membership.ts';
import type { DecisionTable } from './decision.ts';
import type { DikomMembershipTable } from './dikom-membership.ts';
import type { ExternalBodyTable } from './external-body.ts';
import type { OrganisationTable } from './organisation.ts';
import type { ResponsibilityTable } from './responsibility.ts';

/** The tables of the organisations subgraph's database, with the shared append-only `audit_log`. */
export interface Database extends AuditDatabase {
  organisation: OrganisationTable;
  responsibility: ResponsibilityTable;
  committee: CommitteeTable;
  committee_membership: CommitteeMembershipTable;
  decision: DecisionTable;
  dikom_membership: DikomMembershipTable;
  external_body: ExternalBodyTable;
}
