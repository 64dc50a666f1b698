import type { AuditDatabase } from '@kaz/db';
import type {
  ProjectGroupMemberTable,
  ProjectGroupTable,
  ProjectParticipantTable,
  ReusableResultTable,
  ReuseRequestTable,
} from './cooperation.ts';
import type { ProjectLeadMinistryTable } from './lead-ministry.ts';
import type { OzgRolloutTable } from './ozg-rollout.ts';
import type { OzgServiceTable } from './ozg-service.ts';
import type { ProjectTable } from './project.ts';
import type {
  BudgetLineTable,
  MilestoneTable,
  ProjectMunicipalityTable,
  ProjectOzgServiceTable,
  ResultTransferTable,
} from './project-detail.ts';
import type { ProjectTemplateItemTable, ProjectTemplateTable } from './project-template.ts';
import type { SupportRequestTable } from './support-request.ts';
import type { WorkOrderTable } from './work-order.ts';

/** The tables of the projects subgraph's database, with the shared audit log. */
export interface Database extends AuditDatabase {
  ozg_service: OzgServiceTable;
  ozg_rollout: OzgRolloutTable;
  project: ProjectTable;
  project_municipality: ProjectMunicipalityTable;
  project_ozg_service: ProjectOzgServiceTable;
  milestone: MilestoneTable;
  budget_line: BudgetLineTable;
  result_transfer: ResultTransferTable;
  work_order: WorkOrderTable;
  project_template: ProjectTemplateTable;
  project_template_item: ProjectTemplateItemTable;
  project_participant: ProjectParticipantTable;
  project_group: ProjectGroupTable;
  project_group_member: ProjectGroupMemberTable;
  reusable_result: ReusableResultTable;
  reuse_request: ReuseRequestTable;
  project_lead_ministry: ProjectLeadMinistryTable;
  support_request: SupportRequestTable;
}
