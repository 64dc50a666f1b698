import { type Page, selectPagesPerParent } from '@kaz/subgraph-kit';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

/** The rollout states of an OZG-Leistung at one Kommune, in their order. */
export const OZG_ROLLOUT_STATUSES = ['PLANNED', 'IN_PROGRESS', 'ONLINE'] as const;
export type OzgRolloutStatus = (typeof OZG_ROLLOUT_STATUSES)[number];

/** The 16 Länder by their usual two-letter code, the "Einer für Alle" (EfA) sources of an online service. */
export const LAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type Land = (typeof LAENDER)[number];

/**
 * The LeiKa-Typen in which a Kommune executes the law ("2/3" Bund regulates, Land or Kommune
 * executes; "3" Bund regulates, Kommune executes; "5" Land regulates, Kommune executes; "6" the
 * Kommune regulates and executes). An OZG-Leistung with one of them is one a Kommune may have to deliver.
 */
export const KOMMUNAL_LEIKA_TYPES = ['2/3', '3', '5', '6'] as const;

export interface OzgRolloutTable {
  /** ARS of the Kommune that delivers the Leistung. */
  ars: string;
  ozg_service_id: string;
  status: OzgRolloutStatus;
  online_since: string | null;
  efa_source: Land | null;
  is_sample: boolean;
  version: number;
}

export type OzgRolloutRow = Selectable<OzgRolloutTable>;

