import { containsPattern, type Page, selectPage } from '@kaz/subgraph-kit';

import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

export interface OzgServiceTable {
  /** OZG-ID, 5 digits. */
  id: string;
  name: string;
  themenfeld: string;
  lebenslage: string | null;
  leika_keys: string[];
  leika_types: string[];
  source_date: string;
  /** Key of the ministry that leads the Leistung in Brandenburg (Federführung); null when not known. */
  lead_ministry_id: string | null;
  /** True when `lead_ministry_id` is a SAMPLE assignment, not a published one. */
  lead_ministry_is_sample: Generated<boolean>;
}

export type OzgServiceRow = Selectable<OzgServiceTable>;

/** A filter on the OZG-Leistungen; all given parts must match. */
export interface OzgServiceFilter {
  themenfeld?: string | null | undefined;
  nameContains?: string | null | undefined;
  leikaKey?: string | null | undefined;
}

/** OZG-Leistungen by OZG-ID; missing keys are simply absent. */
export function findOzgServicesByIds(db: Kysely<Database>, ids: readonly string[]) {
  return db.selectFrom('ozg_service').selectAll().where('id', 'in', ids).execute();
}

function filtered(db: Kysely<Database>, filter: OzgServiceFilter) {
  let query = db.selectFrom('ozg_service');
  if (filter.themenfeld) query = query.where('themenfeld', '=', filter.themenfeld);
  if (filter.nameContains) query = query.where(sql<string>`lower(name)`, 'like', containsPattern(filter.nameContains));
  // `@>` rather than `= any(...)` so that the GIN index on leika_keys is used.
  if (filter.leikaKey) query = query.where(sql<boolean>`leika_keys @> array[${filter.leikaKey}]::text[]`);
  return query;
}

/** One page of OZG-Leistungen matching the filter, ordered by OZG-ID, and the number of all that match. */
export async function listOzgServices(db: Kysely<Database>, filter: OzgServiceFilter, page: Page) {
  return selectPage(filtered(db, filter), page, (query) => query.selectAll().orderBy('id'));
}

/** The distinct Themenfelder, sorted by code point (the same order on PGlite and PostgreSQL). */
export async function listThemenfelder(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('ozg_service')
    .select('themenfeld')
    .groupBy('themenfeld')
    .orderBy(sql`themenfeld collate "C"`)
    .execute();
  return rows.map((row) => row.themenfeld);
}

/** The OZG-Leistungen of each project in `projectIds`, each row with its `project_id`, ordered by OZG-ID. */
export function findOzgServicesOfProjects(db: Kysely<Database>, projectIds: readonly string[]) {
  return db
    .selectFrom('project_ozg_service')
    .innerJoin('ozg_service', 'ozg_service.id', 'project_ozg_service.ozg_service_id')
    .selectAll('ozg_service')
    .select('project_ozg_service.project_id')
    .where('project_ozg_service.project_id', 'in', projectIds)
    .orderBy('project_ozg_service.project_id')
    .orderBy('ozg_service.id')
    .execute();
}
