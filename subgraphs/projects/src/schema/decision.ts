import { listSize } from '@kaz/subgraph-kit';
import { assertMayReadWorkOrders } from '../access.ts';
import { DecisionRef, WorkOrderRef } from './refs.ts';

DecisionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the decision, e.g. "itrat-2020-3".' }),
    workOrders: t.field({
      directives: listSize(20),
      type: [WorkOrderRef],
      nullable: true,
      description:
        'The work orders (Arbeitsaufträge) this decision issued, ordered by id. Needs the scope projects:write or ' +
        'workorders:write; null with FORBIDDEN otherwise (UNAUTHENTICATED without a token).',
      resolve: (decision, _args, ctx) => {
        assertMayReadWorkOrders(ctx.principal);
        return ctx.loaders.workOrdersOfDecision.load(decision.id);
      },
    }),
  }),
});
