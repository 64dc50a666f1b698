import { auditMigrations } from '@kaz/db';
import type { Migration } from 'kysely';
import * as createProjects from './2026_11_26_120000_create_projects.ts';
import * as randomWorkOrderIds from './2026_12_01_230000_random_work_order_ids.ts';
import * as projectDataProtection from './2026_12_02_120000_project_data_protection.ts';
import * as projectCooperation from './2026_12_03_140000_project_cooperation.ts';
import * as reuseRequests from './2026_12_03_140100_reuse_requests.ts';
import * as projectLeadMinistry from './2026_12_03_150000_project_lead_ministry.ts';
import * as budgetLineSpent from './2026_12_03_150100_budget_line_spent.ts';
import * as supportRequest from './2026_12_03_150200_support_request.ts';
import * as ozgRollout from './2026_12_03_160000_ozg_rollout.ts';

/** The migrations of the projects subgraph, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_120000_create_projects': createProjects,
  // The shared append-only audit log (audit_log) of every subgraph with writes.
  ...auditMigrations,
  '2026_12_01_230000_random_work_order_ids': randomWorkOrderIds,
  '2026_12_02_120000_project_data_protection': projectDataProtection,
  '2026_12_03_140000_project_cooperation': projectCooperation,
  '2026_12_03_140100_reuse_requests': reuseRequests,
  '2026_12_03_150000_project_lead_ministry': projectLeadMinistry,
  '2026_12_03_150100_budget_line_spent': budgetLineSpent,
  '2026_12_03_150200_support_request': supportRequest,
  '2026_12_03_160000_ozg_rollout': ozgRollout,
};
