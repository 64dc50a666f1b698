import { expectError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();

const FUNDING = `query ($from: Int!, $to: Int!) { programmeFunding(fromYear: $from, toYear: $to) {
  year targetEur landPlannedEur landSpentEur plannedMeetsTarget spentMeetsTarget landProjectCount
  bySource { source plannedEur spentEur }
} }`;

/** The sample budget lines of one year and source, summed the way the query must sum them. */
function expected(year: number, source: string) {
  const lines = sampleProjects()
    .flatMap((p) => p.budgetLines)
    .filter((line) => line.year === year && line.source === source);
  const spent = lines.filter((line) => line.spent_eur != null);
  return {
    planned: lines.reduce((sum, line) => sum + Number(line.amount_eur), 0),
    spent: spent.length === 0 ? null : spent.reduce((sum, line) => sum + Number(line.spent_eur), 0),
    projects: new Set(lines.map((line) => line.project_id)).size,
  };
}

describe('programmeFunding (Umsetzungskonzept Kaz §6: at least 1 Mio. Euro Land money a year)', () => {
  it('sums the Land money per year as the budget lines add up, against the target, for a ministry', async () => {
    const result = await subgraph.query(FUNDING, { from: 2021, to: 2026 }, as.ministry);
    expect(result.errors).toBeUndefined();
    const years = result.data?.programmeFunding;
    expect(years.map((y: any) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const year of years) {
      const land = expected(year.year, 'LAND');
      expect(year).toMatchObject({
        targetEur: 1_000_000,
        landPlannedEur: land.planned,
        landSpentEur: land.spent,
        plannedMeetsTarget: land.planned >= 1_000_000,
        spentMeetsTarget: land.spent === null ? null : land.spent >= 1_000_000,
        landProjectCount: land.projects,
      });
      expect(year.bySource.map((s: any) => s.source)).toEqual(['LAND', 'BUND', 'KOMMUNEN', 'EU']);
      for (const source of year.bySource) {
        const sums = expected(year.year, source.source);
        expect(source).toEqual({ source: source.source, plannedEur: sums.planned, spentEur: sums.spent });
      }
    }
    // Closed years have their spending recorded (never above plan); 2025 is not closed yet.
    const y2023 = years.find((y: any) => y.year === 2023);
    expect(y2023.landSpentEur).toBeGreaterThan(0);
    expect(y2023.landSpentEur).toBeLessThanOrEqual(y2023.landPlannedEur);
    expect(years.find((y: any) => y.year === 2025)).toMatchObject({ landSpentEur: null, spentMeetsTarget: null });
  });

  it('lists a year without any budget line with zeros, and costs one statement whatever the range', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(FUNDING, { from: 2000, to: 2001 }, as['kaz-editor']);
    expect(result.data?.programmeFunding[0]).toMatchObject({
      year: 2000,
      landPlannedEur: 0,
      landSpentEur: null,
      plannedMeetsTarget: false,
      landProjectCount: 0,
    });
    expect(subgraph.statements.filter((s) => /budget_line/.test(s))).toHaveLength(1);
  });

  it('is for the Kaz and the ministries only', async () => {
    expectError(await subgraph.query(FUNDING, { from: 2021, to: 2022 }, as.municipality), 'FORBIDDEN');
    expectError(await subgraph.query(FUNDING, { from: 2021, to: 2022 }, as['security-team']), 'FORBIDDEN');
    expectError(await subgraph.query(FUNDING, { from: 2021, to: 2022 }, as.anonymous), 'UNAUTHENTICATED');
  });

  it('refuses a range that is reversed, too long or out of bounds', async () => {
    expectError(await subgraph.query(FUNDING, { from: 2025, to: 2021 }, as.ministry), 'BAD_USER_INPUT', 'toYear');
    expectError(await subgraph.query(FUNDING, { from: 2000, to: 2040 }, as.ministry), 'BAD_USER_INPUT', 'toYear');
    expectError(await subgraph.query(FUNDING, { from: 1800, to: 2021 }, as.ministry), 'BAD_USER_INPUT', 'fromYear');
  });

  it('shows spentEur on a project’s budget lines', async () => {
    const result = await subgraph.query(
      `{ project(id: "KAZ-2021-01") { budget { year amountEur spentEur } } }`,
      {},
      as['kaz-editor'],
    );
    const lines = result.data?.project.budget;
    for (const line of lines) {
      if (line.year <= 2024) expect(line.spentEur).toBeLessThanOrEqual(line.amountEur);
      else expect(line.spentEur).toBeNull();
    }
  });
});
