import { listSize } from '@kaz/subgraph-kit';
import { requireLicenceOverview } from '../access.ts';
import { builder } from '../builder.ts';
import {
  type LicenceDistrictRow,
  type LicenceTotalsRow,
  licenceStatisticsByDistrict,
  licenceTotals,
} from '../db/licence-statistics.ts';
import { MunicipalityRef } from './refs.ts';

const LicenceDistrictStatisticsRef = builder.objectRef<LicenceDistrictRow>('LicenceDistrictStatistics');
const LicenceTotalsRef = builder.objectRef<LicenceTotalsRow>('LicenceTotals');

LicenceDistrictStatisticsRef.implement({
  description:
    'Licence figures of one district: a Landkreis with all its Kommunen (its own allocations included), or a ' +
    'kreisfreie Stadt. Computed in the database.',
  fields: (t) => ({
    district: t.field({
      type: MunicipalityRef,
      description:
        'The Landkreis or kreisfreie Stadt: the first 5 digits of the allocated Kommunen\'s ARS padded with "0000000".',
      resolve: (row) => ({ ars: row.district_ars }),
    }),
    allocatedSeats: t.exposeInt('allocated_seats', {
      description: 'Seats of all licences allocated to Kommunen in the district.',
    }),
    licenceCount: t.exposeInt('licence_count', {
      description: 'Number of distinct licences with at least one allocation in the district.',
    }),
    annualCostEur: t.exposeFloat('annual_cost_eur', {
      description:
        "The district's share of the annual licence cost in euros net of VAT: per allocation annualCostEur × " +
        'allocated seats / licence seats, rounded to cents, summed.',
    }),
  }),
});

LicenceTotalsRef.implement({
  description: 'Figures over all licences of the Kaz, computed in the database.',
  fields: (t) => ({
    seats: t.exposeInt('seats', { description: 'Seats of all licences together.' }),
    allocatedSeats: t.exposeInt('allocated_seats', { description: 'Seats allocated to Kommunen, all licences.' }),
    annualCostEur: t.exposeFloat('annual_cost_eur', {
      description: 'Annual cost of all licences in euros net of VAT.',
    }),
  }),
});

builder.queryFields((t) => ({
  licenceStatistics: t.field({
    directives: listSize(20),
    type: [LicenceDistrictStatisticsRef],
    // Nullable, so that a denied request fails on its own path and leaves the rest of the result intact.
    nullable: true,
    description:
      'Licence figures per district (Landkreis or kreisfreie Stadt) that has allocations, ordered by district ARS; ' +
      'one SQL statement. Needs the scope contracts:write (rule read.licence); null with UNAUTHENTICATED or ' +
      'FORBIDDEN otherwise.',
    resolve: async (_root, _args, ctx) => {
      requireLicenceOverview(ctx.principal, 'licence statistics');
      return licenceStatisticsByDistrict(ctx.db);
    },
  }),
  licenceTotals: t.field({
    type: LicenceTotalsRef,
    nullable: true,
    description:
      'Seats, allocated seats and annual cost over all licences; one SQL statement. Needs the scope ' +
      'contracts:write (rule read.licence); null with UNAUTHENTICATED or FORBIDDEN otherwise.',
    resolve: async (_root, _args, ctx) => {
      requireLicenceOverview(ctx.principal, 'licence totals');
      return licenceTotals(ctx.db);
    },
  }),
}));
