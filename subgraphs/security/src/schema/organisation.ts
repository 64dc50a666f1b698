import { pageFromArgs, toConnection } from '@kaz/subgraph-kit';
import { OrganisationRef } from './refs.ts';
import { SecurityIncidentConnection } from './security-incident.ts';

OrganisationRef.implement({
  fields: (t) => ({
    // The owner's wording, so that composition finds no inconsistent description.
    id: t.exposeID('id', { description: 'Stable key of the organisation, e.g. "mdjd", "kaz", "zit_bb".' }),
    reportedIncidents: t.field({
      type: SecurityIncidentConnection,
      description:
        'The security incidents this organisation reported to CERT-Brandenburg that the request may see, newest first.',
      args: {
        first: t.arg.int({ description: 'Page size (default 50, at most 500).' }),
        after: t.arg.string({ description: 'Cursor of the item after which the page starts.' }),
      },
      resolve: async (o, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.incidentsByReporter.load({ parent: o.id, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
  }),
});
