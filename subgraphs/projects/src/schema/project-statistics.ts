import { listSize } from '@kaz/subgraph-kit';
import { requireBudgetTotalsRead } from '../access.ts';
import { builder } from '../builder.ts';
import {
  countOzgCoverageByDistrict,
  countProjectsByDistrict,
  countProjectsByPhase,
  countProjectsByThemenfeld,
  sumBudgetByYearAndSource,
} from '../db/statistics.ts';
import { FundingSourceEnum } from './budget-line.ts';
import { ProjectPhaseEnum } from './project-enums.ts';
import { MunicipalityRef } from './refs.ts';

// Numbers for dashboards. Each list is one GROUP BY statement, run only when its field is asked for,
// so the whole `projectStatistics` costs at most five statements.

/** The root of the statistics; it carries nothing, each field queries on its own. */
type Statistics = { readonly statistics: true };

type PhaseCount = Awaited<ReturnType<typeof countProjectsByPhase>>[number];
type DistrictCount = Awaited<ReturnType<typeof countProjectsByDistrict>>[number];
type ThemenfeldCount = Awaited<ReturnType<typeof countProjectsByThemenfeld>>[number];
type Coverage = Awaited<ReturnType<typeof countOzgCoverageByDistrict>>[number];
type BudgetSum = Awaited<ReturnType<typeof sumBudgetByYearAndSource>>[number];

const DISTRICT_DESCRIPTION =
  'The district: a Landkreis or a kreisfreie Stadt (first 5 digits of the ARS of the Kommune, padded with zeros; ' +
  'a kreisfreie Stadt is its own district).';

const ProjectPhaseCountRef = builder.objectRef<PhaseCount>('ProjectPhaseCount').implement({
  description: 'How many projects are in one phase.',
  fields: (t) => ({
    phase: t.field({ type: ProjectPhaseEnum, description: 'The phase.', resolve: (row) => row.phase }),
    projectCount: t.exposeInt('project_count', { description: 'The number of projects in this phase (0 or more).' }),
  }),
});

const DistrictProjectCountRef = builder.objectRef<DistrictCount>('DistrictProjectCount').implement({
  description: 'How many projects and participating Kommunen one Landkreis or kreisfreie Stadt has.',
  fields: (t) => ({
    district: t.field({
      type: MunicipalityRef,
      description: DISTRICT_DESCRIPTION,
      resolve: (row) => ({ ars: row.district_ars }),
    }),
    projectCount: t.exposeInt('project_count', {
      description: 'The number of distinct projects with at least one participating Kommune in this district.',
    }),
    participatingKommunen: t.exposeInt('participating_kommunen', {
      description:
        'The number of distinct participating Kommunen (ARS) in this district: the Landkreis or kreisfreie Stadt ' +
        'itself, its Ämter and Gemeinden.',
    }),
  }),
});

const ThemenfeldProjectCountRef = builder.objectRef<ThemenfeldCount>('ThemenfeldProjectCount').implement({
  description: 'How many projects work on OZG-Leistungen of one Themenfeld (OZG subject area).',
  fields: (t) => ({
    themenfeld: t.exposeString('themenfeld', {
      description: 'Themenfeld: the OZG subject area, e.g. "Familie & Kind" (exact name, see `themenfelder`).',
    }),
    projectCount: t.exposeInt('project_count', {
      description: 'The number of distinct projects with at least one OZG-Leistung of this Themenfeld (0 or more).',
    }),
  }),
});

const OzgCoverageRef = builder.objectRef<Coverage>('OzgCoverage').implement({
  description: 'How many OZG-Leistungen the projects in one Landkreis or kreisfreie Stadt cover.',
  fields: (t) => ({
    district: t.field({
      type: MunicipalityRef,
      description: DISTRICT_DESCRIPTION,
      resolve: (row) => ({ ars: row.district_ars }),
    }),
    ozgServiceCount: t.exposeInt('ozg_service_count', {
      description:
        'The number of distinct OZG-Leistungen worked on by the projects with at least one participating Kommune in ' +
        'this district.',
    }),
    kommunenCount: t.exposeInt('kommunen_count', {
      description: 'The number of distinct participating Kommunen (ARS) in this district.',
    }),
  }),
});

const BudgetSumRef = builder.objectRef<BudgetSum>('BudgetSum').implement({
  description: 'The budget of all projects from one funding source in one year.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Budget year (Haushaltsjahr).' }),
    source: t.field({ type: FundingSourceEnum, description: 'Who provides the money.', resolve: (row) => row.source }),
    amountEur: t.exposeFloat('amount_eur', {
      description: 'The sum in euros over all projects (two decimal places).',
    }),
  }),
});

const ProjectStatisticsRef = builder.objectRef<Statistics>('ProjectStatistics').implement({
  description:
    'Numbers about all digitalisation projects for dashboards, counted in the database. Each list costs one ' +
    'statement, and only when it is asked for.',
  fields: (t) => ({
    byPhase: t.field({
      directives: listSize(10),
      type: [ProjectPhaseCountRef],
      description: 'The number of projects per phase: every phase, zero counts included, in lifecycle order.',
      resolve: (_root, _args, ctx) => countProjectsByPhase(ctx.db),
    }),
    byDistrict: t.field({
      directives: listSize(20),
      type: [DistrictProjectCountRef],
      description:
        'Per Landkreis or kreisfreie Stadt, the projects and participating Kommunen there, ordered by the ARS of the ' +
        'district. Districts without any participating Kommune are ABSENT (not listed with zero).',
      resolve: (_root, _args, ctx) => countProjectsByDistrict(ctx.db),
    }),
    byThemenfeld: t.field({
      directives: listSize(50),
      type: [ThemenfeldProjectCountRef],
      description:
        'The number of projects per Themenfeld of the OZG-Umsetzungskatalog: every Themenfeld, zero counts ' +
        'included, ordered by name (code point order). A project with Leistungen of several Themenfelder counts in each.',
      resolve: (_root, _args, ctx) => countProjectsByThemenfeld(ctx.db),
    }),
    ozgCoverage: t.field({
      directives: listSize(50),
      type: [OzgCoverageRef],
      description:
        'Per Landkreis or kreisfreie Stadt, how many OZG-Leistungen its projects cover, ordered by the ARS of the ' +
        'district. Districts without any participating Kommune are ABSENT (not listed with zero).',
      resolve: (_root, _args, ctx) => countOzgCoverageByDistrict(ctx.db),
    }),
    budgetByYearAndSource: t.field({
      directives: listSize(500),
      type: [BudgetSumRef],
      nullable: true,
      description:
        'The budget of all projects summed per year and funding source, ordered by year, then source. Internal ' +
        '(read.project.internal): only for the Kaz (projects:write), which sees every budget; null with FORBIDDEN ' +
        '(UNAUTHENTICATED without a token) for others.',
      resolve: (_root, _args, ctx) => {
        requireBudgetTotalsRead(ctx.principal);
        return sumBudgetByYearAndSource(ctx.db);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  projectStatistics: t.field({
    nullable: true,
    type: ProjectStatisticsRef,
    description:
      'Numbers about all digitalisation projects for dashboards (per phase, district, Themenfeld; OZG coverage; ' +
      'budget sums), counted in the database.',
    resolve: () => ({ statistics: true }) as const,
  }),
}));
