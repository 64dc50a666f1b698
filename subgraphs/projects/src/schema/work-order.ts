import {
  badUserInput,
  entityById,
  loadPage,
  pageArgs,
  RANDOM_REFERENCE_PART,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { requireWorkOrderReach, visibleWorkOrder } from '../access.ts';

import { builder } from '../builder.ts';
import { listWorkOrders, type WORK_ORDER_STATUSES } from '../db/work-order.ts';
import { DecisionRef, OrganisationRef, ProjectRef, WorkOrderConnection, WorkOrderRef } from './refs.ts';

/**
 * A work order id: `AA-` and a random part (`AA-7QK3-M9XA-2DHF`), or the numbered `AA-<year>-<nnn>`
 * that orders issued before keep.
 */
export const WORK_ORDER_ID_PATTERN = new RegExp(`^AA-(\\d{4}-\\d{3}|${RANDOM_REFERENCE_PART})$`);

export const WorkOrderStatusEnum = builder.enumType('WorkOrderStatus', {
  description: 'The state of a work order (Arbeitsauftrag).',
  values: {
    OPEN: { description: 'Offen: issued, work has not started.' },
    IN_PROGRESS: { description: 'In Bearbeitung: the Kaz is working on it.' },
    DONE: { description: 'Erledigt: fulfilled.' },
    CANCELLED: { description: 'Aufgehoben: withdrawn or stopped before it was fulfilled.' },
  } satisfies Record<(typeof WORK_ORDER_STATUSES)[number], { description: string }>,
});

WorkOrderRef.implement({
  description:
    'An Arbeitsauftrag (work order) to the Kaz, issued by a committee decision (IT-Rat, Steuerungsgremium, ' +
    `Projektgruppe) or by a ministry; often it results in a project. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Work order key, e.g. "AA-7QK3-M9XA-2DHF": "AA-" and a random part, so that it cannot run out and tells nothing ' +
        'about other work orders (how many a year, which are hidden). Orders issued before keep their numbered key, ' +
        'e.g. "AA-2021-001". The date of issue is `issuedOn`, shown only with the order.',
    }),
    title: t.exposeString('title', { description: 'What is to be done (German).' }),
    issuedBy: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'The committee decision (Beschluss) that issued the order; null when a ministry issued it alone.',
      resolve: (order) => (order.decision_id ? { id: order.decision_id } : null),
    }),
    issuingMinistry: t.field({
      type: OrganisationRef,
      nullable: true,
      description:
        'The ministry that issued the order, or for an order from a decision the ministry responsible for ' +
        'e-government that passed it on (MIK until 31.01.2025, MdJD since 01.02.2025).',
      resolve: (order) => (order.issuing_ministry_id ? { id: order.issuing_ministry_id } : null),
    }),
    assignee: t.field({
      type: OrganisationRef,
      description: 'Who has to carry out the order: the Kaz.',
      resolve: (order) => ({ id: order.assignee_id }),
    }),
    issuedOn: t.exposeString('issued_on', { description: 'Date of issue (YYYY-MM-DD).' }),
    dueDate: t.exposeString('due_date', { description: 'Date by which the order is to be fulfilled (YYYY-MM-DD).' }),
    status: t.field({
      type: WorkOrderStatusEnum,
      description: 'Where the order stands.',
      resolve: (order) => order.status,
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project that resulted from the order; null when none did (e.g. a study).',
      resolve: (order, _args, ctx) => (order.project_id ? ctx.loaders.projectById.load(order.project_id) : null),
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'work order'),
  }),
});

// Work orders are protected (read.workorder) however they are reached, references included: a role
// without the rule gets FORBIDDEN, a ministry gets null for another's order (as for an unknown id).
// Async, so that a denial fails this one representation rather than the whole `_entities` list.
entityById(builder, WorkOrderRef, async (id, ctx) => {
  const reach = requireWorkOrderReach(ctx.principal);
  return visibleWorkOrder(ctx, reach, await ctx.loaders.workOrderById.load(id));
});

builder.queryFields((t) => ({
  workOrder: t.field({
    type: WorkOrderRef,
    nullable: true,
    description:
      'One work order by its id. A malformed id is BAD_USER_INPUT; an unknown one gives null, and so does one the ' +
      'caller may not read (a ministry reads the orders it issued and those of projects it leads). Needs the scope ' +
      'projects:write or workorders:write (FORBIDDEN otherwise, UNAUTHENTICATED without a token).',
    args: {
      id: t.arg.id({
        required: true,
        description: 'Work order key, e.g. "AA-7QK3-M9XA-2DHF" or "AA-2021-001", in any letter case.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const reach = requireWorkOrderReach(ctx.principal);
      // Keys are capitals; one read out or typed by hand may come in small letters.
      const id = args.id.toUpperCase();
      if (!WORK_ORDER_ID_PATTERN.test(id))
        throw badUserInput('id', 'must be a work order key like "AA-7QK3-M9XA-2DHF" or "AA-2021-001"');
      return visibleWorkOrder(ctx, reach, await ctx.loaders.workOrderById.load(id));
    },
  }),
  workOrders: t.field({
    type: WorkOrderConnection,
    nullable: true,
    description:
      'Work orders, optionally of one status, ordered by id, a page at a time: every one for the Kaz ' +
      '(projects:write), for a ministry (workorders:write) those it issued and those of projects it leads ' +
      '(totalCount counts only these). Null with FORBIDDEN for anyone else (UNAUTHENTICATED without a token).',
    args: {
      status: t.arg({ type: WorkOrderStatusEnum, required: false, description: 'Only work orders in this state.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const reach = requireWorkOrderReach(ctx.principal);
      return loadPage(
        args,
        (page) => listWorkOrders(ctx.db, args.status, page, reach.all ? null : reach.ministry),
        (row) => ctx.loaders.workOrderById.prime(row.id, row),
      );
    },
  }),
}));
