import { loadPage, pageArgs } from '@kaz/subgraph-kit';
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
      args: pageArgs(t.arg),
      resolve: (o, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.incidentsByReporter.load({ parent: o.id, ...page })),
    }),
  }),
});
