import { listSize, loadPage, municipalityKeyFields, pageArgs } from '@kaz/subgraph-kit';
import { MunicipalityRef, ProjectConnection, ProjectRef } from './refs.ts';

MunicipalityRef.implement({
  fields: (t) => ({
    // `ars`, and the ARS again as a shareable `id` for client caches: the same in every subgraph.
    ...municipalityKeyFields(t),
    projects: t.field({
      type: ProjectConnection,
      description: 'The digitalisation projects this Kommune takes part in, ordered by id.',
      args: pageArgs(t.arg),
      resolve: (municipality, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.projectsOfMunicipality.load({ parent: municipality.ars, ...page })),
    }),
    reusedProjects: t.field({
      directives: listSize(100),
      type: [ProjectRef],
      description: 'The projects whose results this Kommune reuses (Nachnutzung) without taking part, ordered by id.',
      resolve: (municipality, _args, ctx) => ctx.loaders.projectsReusedByMunicipality.load(municipality.ars),
    }),
  }),
});
