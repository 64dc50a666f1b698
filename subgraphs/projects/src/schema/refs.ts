import type { ArgBuilder, SchemaTypes } from '@pothos/core';
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

/** The `first`/`after` arguments of every connection field. */
export function pageArgs<Types extends SchemaTypes>(arg: ArgBuilder<Types>) {
  return {
    first: arg.int({ description: 'Page size (default 50, at most 500).' }),
    after: arg.string({ description: 'Cursor of the item after which the page starts.' }),
  };
}

function totalCountField(what: string) {
  return {
    description: `The number of ${what} in the whole list, across all pages.`,
    resolve: (parent: unknown) => (parent as { totalCount: number }).totalCount,
  };
}

export const ProjectConnection = builder.connectionObject(
  {
    type: ProjectRef,
    name: 'ProjectConnection',
    description: 'A page of digitalisation projects.',
    fields: (t) => ({ totalCount: t.int(totalCountField('projects')) }),
  },
  { name: 'ProjectEdge', description: 'A project in a page, with its cursor.' },
);

export const OzgServiceConnection = builder.connectionObject(
  {
    type: OzgServiceRef,
    name: 'OzgServiceConnection',
    description: 'A page of OZG-Leistungen.',
    fields: (t) => ({ totalCount: t.int(totalCountField('OZG-Leistungen')) }),
  },
  { name: 'OzgServiceEdge', description: 'An OZG-Leistung in a page, with its cursor.' },
);

export const WorkOrderConnection = builder.connectionObject(
  {
    type: WorkOrderRef,
    name: 'WorkOrderConnection',
    description: 'A page of work orders (Arbeitsaufträge).',
    fields: (t) => ({ totalCount: t.int(totalCountField('work orders')) }),
  },
  { name: 'WorkOrderEdge', description: 'A work order in a page, with its cursor.' },
);
