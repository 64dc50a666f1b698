import { badUserInput, INSTANT_YEARS, listSize } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  type IncidentMonthRow,
  type IncidentTotalsRow,
  incidentsPerMonth,
  incidentTotals,
} from '../db/incident-statistics.ts';
import { IncidentSeverityEnum } from './incident-enums.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Returns `value` when it is a month written YYYY-MM in the years an instant may lie in (INSTANT_YEARS);
 * throws BAD_USER_INPUT naming `field` otherwise. The year 0000 is no year to PostgreSQL, and a month of
 * the year 0001 made the default `from`, eleven months earlier, one.
 */
export function monthArg(field: string, value: string): string {
  if (!MONTH.test(value)) throw badUserInput(field, `must be a month written YYYY-MM, e.g. "2026-03"; got "${value}"`);
  const year = Number(value.slice(0, 4));
  if (year < INSTANT_YEARS.from || year > INSTANT_YEARS.to) {
    throw badUserInput(
      field,
      `must lie between the years ${INSTANT_YEARS.from} and ${INSTANT_YEARS.to}; got "${value}"`,
    );
  }
  return value;
}

/** The calendar month ('YYYY-MM') of `now` in Europe/Berlin. */
export function berlinMonth(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(now);
}

/** The month `delta` months after `month` (both YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const IncidentMonthStatisticsRef = builder.objectRef<IncidentMonthRow>('IncidentMonthStatistics');
const IncidentTotalsRef = builder.objectRef<IncidentTotalsRow>('IncidentTotals');

IncidentMonthStatisticsRef.implement({
  description:
    'The number of security incidents of one severity detected in one calendar month, counting only those the ' +
    'request may see (TLP). Computed in the database.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'Calendar month of detectedAt in Europe/Berlin, YYYY-MM.' }),
    severity: t.expose('severity', { type: IncidentSeverityEnum, description: 'The severity counted.' }),
    count: t.exposeInt('count', {
      description: 'Visible incidents of this severity detected in this month; always at least 1.',
    }),
  }),
});

IncidentTotalsRef.implement({
  description: 'Figures over all security incidents the request may see (TLP). Computed in the database.',
  fields: (t) => ({
    open: t.exposeInt('open', { description: 'Visible incidents still being handled (not RESOLVED or CLOSED).' }),
    resolved: t.exposeInt('resolved', { description: 'Visible incidents RESOLVED or CLOSED.' }),
    overdueLdaNotifications: t.exposeInt('overdue_lda_notifications', {
      description:
        'Visible incidents with personal data whose 72-hour deadline for notifying the LDA (data protection ' +
        'authority, GDPR Art. 33) has passed (as of now) without a notification.',
    }),
  }),
});

builder.queryFields((t) => ({
  incidentStatistics: t.field({
    directives: listSize(240),
    nullable: { list: true, items: false },
    type: [IncidentMonthStatisticsRef],
    description:
      'Security incidents per calendar month (Europe/Berlin) and severity, counting only those the request may see ' +
      '(TLP: anonymous requests count TLP:CLEAR only); ordered by month, then severity from LOW to CRITICAL. Months ' +
      'and severities without visible incidents are left out. One SQL statement.',
    args: {
      from: t.arg.string({
        description:
          'First month, YYYY-MM; default 11 months before `to` (with `to` defaulted too: the last 12 months up to ' +
          'the current month). Malformed or after `to`: BAD_USER_INPUT.',
      }),
      to: t.arg.string({
        description:
          'Last month (included), YYYY-MM; default the current month in Europe/Berlin. Malformed: BAD_USER_INPUT.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const to = args.to == null ? berlinMonth(ctx.clock.now()) : monthArg('to', args.to);
      const from = args.from == null ? shiftMonth(to, -11) : monthArg('from', args.from);
      // 'YYYY-MM' strings compare like the months they name.
      if (from > to) throw badUserInput('from', `must not be after to (${to}); got "${from}"`);
      return incidentsPerMonth(ctx.db, ctx.visibility, from, to);
    },
  }),
  incidentTotals: t.field({
    nullable: true,
    type: IncidentTotalsRef,
    description:
      'Open and resolved security incidents and overdue LDA notifications, counting only the incidents the request ' +
      'may see (TLP). One SQL statement.',
    resolve: (_root, _args, ctx) => incidentTotals(ctx.db, ctx.visibility, ctx.clock.now()),
  }),
}));
