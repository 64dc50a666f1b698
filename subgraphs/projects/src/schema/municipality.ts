import {
  listSize,
  MUNICIPALITY_ARS_DESCRIPTION,
  MUNICIPALITY_ID_OPTIONS,
  pageFromArgs,
  toConnection,
} from '@kaz/subgraph-kit';
import { MunicipalityRef, ProjectConnection, ProjectRef, pageArgs } from './refs.ts';

MunicipalityRef.implement({
  fields: (t) => ({
    // The same description in every subgraph, so that composition finds nothing to reconcile.
    ars: t.exposeID('ars', { description: MUNICIPALITY_ARS_DESCRIPTION }),
    // The ARS again as `id`, shareable: client caches normalise by it, at no extra subgraph fetch.
    id: t.exposeID('ars', { ...MUNICIPALITY_ID_OPTIONS }),
    projects: t.field({
      type: ProjectConnection,
      description: 'The digitalisation projects this Kommune takes part in, ordered by id.',
      args: pageArgs(t.arg),
      resolve: async (municipality, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.projectsOfMunicipality.load({
          parent: municipality.ars,
          ...page,
        });
        return toConnection(rows, page, totalCount);
      },
    }),
    reusedProjects: t.field({
      directives: listSize(100),
      type: [ProjectRef],
      description: 'The projects whose results this Kommune reuses (Nachnutzung) without taking part, ordered by id.',
      resolve: (municipality, _args, ctx) => ctx.loaders.projectsReusedByMunicipality.load(municipality.ars),
    }),
  }),
});
