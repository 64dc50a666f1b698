import { connectionType } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { OzgServiceRow } from '../db/ozg-service.ts';
import type { ProjectRow } from '../db/project.ts';
import type { BudgetLineRow, MilestoneRow, ResultTransferRow } from '../db/project-detail.ts';
import type { WorkOrderRow } from '../db/work-order.ts';

// The object refs and connection types live here, apart from their implementations, because the
// types refer to each other in a cycle (Project → WorkOrder → Project, OzgService → Project →
// OzgService); each file under schema/ implements one of them.

export const OzgServiceRef = builder.objectRef<OzgServiceRow>('OzgService');
export const ProjectRef = builder.objectRef<ProjectRow>('Project');
export const WorkOrderRef = builder.objectRef<WorkOrderRow>('WorkOrder');
export const MilestoneRef = builder.objectRef<MilestoneRow>('Milestone');
export const BudgetLineRef = builder.objectRef<BudgetLineRow>('BudgetLine');
export const ResultTransferRef = builder.objectRef<ResultTransferRow>('ResultTransfer');

/** A Kommune, owned by the municipalities subgraph; this subgraph knows only its ARS. */
export const MunicipalityRef = builder.externalRef('Municipality', builder.selection<{ ars: string }>('ars'));
/** A partner organisation, owned by the organisations subgraph; known here by its key. */
export const OrganisationRef = builder.externalRef('Organisation', builder.selection<{ id: string }>('id'));
/** A committee decision (Beschluss), owned by the organisations subgraph; known here by its key. */
export const DecisionRef = builder.externalRef('Decision', builder.selection<{ id: string }>('id'));

export const ProjectConnection = connectionType(builder, ProjectRef, {
  description: 'A page of digitalisation projects.',
  items: 'projects',
  item: 'A project',
});

export const OzgServiceConnection = connectionType(builder, OzgServiceRef, {
  description: 'A page of OZG-Leistungen.',
  items: 'OZG-Leistungen',
  item: 'An OZG-Leistung',
});

export const WorkOrderConnection = connectionType(builder, WorkOrderRef, {
  description: 'A page of work orders (Arbeitsaufträge).',
  items: 'work orders',
  item: 'A work order',
});
