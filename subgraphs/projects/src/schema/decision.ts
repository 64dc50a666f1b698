import { listSize } from '@kaz/subgraph-kit';
import { requireWorkOrderReach, visibleWorkOrders } from '../access.ts';
import { DecisionRef, WorkOrderRef } from './refs.ts';

DecisionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the decision, e.g. "itrat-2020-3".' }),
    workOrders: t.field({
      directives: listSize(20),
      type: [WorkOrderRef],
      nullable: true,
      description:
        'The work orders (Arbeitsaufträge) this decision issued, ordered by id: all for the Kaz (projects:write), ' +
        'for a ministry (workorders:write) only those it passed on and those of projects it leads. Null with ' +
        'FORBIDDEN for anyone else (UNAUTHENTICATED without a token).',
      resolve: async (decision, _args, ctx) => {
        const reach = requireWorkOrderReach(ctx.principal);
        return visibleWorkOrders(ctx, reach, await ctx.loaders.workOrdersOfDecision.load(decision.id));
      },
    }),
  }),
});
