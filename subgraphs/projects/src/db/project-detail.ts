import type { Generated, Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';

/** The sources of project funding. */
export const FUNDING_SOURCES = ['LAND', 'BUND', 'KOMMUNEN', 'EU'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface ProjectMunicipalityTable {
  project_id: string;
  /** ARS of a participating Kommune (owned by the municipalities subgraph). */
  ars: string;
  is_sample: boolean;
}

export interface ProjectOzgServiceTable {
  project_id: string;
  ozg_service_id: string;
  is_sample: boolean;
}

export interface MilestoneTable {
  project_id: string;
  /** 1-based order of the milestone within its project. */
  position: number;
  title: string;
  due_on: string;
  reached_on: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface BudgetLineTable {
  project_id: string;
  year: number;
  source: FundingSource;
  amount_eur: number;
  /** What of `amount_eur` was actually spent (Ist); null until the Kaz records the year's accounts. */
  spent_eur: number | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ResultTransferTable {
  project_id: string;
  /** ARS of the Kommune that reuses the result. */
  ars: string;
  since: string | null;
  is_sample: boolean;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type MilestoneRow = Selectable<MilestoneTable>;
export type BudgetLineRow = Selectable<BudgetLineTable>;
export type ResultTransferRow = Selectable<ResultTransferTable>;

/** The participating Kommunen (ARS) of each project in `projectIds`, ordered by project, then ARS. */
export function findMunicipalitiesOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('project_municipality')
    .select(['project_id', 'ars'])
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('ars')
    .execute();
}

/** The milestones of each project in `projectIds`, in their order. */
export function findMilestonesOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('milestone')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('position')
    .execute();
}

/** The budget lines of each project in `projectIds`, ordered by year, then funding source. */
export function findBudgetLinesOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('budget_line')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('year')
    .orderBy('source')
    .execute();
}

/** The result transfers (Nachnutzung) of each project in `projectIds`, ordered by date, then ARS. */
export function findResultTransfersOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('result_transfer')
    .selectAll()
    .where('project_id', 'in', projectIds)
    .orderBy('project_id')
    .orderBy('since')
    .orderBy('ars')
    .execute();
}
