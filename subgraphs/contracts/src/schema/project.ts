import { listSize } from '@kaz/subgraph-kit';
import { visibleProcedures } from '../access.ts';
import { ProcurementProcedureRef, ProjectRef } from './refs.ts';

// No type description here: the projects subgraph owns Project and its description wins.
ProjectRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Project key, "KAZ-<year>-<nn>" (year the project was commissioned).' }),
    procurements: t.field({
      directives: listSize(10),
      type: [ProcurementProcedureRef],
      description:
        'Vergabeverfahren (procurement procedures) run for this project, ordered by number (PLANNED ones only for ' +
        'the scope contracts:write).',
      resolve: async (p, _args, ctx) =>
        visibleProcedures(ctx.principal, await ctx.loaders.proceduresByProject.load(p.id)),
    }),
  }),
});
