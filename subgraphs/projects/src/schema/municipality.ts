import { listSize, pageFromArgs, toConnection } from '@kaz/subgraph-kit';
import { MunicipalityRef, ProjectConnection, ProjectRef, pageArgs } from './refs.ts';

MunicipalityRef.implement({
  fields: (t) => ({
    // Same text as the owner (municipalities) so that composition reports no inconsistent description.
    ars: t.exposeID('ars', {
      description:
        'Amtlicher Regionalschlüssel (ARS), 12 digits: Land, Regierungsbezirk, Kreis, Gemeindeverband, Gemeinde. ' +
        'A Landkreis pads its 5-digit key with zeros, an Amt its 9-digit key. The stable key of a Kommune.',
    }),
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
