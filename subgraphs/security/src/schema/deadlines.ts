import { addDays } from '@kaz/reference-data';
import {
  type DeadlineItem,
  deadlineListArgs,
  deadlineTypes,
  hasScope,
  listSize,
  MAX_DEADLINES_PER_LIST,
  parseDeadlineFirst,
  requirePrincipal,
  todayBy,
  todayInBerlin,
} from '@kaz/subgraph-kit';
import { requireConceptLookup } from '../access.ts';
import { builder } from '../builder.ts';
import { findConceptReviewsDue } from '../db/deadlines.ts';
import { findLdaNotificationsDue } from '../db/security-incident.ts';

const { deadline: DeadlineRef, deadlines: DeadlinesRef } = deadlineTypes(builder);

const OWNER = { subgraph: 'security', partner: 'CERT-Brandenburg' } as const;

/** The first instant of the day after `date` (YYYY-MM-DD) in UTC. */
function dayAfter(date: string): Date {
  return new Date(`${addDays(date, 1)}T00:00:00Z`);
}

builder.objectFields(DeadlinesRef, (t) => ({
  ldaNotifications: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      'Security incidents with personal data whose notification to the LDA (Landesbeauftragte für den Datenschutz, ' +
      'GDPR Art. 33: within 72 hours) is outstanding: on asOf today as of now, on another asOf as of the end of that ' +
      'day (UTC); due within the window or overdue. Owned by the security subgraph (CERT-Brandenburg). Only incidents ' +
      'whose TLP marking (Traffic Light Protocol) shows them to the caller, exactly as `ldaNotificationsDue`. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      requirePrincipal(ctx.principal);
      const at = scope.asOf === todayBy(ctx.clock) ? ctx.clock.now() : dayAfter(scope.asOf);
      const rows = await findLdaNotificationsDue(ctx.db, ctx.visibility, at, {
        dueBefore: dayAfter(scope.until),
        limit: parseDeadlineFirst(args.first),
      });
      return rows.flatMap((i): DeadlineItem[] => {
        const due = i.lda_notification_due_at;
        if (!due) return [];
        ctx.loaders.incidentById.prime(i.id, i);
        return [
          {
            ...OWNER,
            id: `security-incident:${i.id}:lda-notification`,
            recordType: 'SecurityIncident',
            recordKey: i.id,
            title: `Meldung an die LDA (Art. 33 DSGVO): ${i.title}`,
            dueOn: todayInBerlin(due),
            overdue: due.getTime() < at.getTime(),
          },
        ];
      });
    },
  }),
  securityConceptReviews: t.field({
    type: [DeadlineRef],
    nullable: true,
    directives: listSize(MAX_DEADLINES_PER_LIST),
    description:
      "Reviews (Überprüfung) of a Kommune's IT-Sicherheitskonzept (information security concept) that are due within " +
      'the window or overdue. Owned by the security subgraph (CERT-Brandenburg). Rule read.security.concept, as ' +
      '`securityConcepts`: CERT-Brandenburg (security:read) sees all, a Kommune its own; null with FORBIDDEN for anyone else. SAMPLE DATA.',
    args: deadlineListArgs(t.arg),
    resolve: async (scope, args, ctx) => {
      const principal = requireConceptLookup(ctx.principal);
      const all = hasScope(principal, 'security:read');
      const rows = await findConceptReviewsDue(
        ctx.db,
        { until: scope.until, ars: all ? null : principal.org },
        parseDeadlineFirst(args.first),
      );
      return rows.flatMap((c): DeadlineItem[] =>
        c.review_due_on
          ? [
              {
                ...OWNER,
                id: `security-concept:${c.id}:review`,
                recordType: 'SecurityConcept',
                recordKey: c.id,
                title: `Überprüfung des IT-Sicherheitskonzepts (ARS ${c.ars})`,
                dueOn: c.review_due_on,
                overdue: c.review_due_on < scope.asOf,
              },
            ]
          : [],
      );
    },
  }),
}));
