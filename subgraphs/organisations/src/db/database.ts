import type { AuditDatabase } from '@kaz/db';
import type { CommitteeTable } from './committee.ts';
import type { CommitteeMembershipTable } from './committee-membership.ts';
import type { DecisionTable } from './decision.ts';
import type { DikomMembershipTable } from './dikom-membership.ts';
import type { ExternalBodyTable } from './external-body.ts';
import type { MunicipalityContactTable } from './municipality-contact.ts';
import type { OrganisationTable } from './organisation.ts';
import type { RecommendationApplicationTable, RecommendationTable } from './recommendation.ts';
import type { ResponsibilityTable } from './responsibility.ts';
import type { WorkProgrammeItemTable, WorkProgrammeTable } from './work-programme.ts';

/** The tables of the organisations subgraph's database, with the shared append-only `audit_log`. */
export interface Database extends AuditDatabase {
  organisation: OrganisationTable;
  responsibility: ResponsibilityTable;
  committee: CommitteeTable;
  committee_membership: CommitteeMembershipTable;
  decision: DecisionTable;
  dikom_membership: DikomMembershipTable;
  work_programme: WorkProgrammeTable;
  work_programme_item: WorkProgrammeItemTable;
  recommendation: RecommendationTable;
  recommendation_application: RecommendationApplicationTable;
  municipality_contact: MunicipalityContactTable;
  external_body: ExternalBodyTable;
}
