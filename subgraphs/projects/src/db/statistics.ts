import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import { PROJECT_PHASES, type ProjectPhase } from './project.ts';
import type { FundingSource } from './project-detail.ts';

// Every function here is ONE statement that counts or sums with GROUP BY in the database; the
// resolvers only pass the rows on. Counts are cast to int so that they come back as numbers.

/**
 * The district (Landkreis or kreisfreie Stadt) of a Kommune: the first 5 digits of its ARS (Land,
 * Regierungsbezirk, Kreis) padded with zeros. For a kreisfreie Stadt or a Landkreis that is its own ARS.
 */
function districtOf(column: string) {
  return sql<string>`substr(${sql.ref(column)}, 1, 5) || '0000000'`;
}

/** The number of projects in each phase, every phase (zero counts included), in lifecycle order. */
export function countProjectsByPhase(db: Kysely<Database>) {
  // A VALUES list of all phases with their position, left-joined, so that empty phases count 0.
  const phases = sql.join(PROJECT_PHASES.map((phase, index) => sql`(${phase}::text, ${index}::int)`));
  return sql<{ phase: ProjectPhase; project_count: number }>`
    select phases.phase, count(project.id)::int as project_count
    from (values ${phases}) as phases(phase, position)
    left join project on project.phase = phases.phase
    group by phases.phase, phases.position
    order by phases.position`
    .execute(db)
    .then((result) => result.rows);
}

/**
 * Per district with at least one participating Kommune: the number of distinct projects and of
 * distinct participating Kommunen (ARS), ordered by the district's ARS.
 */
export function countProjectsByDistrict(db: Kysely<Database>) {
  const district = districtOf('project_municipality.ars');
  return db
    .selectFrom('project_municipality')
    .select([
      district.as('district_ars'),
      sql<number>`count(distinct project_municipality.project_id)::int`.as('project_count'),
      sql<number>`count(distinct project_municipality.ars)::int`.as('participating_kommunen'),
    ])
    .groupBy(district)
    .orderBy(district)
    .execute();
}

/**
 * Per Themenfeld of the OZG-Umsetzungskatalog (all of them, zero counts included): the number of
 * distinct projects with at least one OZG-Leistung of that Themenfeld, ordered by code point.
 */
export function countProjectsByThemenfeld(db: Kysely<Database>) {
  return db
    .selectFrom('ozg_service')
    .leftJoin('project_ozg_service', 'project_ozg_service.ozg_service_id', 'ozg_service.id')
    .select([
      'ozg_service.themenfeld',
      sql<number>`count(distinct project_ozg_service.project_id)::int`.as('project_count'),
    ])
    .groupBy('ozg_service.themenfeld')
    .orderBy(sql`ozg_service.themenfeld collate "C"`)
    .execute();
}

/**
 * Per district with at least one participating Kommune: the number of distinct OZG-Leistungen the
 * projects with a participant in that district work on, and the number of distinct participating
 * Kommunen there, ordered by the district's ARS.
 */
export function countOzgCoverageByDistrict(db: Kysely<Database>) {
  const district = districtOf('project_municipality.ars');
  return db
    .selectFrom('project_municipality')
    .leftJoin('project_ozg_service', 'project_ozg_service.project_id', 'project_municipality.project_id')
    .select([
      district.as('district_ars'),
      sql<number>`count(distinct project_ozg_service.ozg_service_id)::int`.as('ozg_service_count'),
      sql<number>`count(distinct project_municipality.ars)::int`.as('kommunen_count'),
    ])
    .groupBy(district)
    .orderBy(district)
    .execute();
}

/** The budget of all projects summed per year and funding source, ordered by year, then source. */
export function sumBudgetByYearAndSource(db: Kysely<Database>) {
  return db
    .selectFrom('budget_line')
    .select(['year', 'source', sql<number>`sum(amount_eur)`.as('amount_eur')])
    .groupBy(['year', 'source'])
    .orderBy('year')
    .orderBy('source')
    .execute() as Promise<{ year: number; source: FundingSource; amount_eur: number }[]>;
}
