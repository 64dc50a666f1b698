import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import type { IncidentSeverity } from './security-incident.ts';
import { type IncidentVisibility, visibleIncident } from './visibility.ts';

/** The number of visible incidents of one severity detected in one calendar month. */
export interface IncidentMonthRow {
  /** 'YYYY-MM' of `detected_at` in Europe/Berlin. */
  month: string;
  severity: IncidentSeverity;
  count: number;
}

/** Open and finished visible incidents, and those whose LDA notification is overdue. */
export interface IncidentTotalsRow {
  open: number;
  resolved: number;
  overdue_lda_notifications: number;
}

/** The start of a month ('YYYY-MM') in Europe/Berlin, as an instant, in SQL. */
function berlinMonthStart(month: string, monthsLater: number) {
  return sql<Date>`((cast(${`${month}-01`} as timestamp) + ${`${monthsLater} month`}::interval) at time zone 'Europe/Berlin')`;
}

/**
 * The visible incidents per calendar month (Europe/Berlin) and severity, detected from the start
 * of month `from` to the end of month `to` (both 'YYYY-MM'), in one statement; ordered by month,
 * then severity from LOW to CRITICAL. Months and severities without incidents have no row.
 */
export async function incidentsPerMonth(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  from: string,
  to: string,
): Promise<IncidentMonthRow[]> {
  const month = sql<string>`to_char(detected_at at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const rank = sql<number>`case severity when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3 else 4 end`;
  return (
    db
      .selectFrom('security_incident')
      .select([month.as('month'), 'severity', sql<number>`cast(count(*) as integer)`.as('count')])
      .where(visibleIncident(visibility))
      // Bounds on detected_at itself (not on the month text), so that the index on detected_at helps.
      .where('detected_at', '>=', berlinMonthStart(from, 0))
      .where('detected_at', '<', berlinMonthStart(to, 1))
      .groupBy([month, 'severity'])
      .orderBy(month)
      .orderBy(rank)
      .execute()
  );
}

/**
 * Open (not RESOLVED or CLOSED) and finished visible incidents, and the visible ones with personal
 * data whose LDA notification deadline has passed by `now` (the server's clock) without a notification,
 * in one statement.
 */
export async function incidentTotals(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  now: Date,
): Promise<IncidentTotalsRow> {
  return db
    .selectFrom('security_incident')
    .select([
      sql<number>`cast(count(*) filter (where status not in ('RESOLVED', 'CLOSED')) as integer)`.as('open'),
      sql<number>`cast(count(*) filter (where status in ('RESOLVED', 'CLOSED')) as integer)`.as('resolved'),
      sql<number>`cast(count(*) filter (where lda_notified_at is null and lda_notification_due_at < ${now} and breach_risk is distinct from 'UNLIKELY') as integer)`.as(
        'overdue_lda_notifications',
      ),
    ])
    .where(visibleIncident(visibility))
    .executeTakeFirstOrThrow();
}