/** The rollout of one OZG-Leistung at one Kommune, or undefined; locked for update in a transaction. */
export function lockOzgRollout(db: Kysely<Database>, ars: string, ozgServiceId: string) {
  return db
    .selectFrom('ozg_rollout')
    .selectAll()
    .where('ars', '=', ars)
    .where('ozg_service_id', '=', ozgServiceId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * One page of the rollout records of each Kommune in `parents` (by ARS), ordered by OZG-ID, only
 * those of `status` when given; one statement for all parents.
 */
export function pageRolloutsOfMunicipalities(
  db: Kysely<Database>,
  parents: readonly string[],
  status: OzgRolloutStatus | null,
  page: Page,
) {
  let rows = db.selectFrom('ozg_rollout').selectAll();
  if (status) rows = rows.where('status', '=', status);
  return selectPagesPerParent(db, rows, { parent: 'ozg_rollout.ars', parents, orderBy: sql`ozg_service_id` }, page);
}

/** One page of the rollout records of each OZG-Leistung in `parents`, ordered by ARS; one statement. */
export function pageRolloutsOfOzgServices(db: Kysely<Database>, parents: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('ozg_rollout').selectAll(),
    { parent: 'ozg_rollout.ozg_service_id', parents, orderBy: sql`ars` },
    page,
  );
}

/** The number of rollout records per status of each OZG-Leistung in `ids`; a status without records is absent. */
export function countRolloutsOfOzgServices(db: Kysely<Database>, ids: readonly string[]) {
  return db
    .selectFrom('ozg_rollout')
    .select(['ozg_service_id', 'status', sql<number>`count(*)::int`.as('n')])
    .where('ozg_service_id', 'in', ids)
    .groupBy(['ozg_service_id', 'status'])
    .execute();
}

/** How the coverage figures are grouped. */
export type CoverageGrouping = 'LANDKREIS' | 'THEMENFELD' | 'LANDKREIS_AND_THEMENFELD';

/** One group of the coverage figures: its Landkreis key (5 digits) and/or Themenfeld, and counts per status. */
export interface CoverageRow {
  district: string | null;
  themenfeld: string | null;
  planned: number;
  in_progress: number;
  online: number;
  kommunen: number;
}

/**
 * The rollout records counted per status, grouped by Landkreis (the first five digits of the ARS:
 * the Landkreis of a Gemeinde or Amt, or the kreisfreie Stadt itself) and/or by Themenfeld, ordered
 * by Landkreis, then Themenfeld (code point order); one statement.
 */
export async function rolloutCoverage(db: Kysely<Database>, grouping: CoverageGrouping): Promise<CoverageRow[]> {
  const byDistrict = grouping !== 'THEMENFELD';
  const byThemenfeld = grouping !== 'LANDKREIS';
  const district = byDistrict ? sql<string>`substr(r.ars, 1, 5)` : sql<null>`null::text`;
  const themenfeld = byThemenfeld ? sql<string>`s.themenfeld` : sql<null>`null::text`;
  const groups = [...(byDistrict ? [sql`substr(r.ars, 1, 5)`] : []), ...(byThemenfeld ? [sql`s.themenfeld`] : [])];
  const result = await sql<CoverageRow>`
    select ${district} as district, ${themenfeld} as themenfeld,
      (count(*) filter (where r.status = 'PLANNED'))::int as planned,
      (count(*) filter (where r.status = 'IN_PROGRESS'))::int as in_progress,
      (count(*) filter (where r.status = 'ONLINE'))::int as online,
      count(distinct r.ars)::int as kommunen
    from ozg_rollout r join ozg_service s on s.id = r.ozg_service_id
    group by ${sql.join(groups)}
    order by ${sql.join(groups.map((g) => sql`${g} collate "C"`))}`.execute(db);
  return result.rows;
}

/** The obligations of one delivering Kommune: an OZG-Leistung, with the Kommune's rollout record when there is one. */
export interface ObligationRow {
  parent: string;
  ozg_service_id: string;
  status: OzgRolloutStatus | null;
  position: number;
  total_count: number;
}

/**
 * One page of the OZG-Leistungen that each delivering Kommune in `parents` (by ARS) must deliver
 * (those with a LeiKa-Typ of KOMMUNAL_LEIKA_TYPES), ordered by OZG-ID, with that Kommune's rollout
 * status (null: none recorded); with `onlyOpen` only those not ONLINE there. One statement.
 */
export function pageObligations(
  db: Kysely<Database>,
  parents: readonly string[],
  onlyOpen: boolean,
  page: Page,
): Promise<ObligationRow[]> {
  const loose = db as unknown as Kysely<any>;
  let rows = loose
    .selectFrom(sql`unnest(${sql.val([...parents])}::text[])`.as<'p'>(sql`p(ars)`))
    .innerJoin('ozg_service as s', (join) =>
      join.on(sql<boolean>`s.leika_types && ${sql.val([...KOMMUNAL_LEIKA_TYPES])}::text[]`),
    )
    .leftJoin('ozg_rollout as r', (join) => join.onRef('r.ozg_service_id', '=', 's.id').onRef('r.ars', '=', 'p.ars'))
    .select(['s.id as ozg_service_id', 'r.status as status']);
  if (onlyOpen) rows = rows.where((eb: any) => eb.or([eb('r.status', 'is', null), eb('r.status', '<>', 'ONLINE')]));
  return selectPagesPerParent(loose, rows, { parent: 'p.ars', parents, orderBy: sql`s.id` }, page) as Promise<
    ObligationRow[]
  >;
}

/** Per delivering Kommune in `parents`: how many OZG-Leistungen it must deliver, and how many of them per status. */
export async function countObligations(db: Kysely<Database>, parents: readonly string[]) {
  const result = await sql<{ ars: string; total: number; planned: number; in_progress: number; online: number }>`
    select p.ars, count(*)::int as total,
      (count(*) filter (where r.status = 'PLANNED'))::int as planned,
      (count(*) filter (where r.status = 'IN_PROGRESS'))::int as in_progress,
      (count(*) filter (where r.status = 'ONLINE'))::int as online
    from unnest(${sql.val([...parents])}::text[]) as p(ars)
    join ozg_service s on s.leika_types && ${sql.val([...KOMMUNAL_LEIKA_TYPES])}::text[]
    left join ozg_rollout r on r.ozg_service_id = s.id and r.ars = p.ars
    group by p.ars`.execute(db);
  return result.rows;
}

/** One page of the OZG-Leistungen each ministry in `parents` leads (Federführung), ordered by OZG-ID; one statement. */
export function pageOzgServicesLedBy(db: Kysely<Database>, parents: readonly string[], page: Page) {
  return selectPagesPerParent(
    db,
    db.selectFrom('ozg_service').selectAll(),
    { parent: 'ozg_service.lead_ministry_id', parents, orderBy: sql`id` },
    page,
  );
}
