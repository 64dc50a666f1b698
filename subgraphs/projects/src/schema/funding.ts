import { badUserInput, listSize } from '@kaz/subgraph-kit';
import { requireFundingTotalsRead } from '../access.ts';
import { builder } from '../builder.ts';
import { type FundingSumRow, sumFundingByYearAndSource } from '../db/funding.ts';
import { FUNDING_SOURCES, type FundingSource } from '../db/project-detail.ts';
import { PROJECT_YEARS } from '../validation.ts';
import { FundingSourceEnum } from './budget-line.ts';
import { BudgetLineRef } from './refs.ts';

/**
 * The concept's target: at least 1 Mio. Euro Land money for the programme a year (Umsetzungskonzept
 * Kaz, IT-Rat Brandenburg, 10.03.2021, §6 Finanzierung).
 */
export const LAND_FUNDING_TARGET_EUR = 1_000_000;

/** The most years one `programmeFunding` answers. */
const MAX_YEARS = 30;

builder.objectField(BudgetLineRef, 'spentEur', (t) =>
  t.exposeFloat('spent_eur', {
    nullable: true,
    description:
      'What of `amountEur` was actually spent (Ist, from the Haushaltsrechnung), in euros; null until the Kaz records ' +
      'the year’s accounts. Never more than `amountEur`.',
  }),
);

interface SourceSum {
  source: FundingSource;
  planned_eur: number;
  spent_eur: number | null;
}

interface FundingYear {
  year: number;
  sources: SourceSum[];
  land_project_count: number;
}

const FundingBySourceRef = builder.objectRef<SourceSum>('FundingBySource').implement({
  description:
    'The money of one funding source (Mittelgeber) in one year, over all projects of the programme. Owned by the Kaz ' +
    '(projects subgraph); summed from the projects’ budget lines (sample data).',
  fields: (t) => ({
    source: t.field({ type: FundingSourceEnum, description: 'Who provides the money.', resolve: (row) => row.source }),
    plannedEur: t.exposeFloat('planned_eur', {
      description: 'The planned amount (Soll) in euros: the sum of the budget lines; 0 when there is none.',
    }),
    spentEur: t.exposeFloat('spent_eur', {
      nullable: true,
      description:
        'What was spent (Ist) in euros: the sum of the recorded spending; null when none of the lines has its ' +
        'spending recorded yet (the year’s accounts are not closed).',
    }),
  }),
});

const ProgrammeFundingYearRef = builder.objectRef<FundingYear>('ProgrammeFundingYear').implement({
  description:
    'The funding of the Kaz programme in one budget year (Haushaltsjahr) against the concept’s target of at least ' +
    '1 Mio. Euro Land money a year (Umsetzungskonzept Kaz, §6). Owned by the Kaz (projects subgraph); summed from the ' +
    'projects’ budget lines (sample data).',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The budget year (Haushaltsjahr).' }),
    targetEur: t.float({
      description: 'The Land money the concept sets as the least for a year: 1 000 000 euros (§6).',
      resolve: () => LAND_FUNDING_TARGET_EUR,
    }),
    landPlannedEur: t.float({
      description: 'Land money planned (Soll) for the programme’s projects in this year, in euros.',
      resolve: (year) => landOf(year).planned_eur,
    }),
    landSpentEur: t.float({
      nullable: true,
      description: 'Land money spent (Ist) in this year, in euros; null while no spending of the year is recorded.',
      resolve: (year) => landOf(year).spent_eur,
    }),
    plannedMeetsTarget: t.boolean({
      description: 'Whether the Land money planned for the year reaches the target (§6: at least 1 Mio. Euro).',
      resolve: (year) => landOf(year).planned_eur >= LAND_FUNDING_TARGET_EUR,
    }),
    spentMeetsTarget: t.boolean({
      nullable: true,
      description:
        'Whether the Land money spent in the year reaches the target (§6); null while no spending is recorded.',
      resolve: (year) => {
        const spent = landOf(year).spent_eur;
        return spent === null ? null : spent >= LAND_FUNDING_TARGET_EUR;
      },
    }),
    landProjectCount: t.exposeInt('land_project_count', {
      description: 'The number of projects with Land money in this year.',
    }),
    bySource: t.field({
      directives: listSize(FUNDING_SOURCES.length),
      type: [FundingBySourceRef],
      description: 'The money per funding source: every source, in the order LAND, BUND, KOMMUNEN, EU, zeros included.',
      resolve: (year) => year.sources,
    }),
  }),
});

function landOf(year: FundingYear): SourceSum {
  return year.sources.find((row) => row.source === 'LAND') as SourceSum;
}

/** Every year of the range with every source (zeros where there are no lines), from the summed rows. */
function fundingYears(rows: readonly FundingSumRow[], fromYear: number, toYear: number): FundingYear[] {
  const years: FundingYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const ofYear = rows.filter((row) => row.year === year);
    years.push({
      year,
      sources: FUNDING_SOURCES.map((source) => {
        const row = ofYear.find((r) => r.source === source);
        return { source, planned_eur: row?.planned_eur ?? 0, spent_eur: row?.spent_eur ?? null };
      }),
      land_project_count: ofYear.find((r) => r.source === 'LAND')?.project_count ?? 0,
    });
  }
  return years;
}

builder.queryField('programmeFunding', (t) =>
  t.field({
    directives: listSize(MAX_YEARS),
    type: [ProgrammeFundingYearRef],
    nullable: true,
    description:
      'How much money went into the Kaz programme’s projects each budget year, by funding source, against the ' +
      'concept’s target of at least 1 Mio. Euro Land money a year (Umsetzungskonzept Kaz, §6); every year of the ' +
      'range, oldest first. Rule read.funding.totals: for the Kaz (projects:write) and every ministry (Ressort); null ' +
      'with FORBIDDEN (UNAUTHENTICATED without a token) for others.',
    args: {
      fromYear: t.arg.int({ required: true, description: 'The first budget year, e.g. 2021.' }),
      toYear: t.arg.int({ required: true, description: `The last budget year; at most ${MAX_YEARS} years in all.` }),
    },
    resolve: async (_root, { fromYear, toYear }, ctx) => {
      requireFundingTotalsRead(ctx.principal);
      for (const [field, year] of [
        ['fromYear', fromYear],
        ['toYear', toYear],
      ] as const) {
        if (year < PROJECT_YEARS.from || year > PROJECT_YEARS.to) {
          throw badUserInput(field, `must be a year between ${PROJECT_YEARS.from} and ${PROJECT_YEARS.to}`);
        }
      }
      if (toYear < fromYear) throw badUserInput('toYear', `must not be before fromYear (${fromYear})`);
      if (toYear - fromYear + 1 > MAX_YEARS) throw badUserInput('toYear', `must be at most ${MAX_YEARS} years in all`);
      return fundingYears(await sumFundingByYearAndSource(ctx.db, fromYear, toYear), fromYear, toYear);
    },
  }),
);
