import { listSize, loadPage, pageArgs } from '@kaz/subgraph-kit';
import { requireWorkOrderReach, visibleWorkOrders } from '../access.ts';
import { OrganisationRef, ProjectConnection, WorkOrderRef } from './refs.ts';

OrganisationRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the organisation, e.g. "mdjd", "kaz", "zit_bb".' }),
    ledProjects: t.field({
      type: ProjectConnection,
      description:
        'The projects for which this ministry has the fachliche Federführung (lead responsibility), ordered by id.',
      args: pageArgs(t.arg),
      resolve: (organisation, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.projectsLedBy.load({ parent: organisation.id, ...page })),
    }),
    coordinatedProjects: t.field({
      type: ProjectConnection,
      description: 'The projects this organisation coordinates operationally (the Kaz), ordered by id.',
      args: pageArgs(t.arg),
      resolve: (organisation, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.projectsCoordinatedBy.load({ parent: organisation.id, ...page })),
    }),
    issuedWorkOrders: t.field({
      directives: listSize(200),
      type: [WorkOrderRef],
      nullable: true,
      description:
        'The work orders (Arbeitsaufträge) this ministry issued or passed on from a committee decision, ordered by ' +
        'id: all for the Kaz (projects:write); for a ministry (workorders:write) only those among them it issued ' +
        'itself or that belong to projects it leads. Null with FORBIDDEN for anyone else (UNAUTHENTICATED without ' +
        'a token).',
      resolve: async (organisation, _args, ctx) => {
        const reach = requireWorkOrderReach(ctx.principal);
        return visibleWorkOrders(ctx, reach, await ctx.loaders.workOrdersOfMinistry.load(organisation.id));
      },
    }),
  }),
});
