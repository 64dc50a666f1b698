import { addDays } from '@kaz/reference-data';
import {
  type DeadlineItem,
  deadlineListArgs,
  deadlineTypes,
  listSize,
  MAX_DEADLINES_PER_LIST,
  parseDeadlineFirst,
  requirePrincipal,
} from '@kaz/subgraph-kit';
import { requireCertificateReach } from '../access.ts';
import { builder } from '../builder.ts';
import { CEILING_WARNING_SHARE, findCertificatesExpiring, findContractsNearEndOrCeiling } from '../db/deadlines.ts';

/** How long an expired certificate stays in the list as overdue before it counts as simply expired. */
export const EXPIRED_CERTIFICATE_DAYS = 90;

const { deadline: DeadlineRef, deadlines: DeadlinesRef } = deadlineTypes(builder);

const OWNER = { subgraph: 'contracts', partner: 'Kaz' } as const;

builder.objectFields(DeadlinesRef, (t) => ({
  certificates: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      'Certificates (X.509) that expire within the window, and those expired in the last ' +
      `${EXPIRED_CERTIFICATE_DAYS} days (overdue: not renewed). Owned by the contracts subgraph (Kaz). Rule ` +
      'read.certificate, as `certificates`: the Kaz (contracts:write) and CERT-Brandenburg (security:read) see all, a ' +
      'Kommune those it holds; null with FORBIDDEN for anyone else. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      const reach = requireCertificateReach(ctx.principal);
      const first = parseDeadlineFirst(args.first);
      const rows = await findCertificatesExpiring(
        ctx.db,
        {
          from: addDays(scope.asOf, -EXPIRED_CERTIFICATE_DAYS),
          until: scope.until,
          holderArs: reach === 'all' ? null : (ctx.principal?.org ?? ''),
        },
        first,
      );
      return rows.map(
        (c): DeadlineItem => ({
          ...OWNER,
          id: `certificate:${c.id}:expiry`,
          recordType: 'Certificate',
          recordKey: c.id,
          title: `Zertifikat läuft ab: ${c.common_name}`,
          dueOn: c.valid_to,
          overdue: c.valid_to < scope.asOf,
        }),
      );
    },
  }),
  frameworkContracts: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      'Rahmenverträge (framework contracts) whose term ends within the window (Laufzeitende), and running ones with ' +
      `at least ${CEILING_WARNING_SHARE * 100} % of their ceiling (Höchstwert) called off — due on asOf, since a ` +
      'follow-up award takes time. Owned by the contracts subgraph (Kaz). Public like `frameworkContracts`; needs a token ' +
      'as the whole query does. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      requirePrincipal(ctx.principal);
      const first = parseDeadlineFirst(args.first);
      const rows = await findContractsNearEndOrCeiling(ctx.db, scope, first);
      // A contract may have both deadlines; the list still holds at most `first`.
      const items = rows.flatMap((c): DeadlineItem[] => {
        const items: DeadlineItem[] = [];
        if (c.ends_on <= scope.until) {
          items.push({
            ...OWNER,
            id: `framework-contract:${c.id}:end`,
            recordType: 'FrameworkContract',
            recordKey: c.id,
            title: `Rahmenvertrag endet: ${c.title}`,
            dueOn: c.ends_on,
            overdue: false,
          });
        }
        if (c.starts_on <= scope.asOf && c.called_off_eur >= c.ceiling_eur * CEILING_WARNING_SHARE) {
          const share = Math.floor((c.called_off_eur / c.ceiling_eur) * 100);
          items.push({
            ...OWNER,
            id: `framework-contract:${c.id}:ceiling`,
            recordType: 'FrameworkContract',
            recordKey: c.id,
            title: `Höchstwert zu ${share} % abgerufen: ${c.title}`,
            dueOn: scope.asOf,
            overdue: false,
          });
        }
        return items;
      });
      return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id)).slice(0, first);
    },
  }),
}));
