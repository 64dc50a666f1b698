import type { AuditDatabase } from '@kaz/db';
import type { ProjectLeadMinistryTable } from './lead-ministry.ts';
import type { OzgServiceTable } from './ozg-service.ts';
import type { ProjectTable } from './project.ts';
import type {
  BudgetLineTable,
  MilestoneTable,
  ProjectMunicipalityTable,
  ProjectOzgServiceTable,
  ResultTransferTable,
} from './project-detail.ts';
import type { SupportRequestTable } from './support-request.ts';
import type { WorkOrderTable } from './work-order.ts';

/** The tables of the projects subgraph's database, with the shared audit log. */
export interface Database extends AuditDatabase {
  ozg_service: OzgServiceTable;
  project: ProjectTable;
  project_municipality: ProjectMunicipalityTable;
  project_ozg_service: ProjectOzgServiceTable;
  milestone: MilestoneTable;
  budget_line: BudgetLineTable;
  result_transfer: ResultTransferTable;
  work_order: WorkOrderTable;
  project_lead_ministry: ProjectLeadMinistryTable;
  support_request: SupportRequestTable;
}
