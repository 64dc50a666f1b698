import { listSize } from '@kaz/subgraph-kit';
import { ProcurementProcedureRef, ProjectRef } from './refs.ts';

// No type description here: the projects subgraph owns Project and its description wins.
ProjectRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Project key, "KAZ-<year>-<nn>" (year the project was commissioned).' }),
    procurements: t.field({
      directives: listSize(10),
      type: [ProcurementProcedureRef],
      description: 'Vergabeverfahren (procurement procedures) run for this project, ordered by number.',
      resolve: (p, _args, ctx) => ctx.loaders.proceduresByProject.load(p.id),
    }),
  }),
});
