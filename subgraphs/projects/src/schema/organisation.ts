import { listSize, pageFromArgs, toConnection } from '@kaz/subgraph-kit';
import { assertMayReadWorkOrders } from '../access.ts';
import { OrganisationRef, ProjectConnection, pageArgs, WorkOrderRef } from './refs.ts';

OrganisationRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the organisation, e.g. "mdjd", "kaz", "zit_bb".' }),
    ledProjects: t.field({
      type: ProjectConnection,
      description:
        'The projects for which this ministry has the fachliche Federführung (lead responsibility), ordered by id.',
      args: pageArgs(t.arg),
      resolve: async (organisation, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.projectsLedBy.load({ parent: organisation.id, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
    coordinatedProjects: t.field({
      type: ProjectConnection,
      description: 'The projects this organisation coordinates operationally (the Kaz), ordered by id.',
      args: pageArgs(t.arg),
      resolve: async (organisation, args, ctx) => {
        const page = pageFromArgs(args);
        const { rows, totalCount } = await ctx.loaders.projectsCoordinatedBy.load({ parent: organisation.id, ...page });
        return toConnection(rows, page, totalCount);
      },
    }),
    issuedWorkOrders: t.field({
      directives: listSize(200),
      type: [WorkOrderRef],
      nullable: true,
      description:
        'The work orders (Arbeitsaufträge) this ministry issued or passed on from a committee decision, ordered by ' +
        'id. Needs the scope projects:write or workorders:write; null with FORBIDDEN otherwise (UNAUTHENTICATED ' +
        'without a token).',
      resolve: (organisation, _args, ctx) => {
        assertMayReadWorkOrders(ctx.principal);
        return ctx.loaders.workOrdersOfMinistry.load(organisation.id);
      },
    }),
  }),
});
