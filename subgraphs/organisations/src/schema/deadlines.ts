import {
  deadlineScope,
  deadlineTypes,
  MAX_DEADLINE_WINDOW_DAYS,
  parseDateOrToday,
  requirePrincipal,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

/** The shared `Deadline` and `Deadlines` types; this subgraph owns the entry point `Query.deadlines`. */
export const { deadlines: DeadlinesRef } = deadlineTypes(builder);

builder.objectFields(DeadlinesRef, (t) => ({
  id: t.id({
    description: 'Stable identifier for client caches (Apollo Client, urql): the same value as `scope`.',
    resolve: (d) => d.scope,
  }),
  asOf: t.exposeString('asOf', {
    description: 'The reference date (Stichtag), YYYY-MM-DD: an item due before it is overdue (überfällig).',
  }),
  withinDays: t.exposeInt('withinDays', { description: 'How many days after asOf an item may fall due to be listed.' }),
  until: t.exposeString('until', { description: 'The last day of the window, asOf + withinDays, YYYY-MM-DD.' }),
}));

builder.queryFields((t) => ({
  deadlines: t.field({
    type: DeadlinesRef,
    // Nullable, so that an anonymous request fails on this path alone and the rest of its answer stays.
    nullable: true,
    description:
      'What is due for the caller (Fristen): everything overdue and everything due within `withinDays` after `asOf`, ' +
      'one list per kind, each added by the partner that owns it: certificates and frameworkContracts (contracts, Kaz), ' +
      'ldaNotifications and securityConceptReviews (security, CERT-Brandenburg), workOrders and milestones (projects, Kaz). ' +
      'Each list follows the access rules of the query it mirrors; one the caller may not read is null with FORBIDDEN. ' +
      'Needs a token (null with UNAUTHENTICATED otherwise). The organisations subgraph (Kaz) owns this entry point.',
    args: {
      withinDays: t.arg.int({
        defaultValue: 30,
        required: true,
        description: `Days after asOf to look ahead: 0 to ${MAX_DEADLINE_WINDOW_DAYS} (default 30), else BAD_USER_INPUT.`,
      }),
      asOf: t.arg.string({
        description:
          'Reference date (Stichtag), YYYY-MM-DD; default today in Europe/Berlin. Malformed: BAD_USER_INPUT.',
      }),
    },
    resolve: (_root, args, ctx) => {
      requirePrincipal(ctx.principal);
      return deadlineScope(parseDateOrToday('asOf', args.asOf, ctx.clock), args.withinDays);
    },
  }),
}));
