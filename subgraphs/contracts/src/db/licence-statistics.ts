import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';

/** The figures of one district (Landkreis or kreisfreie Stadt), as `licenceStatistics` returns them. */
export interface LicenceDistrictRow {
  /** ARS of the district: the first 5 digits of a Kommune's ARS padded with seven zeros. */
  district_ars: string;
  allocated_seats: number;
  licence_count: number;
  annual_cost_eur: number;
}

/** The figures over all licences, as `licenceTotals` returns them. */
export interface LicenceTotalsRow {
  seats: number;
  allocated_seats: number;
  annual_cost_eur: number;
}

/**
 * Allocated seats, distinct licences and the share of the annual cost per district, in one
 * statement ordered by district ARS. Each allocation carries annualCost × its seats / the
 * licence's seats, rounded to cents per allocation (a licence with 0 seats has no allocations,
 * and nullif keeps a division by zero out anyway).
 */
export async function licenceStatisticsByDistrict(db: Kysely<Database>): Promise<LicenceDistrictRow[]> {
  const district = sql<string>`substr(a.ars, 1, 5) || '0000000'`;
  const rows = await db
    .selectFrom('licence_allocation as a')
    .innerJoin('licence as l', 'l.id', 'a.licence_id')
    .select([
      district.as('district_ars'),
      sql<number>`cast(sum(a.seats) as integer)`.as('allocated_seats'),
      sql<number>`cast(count(distinct a.licence_id) as integer)`.as('licence_count'),
      sql<number>`coalesce(sum(round(l.annual_cost_eur * a.seats / nullif(l.seats, 0), 2)), 0)`.as('annual_cost_eur'),
    ])
    .groupBy(district)
    .orderBy(district)
    .execute();
  // numeric may arrive as a string, depending on the driver's type parsers; the schema wants numbers.
  return rows.map((r) => ({ ...r, annual_cost_eur: Number(r.annual_cost_eur) }));
}

/**
 * Seats, allocated seats and annual cost over all licences in one statement. The allocated seats
 * are summed in a subquery per licence so that the join does not count a licence's seats and
 * cost once per allocation.
 */
export async function licenceTotals(db: Kysely<Database>): Promise<LicenceTotalsRow> {
  const row = await db
    .selectFrom('licence as l')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('licence_allocation')
          .select(['licence_id', sql<number>`sum(seats)`.as('allocated')])
          .groupBy('licence_id')
          .as('a'),
      (join) => join.onRef('a.licence_id', '=', 'l.id'),
    )
    .select([
      sql<number>`cast(coalesce(sum(l.seats), 0) as integer)`.as('seats'),
      sql<number>`cast(coalesce(sum(a.allocated), 0) as integer)`.as('allocated_seats'),
      sql<number>`coalesce(sum(l.annual_cost_eur), 0)`.as('annual_cost_eur'),
    ])
    .executeTakeFirstOrThrow();
  return { ...row, annual_cost_eur: Number(row.annual_cost_eur) };
}
