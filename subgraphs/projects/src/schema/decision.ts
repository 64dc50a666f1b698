import { DecisionRef, WorkOrderRef } from './refs.ts';

DecisionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the decision, e.g. "itrat-2020-3".' }),
    workOrders: t.field({
      type: [WorkOrderRef],
      description: 'The work orders (Arbeitsaufträge) this decision issued, ordered by id.',
      resolve: (decision, _args, ctx) => ctx.loaders.workOrdersOfDecision.load(decision.id),
    }),
  }),
});
