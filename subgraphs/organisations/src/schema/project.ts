import { builder } from '../builder.ts';

// Project belongs to the projects subgraph (the Kaz); this subgraph refers to it by key only, from the
// items of the Arbeitsprogramm. No type-level description here: the owner's description wins.

/** The Project entity of the projects subgraph, known here only by its key. */
export const ProjectRef = builder.externalRef('Project', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Project key, "KAZ-<year>-<nn>" (year the project was commissioned).' }),
  }),
});
