import { containsPattern, type Page, type PageOf, selectPage, selectPagesPerParent } from '@kaz/subgraph-kit';

import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from './database.ts';

/** The kinds of Kommune, as stored and as exposed in the schema. */
export const MUNICIPALITY_KINDS = [
  'LANDKREIS',
  'KREISFREIE_STADT',
  'AMT',
  'VERBANDSGEMEINDE',
  'MITVERWALTUNG',
  'AMTSFREIE_GEMEINDE',
  'AMTSANGEHOERIGE_GEMEINDE',
  'ORTSGEMEINDE',
  'MITVERWALTETE_GEMEINDE',
] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/**
 * Kinds that are Gemeinden (members of a Landkreis, and of the Amt, Verbandsgemeinde or Mitverwaltung
 * that administers them).
 */
export const GEMEINDE_KINDS: MunicipalityKind[] = [
  'KREISFREIE_STADT',
  'AMTSFREIE_GEMEINDE',
  'AMTSANGEHOERIGE_GEMEINDE',
  'ORTSGEMEINDE',
  'MITVERWALTETE_GEMEINDE',
];

export interface MunicipalityTable {
  ars: string;
  ags: string | null;
  name: string;
  display_name: string;
  kind: MunicipalityKind;
  district_ars: string | null;
  amt_ars: string | null;
  seat: string | null;
  postal_code: string | null;
  population: number | null;
  area_km2: number | null;
  figures_date: string | null;
  territorial_status_date: string;
  /** The day the Kommune ended (merged, dissolved, or renumbered into another ARS); null while it exists. */
  dissolved_on: string | null;
  /** The Kommune it went into; only with `dissolved_on`. */
  successor_ars: string | null;
  /** The day from which name, kind, Landkreis and Amt hold; null when so since the first edition loaded. */
  valid_from: string | null;
}

export type MunicipalityRow = Selectable<MunicipalityTable>;

/** A filter on the list of Kommunen; all given parts must match. */
export interface MunicipalityFilter {
  kinds?: readonly MunicipalityKind[] | null | undefined;
  districtArs?: string | null | undefined;
  amtArs?: string | null | undefined;
  nameContains?: string | null | undefined;
  populationMin?: number | null | undefined;
  populationMax?: number | null | undefined;
  /** Dissolved Kommunen too (default: only current ones). */
  includeDissolved?: boolean | null | undefined;
}

/** Kommunen by ARS; missing keys are simply absent. */
export function findMunicipalitiesByArs(db: Kysely<Database>, ars: readonly string[]) {
  return db.selectFrom('municipality').selectAll().where('ars', 'in', ars).execute();
}

/**
 * Kommunen by AGS, one per AGS: the current one, or when there is none the one dissolved last (an AGS
 * stays with its Gemeinde when it changes Amt, under a new ARS); missing keys are simply absent.
 */
export function findMunicipalitiesByAgs(db: Kysely<Database>, ags: readonly string[]) {
  return db
    .selectFrom('municipality')
    .selectAll()
    .distinctOn('ags')
    .where('ags', 'in', ags)
    .orderBy('ags')
    .orderBy(sql`dissolved_on desc nulls first`)
    .execute();
}

function filtered(db: Kysely<Database>, filter: MunicipalityFilter) {
  let query = db.selectFrom('municipality');
  if (!filter.includeDissolved) query = query.where('dissolved_on', 'is', null);
  if (filter.kinds && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  if (filter.districtArs) query = query.where('district_ars', '=', filter.districtArs);
  if (filter.amtArs) query = query.where('amt_ars', '=', filter.amtArs);
  if (filter.nameContains) {
    query = query.where(sql<string>`lower(name)`, 'like', containsPattern(filter.nameContains));
  }
  if (filter.populationMin != null) query = query.where('population', '>=', filter.populationMin);
  if (filter.populationMax != null) query = query.where('population', '<=', filter.populationMax);
  return query;
}

/**
 * The current mitverwaltende Gemeinde of each Mitverwaltung in `mitverwaltungen` (by ARS), in one
 * statement: the amtsfreie Gemeinde whose ARS carries the Mitverwaltung's Verband key (the first nine
 * digits). Each row carries the Mitverwaltung's ARS as `mitverwaltung`; a key without one is absent.
 */
export function findMitverwaltendeGemeinden(db: Kysely<Database>, mitverwaltungen: readonly string[]) {
  return db
    .selectFrom('municipality')
    .selectAll()
    .select(sql<string>`substr(ars, 1, 9) || '000'`.as('mitverwaltung'))
    .where('kind', '=', 'AMTSFREIE_GEMEINDE')
    .where('dissolved_on', 'is', null)
    .where(sql<string>`substr(ars, 1, 9) || '000'`, 'in', mitverwaltungen)
    .execute();
}

/**
 * One page of Kommunen matching the filter, ordered by ARS, and the number of all that match; with
 * `columns`, the rows carry only those (see `connectionColumns`), else all.
 */
export function listMunicipalities(
  db: Kysely<Database>,
  filter: MunicipalityFilter,
  page: Page,
  columns?: readonly MunicipalityColumn[],
) {
  return selectPage(filtered(db, filter), page, (query) =>
    // A row of some columns is typed as a whole one: only the resolvers of the selected fields read it.
    (columns ? query.select(columns) : query.selectAll()).orderBy('ars'),
  ) as Promise<PageOf<MunicipalityRow & { total_count: number }>>;
}

/** A column of the municipality table. */
export type MunicipalityColumn = keyof MunicipalityTable & string;

/**
 * One page of the Gemeinden of each Landkreis, Amt, Verbandsgemeinde or Mitverwaltung in `parents`
 * (by ARS), in one statement; each row carries its `parent`, `position` and `total_count`. Current
 * Gemeinden only unless `includeDissolved`.
 */
export function pageMembers(db: Kysely<Database>, parents: readonly string[], page: Page, includeDissolved = false) {
  const gemeinden = () => {
    const query = db.selectFrom('municipality').selectAll().where('kind', 'in', GEMEINDE_KINDS);
    return includeDissolved ? query : query.where('dissolved_on', 'is', null);
  };
  // A Gemeinde is a member of its Landkreis and of its Amt: one row for each.
  const members = gemeinden()
    .select(sql<string>`district_ars`.as('member_of'))
    .unionAll(gemeinden().select(sql<string>`amt_ars`.as('member_of')));
  return selectPagesPerParent(
    db,
    db.selectFrom(members.as('member')).selectAll(),
    { parent: 'member_of', parents, orderBy: sql`ars` },
    page,
  );
}
