import type { Kysely, Selectable } from 'kysely';
import type { AuditColumns } from './audit.ts';
import type { Database } from './database.ts';
import { enumPosition } from './sql.ts';

/** The areas of responsibility (Zuständigkeiten) that the graph tracks over time. */
export const RESPONSIBILITY_AREAS = [
  'E_GOVERNMENT',
  'KOMMUNALAUFSICHT',
  'DATA_PROTECTION_SUPERVISION',
  'IT_SECURITY',
  'STATE_IT_SERVICES',
  'KOMMUNALPAKT_COORDINATION',
] as const;
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

/** One period in which one organisation holds one area; `valid_to` is the last day (inclusive), null while it lasts. */
export interface ResponsibilityTable extends AuditColumns {
  area: ResponsibilityArea;
  organisation_id: string;
  valid_from: string;
  valid_to: string | null;
  note: string | null;
  is_sample: boolean;
}

export type ResponsibilityRow = Selectable<ResponsibilityTable>;

/** The periods of every organisation in `organisationIds`, ordered by organisation, area, start. */
export function findResponsibilitiesOf(db: Kysely<Database>, organisationIds: readonly string[]) {
  return db
    .selectFrom('responsibility')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .orderBy('organisation_id')
    .orderBy(enumPosition('area', RESPONSIBILITY_AREAS))
    .orderBy('valid_from')
    .execute();
}

/** All periods, or those of one area, ordered by area (in the order of RESPONSIBILITY_AREAS), then start. */
export function listResponsibilities(db: Kysely<Database>, area: ResponsibilityArea | null | undefined) {
  let query = db.selectFrom('responsibility').selectAll();
  if (area) query = query.where('area', '=', area);
  return query.orderBy(enumPosition('area', RESPONSIBILITY_AREAS)).orderBy('valid_from').execute();
}

/** The period of `area` that covers the day `on` (YYYY-MM-DD), or undefined when nobody held it then. */
export function findResponsibilityOn(db: Kysely<Database>, area: ResponsibilityArea, on: string) {
  return db
    .selectFrom('responsibility')
    .selectAll()
    .where('area', '=', area)
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', on)]))
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
}
