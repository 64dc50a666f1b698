import {
  type DeadlineItem,
  deadlineListArgs,
  deadlineTypes,
  forbidden,
  hasScope,
  listSize,
  MAX_DEADLINES_PER_LIST,
  parseDeadlineFirst,
  requirePrincipal,
} from '@kaz/subgraph-kit';
import { requireWorkOrderReach } from '../access.ts';
import { builder } from '../builder.ts';
import { findMilestonesDue, findWorkOrdersDue } from '../db/deadlines.ts';

const { deadline: DeadlineRef, deadlines: DeadlinesRef } = deadlineTypes(builder);

const OWNER = { subgraph: 'projects', partner: 'Kaz' } as const;

builder.objectFields(DeadlinesRef, (t) => ({
  workOrders: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      'Work orders (Arbeitsaufträge) still open or in progress that are due within the window or overdue. Owned by the ' +
      'projects subgraph (Kaz). Rule read.workorder, as `workOrders`: the Kaz (projects:write) sees all, a ministry ' +
      '(workorders:write) its own; null with FORBIDDEN for anyone else. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      const reach = requireWorkOrderReach(ctx.principal);
      const rows = await findWorkOrdersDue(
        ctx.db,
        { until: scope.until, ministry: reach.all ? null : reach.ministry },
        parseDeadlineFirst(args.first),
      );
      return rows.map(
        (w): DeadlineItem => ({
          ...OWNER,
          id: `work-order:${w.id}:due`,
          recordType: 'WorkOrder',
          recordKey: w.id,
          title: `Arbeitsauftrag fällig: ${w.title}`,
          dueOn: w.due_date,
          overdue: w.due_date < scope.asOf,
        }),
      );
    },
  }),
  milestones: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      'Milestones (Meilensteine) of projects not yet reached that are due within the window or overdue; the record is ' +
      'the project (recordType "Project"). Owned by the projects subgraph (Kaz). Rule read.project.internal, as ' +
      '`Project.milestones`: the Kaz (projects:write) sees all, a ministry those of the projects it leads; null with ' +
      'FORBIDDEN for a Kommune. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      const principal = requirePrincipal(ctx.principal);
      const all = hasScope(principal, 'projects:write');
      if (!all && principal.kind !== 'organisation') {
        throw forbidden('milestones are for the Kaz (projects:write) and the ministry that leads the project');
      }
      const rows = await findMilestonesDue(
        ctx.db,
        { until: scope.until, leadMinistry: all ? null : principal.org },
        parseDeadlineFirst(args.first),
      );
      return rows.map(
        (m): DeadlineItem => ({
          ...OWNER,
          id: `milestone:${m.project_id}:${m.position}`,
          recordType: 'Project',
          recordKey: m.project_id,
          title: `Meilenstein ${m.position} (${m.project_title}): ${m.title}`,
          dueOn: m.due_on,
          overdue: m.due_on < scope.asOf,
        }),
      );
    },
  }),
}));
