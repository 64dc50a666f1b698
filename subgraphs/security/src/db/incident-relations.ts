import { type Page, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { FINISHED_STATUSES } from './security-incident.ts';
import { type IncidentVisibility, visibleIncident } from './visibility.ts';

/**
 * The Kommunen (ARS) affected by each incident in `incidentIds`, ordered by incident and ARS. The
 * callers only pass incidents they could already see, so no visibility rule applies here.
 */
export function findAffectedMunicipalities(db: Kysely<Database>, incidentIds: readonly string[]) {
  return db
    .selectFrom('security_incident_municipality')
    .select(['incident_id', 'ars'])
    .where('incident_id', 'in', incidentIds)
    .orderBy('incident_id')
    .orderBy('ars')
    .execute();
}

/**
 * One page of the visible incidents affecting each Kommune in `arsList`, newest first, in one
 * statement; each row carries its `parent` (the ARS), `position` and `total_count`.
 */
export function pageIncidentsByMunicipality(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  arsList: readonly string[],
  page: Page,
) {
  return selectPagesPerParent(
    db,
    db
      .selectFrom('security_incident_municipality as affected')
      .innerJoin('security_incident', 'security_incident.id', 'affected.incident_id')
      .selectAll('security_incident')
      .where(visibleIncident(visibility)),
    {
      parent: 'affected.ars',
      parents: arsList,
      orderBy: sql`security_incident.detected_at desc, security_incident.id`,
    },
    page,
  );
}

/**
 * One page of the visible incidents reported by each organisation in `organisationIds`, newest
 * first, in one statement; each row carries its `parent`, `position` and `total_count`.
 */
export function pageIncidentsByReporter(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  organisationIds: readonly string[],
  page: Page,
) {
  return selectPagesPerParent(
    db,
    db.selectFrom('security_incident').selectAll().where(visibleIncident(visibility)),
    { parent: 'reporter_organisation_id', parents: organisationIds, orderBy: sql`detected_at desc, id` },
    page,
  );
}

/** Incident figures of one Kommune, over the incidents the request may see. */
export interface IncidentStats {
  ars: string;
  open_count: number;
  last_incident_at: Date | null;
}

/**
 * For each Kommune in `arsList` that has visible incidents: how many are still open (not RESOLVED
 * or CLOSED) and when the newest was detected. Grouped in SQL, one statement for any number of
 * Kommunen; Kommunen without visible incidents are absent.
 */
export function incidentStatsByMunicipality(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  arsList: readonly string[],
): Promise<IncidentStats[]> {
  return db
    .selectFrom('security_incident_municipality as affected')
    .innerJoin('security_incident', 'security_incident.id', 'affected.incident_id')
    .select((eb) => [
      'affected.ars',
      eb.fn
        .count<number>('security_incident.id')
        .filterWhere('security_incident.status', 'not in', FINISHED_STATUSES)
        .as('open_count'),
      eb.fn.max<Date | null>('security_incident.detected_at').as('last_incident_at'),
    ])
    .where('affected.ars', 'in', arsList)
    .where(visibleIncident(visibility))
    .groupBy('affected.ars')
    .execute();
}
