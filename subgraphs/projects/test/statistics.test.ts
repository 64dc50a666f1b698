// Over 250 lines: every project statistic against the reference data it counts, on one started subgraph.
import { readDistrictsAndAemter, readMunicipalities, SAMPLE_PROJECT_COUNT, toArs } from '@kaz/reference-data';
import { describe, expect, it } from 'vitest';
import { sampleProjects } from '../seed/sample-projects.ts';
import { PROJECT_PHASES } from '../src/db/project.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
const samples = sampleProjects();

const STATISTICS = `{ projectStatistics {
  byPhase { phase projectCount }
  byDistrict { district { ars } projectCount participatingKommunen }
  byThemenfeld { themenfeld projectCount }
  ozgCoverage { district { ars } ozgServiceCount kommunenCount }
  budgetByYearAndSource { year source amountEur }
} }`;

/** The district ARS of a Kommune, computed here independently of the SQL: Kreis part, then zeros. */
function districtOf(ars: string): string {
  return toArs(ars.slice(0, 5));
}

/** The rows of a link table, read raw (the test recounts them in JavaScript; the subgraph never does). */
function rawRows(table: 'project_municipality' | 'project_ozg_service') {
  return subgraph.db.selectFrom(table).selectAll().execute();
}

/** Distinct values per key. */
function distinctBy<T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => string) {
  const sets = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = sets.get(key(row)) ?? new Set<string>();
    set.add(value(row));
    sets.set(key(row), set);
  }
  return sets;
}

describe('project statistics', () => {
  it('runs the whole statistics in at most five statements', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(STATISTICS, {}, as['kaz-editor']);
    expect(result.errors).toBeUndefined();
    // One GROUP BY statement per list: five lists, five statements.
    expect(subgraph.statements).toHaveLength(5);
    for (const statement of subgraph.statements) expect(statement.toLowerCase()).toContain('group by');
  });

  it('counts every phase in lifecycle order, zeros included, summing to all projects', async () => {
    const result = await subgraph.query(`{ projectStatistics { byPhase { phase projectCount } } }`);
    expect(result.errors).toBeUndefined();
    const byPhase: { phase: string; projectCount: number }[] = result.data?.projectStatistics.byPhase;
    expect(byPhase.map((row) => row.phase)).toEqual([...PROJECT_PHASES]);
    const total = byPhase.reduce((sum, row) => sum + row.projectCount, 0);
    const { n } = await subgraph.db
      .selectFrom('project')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(total).toBe(SAMPLE_PROJECT_COUNT);
    expect(total).toBe(Number(n));
    for (const phase of PROJECT_PHASES) {
      expect(byPhase.find((row) => row.phase === phase)?.projectCount).toBe(
        samples.filter((s) => s.project.phase === phase).length,
      );
    }
  });

  it('counts projects and Kommunen per district as the raw project_municipality rows do', async () => {
    const result = await subgraph.query(
      `{ projectStatistics { byDistrict { district { ars } projectCount participatingKommunen } } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = await rawRows('project_municipality');
    const projects = distinctBy(
      rows,
      (row) => districtOf(row.ars),
      (row) => row.project_id,
    );
    const kommunen = distinctBy(
      rows,
      (row) => districtOf(row.ars),
      (row) => row.ars,
    );
    const expected = [...projects.keys()].sort().map((ars) => ({
      district: { ars },
      projectCount: projects.get(ars)?.size,
      participatingKommunen: kommunen.get(ars)?.size,
    }));
    expect(result.data?.projectStatistics.byDistrict).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
  });

  it('names only real Landkreise and kreisfreie Städte as districts', async () => {
    const districts = new Set([
      ...readDistrictsAndAemter()
        .filter((d) => d.kind === 'landkreis')
        .map((d) => toArs(d.key)),
      ...readMunicipalities()
        .filter((m) => m.kind === 'kreisfreie_stadt')
        .map((m) => m.ars),
    ]);
    expect(districts.size).toBe(18);
    const result = await subgraph.query(
      `{ projectStatistics { byDistrict { district { ars } } ozgCoverage { district { ars } } } }`,
    );
    const { byDistrict, ozgCoverage } = result.data?.projectStatistics ?? {};
    for (const row of [...byDistrict, ...ozgCoverage]) expect(districts.has(row.district.ars)).toBe(true);
  });

  it('counts projects per Themenfeld, every Themenfeld included, as the raw rows do', async () => {
    const result = await subgraph.query(`{
      themenfelder
      projectStatistics { byThemenfeld { themenfeld projectCount } }
    }`);
    expect(result.errors).toBeUndefined();
    const services = await subgraph.db.selectFrom('ozg_service').select(['id', 'themenfeld']).execute();
    const themenfeldOf = new Map(services.map((s) => [s.id, s.themenfeld]));
    const projects = distinctBy(
      await rawRows('project_ozg_service'),
      (row) => themenfeldOf.get(row.ozg_service_id) ?? '',
      (row) => row.project_id,
    );
    const byThemenfeld: { themenfeld: string; projectCount: number }[] = result.data?.projectStatistics.byThemenfeld;
    expect(byThemenfeld.map((row) => row.themenfeld)).toEqual(result.data?.themenfelder);
    for (const row of byThemenfeld) expect(row.projectCount).toBe(projects.get(row.themenfeld)?.size ?? 0);
    expect(byThemenfeld.filter((row) => row.projectCount > 0).length).toBeGreaterThan(3);
  });

  it('covers per district at most the OZG-Leistungen of all projects, as the raw rows say', async () => {
    const result = await subgraph.query(
      `{ projectStatistics { ozgCoverage { district { ars } ozgServiceCount kommunenCount } } }`,
    );
    expect(result.errors).toBeUndefined();
    const participations = await rawRows('project_municipality');
    const links = await rawRows('project_ozg_service');
    const servicesOfProject = distinctBy(
      links,
      (row) => row.project_id,
      (row) => row.ozg_service_id,
    );
    const allServices = new Set(links.map((row) => row.ozg_service_id));
    const expected = new Map<string, Set<string>>();
    for (const row of participations) {
      const set = expected.get(districtOf(row.ars)) ?? new Set<string>();
      for (const service of servicesOfProject.get(row.project_id) ?? []) set.add(service);
      expected.set(districtOf(row.ars), set);
    }
    const kommunen = distinctBy(
      participations,
      (row) => districtOf(row.ars),
      (row) => row.ars,
    );
    const coverage: { district: { ars: string }; ozgServiceCount: number; kommunenCount: number }[] =
      result.data?.projectStatistics.ozgCoverage;
    expect(coverage.map((row) => row.district.ars)).toEqual([...expected.keys()].sort());
    for (const row of coverage) {
      expect(row.ozgServiceCount).toBeLessThanOrEqual(allServices.size);
      expect(row.ozgServiceCount).toBe(expected.get(row.district.ars)?.size);
      expect(row.kommunenCount).toBe(kommunen.get(row.district.ars)?.size);
    }
  });

  it('sums the budget per year and source to the sum of every project’s budgetTotalEur (Kaz)', async () => {
    const result = await subgraph.query(
      `{ projects(first: 100) { totalCount nodes { budgetTotalEur } }
         projectStatistics { budgetByYearAndSource { year source amountEur } } }`,
      {},
      as['kaz-editor'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.projects.totalCount).toBe(SAMPLE_PROJECT_COUNT);
    const cents = (eur: number) => Math.round(eur * 100);
    const projectTotal = result.data?.projects.nodes.reduce(
      (sum: number, node: { budgetTotalEur: number }) => sum + cents(node.budgetTotalEur),
      0,
    );
    const sums: { year: number; source: string; amountEur: number }[] =
      result.data?.projectStatistics.budgetByYearAndSource;
    expect(sums.reduce((sum, row) => sum + cents(row.amountEur), 0)).toBe(projectTotal);
    expect(projectTotal).toBeGreaterThan(0);
    const keys = sums.map((row) => `${row.year}/${row.source}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['an anonymous client', 'anonymous', 'UNAUTHENTICATED'],
    ['a ministry (it sees only its own projects’ budgets)', 'ministry', 'FORBIDDEN'],
    ['a Kommune', 'municipality', 'FORBIDDEN'],
  ] as const)('denies %s the budget sums and keeps the rest of the statistics', async (_who, principal, code) => {
    const result = await subgraph.query(STATISTICS, {}, as[principal]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['projectStatistics', 'budgetByYearAndSource']);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    const statistics = result.data?.projectStatistics;
    expect(statistics.budgetByYearAndSource).toBeNull();
    expect(statistics.byPhase).toHaveLength(PROJECT_PHASES.length);
    expect(statistics.byDistrict.length).toBeGreaterThan(0);
    expect(statistics.byThemenfeld.length).toBeGreaterThan(0);
    expect(statistics.ozgCoverage.length).toBeGreaterThan(0);
  });
});

describe('project filter combinations', () => {
  it('combines a Kommune with a Themenfeld, and a lead ministry with an OZG-Leistung', async () => {
    const services = await subgraph.db.selectFrom('ozg_service').select(['id', 'themenfeld']).execute();
    const themenfeldOf = new Map(services.map((s) => [s.id, s.themenfeld]));
    // Pick values that occur together in one sample project, so that the combination is not empty.
    const sample = samples.find((s) => s.project.lead_ministry_id && s.ozgServices.length > 0);
    if (!sample) throw new Error('no sample project with a lead ministry and an OZG-Leistung');
    const ars = sample.municipalities[0]?.ars as string;
    const ozg = sample.ozgServices[0]?.ozg_service_id as string;
    const themenfeld = themenfeldOf.get(ozg) as string;
    const ministry = sample.project.lead_ministry_id as string;
    const result = await subgraph.query(
      `query ($ars: ID!, $themenfeld: String!, $ministry: ID!, $ozg: ID!) {
        a: projects(filter: { municipalityArs: $ars, themenfeld: $themenfeld }, first: 100) { nodes { id } }
        b: projects(filter: { leadMinistryId: $ministry, ozgServiceId: $ozg }, first: 100) { nodes { id } }
      }`,
      { ars, themenfeld, ministry, ozg },
    );
    expect(result.errors).toBeUndefined();
    const ids = (key: 'a' | 'b') => result.data?.[key].nodes.map((n: { id: string }) => n.id);
    const expected = (predicate: (s: (typeof samples)[number]) => boolean) =>
      samples
        .filter(predicate)
        .map((s) => s.project.id)
        .sort();
    expect(ids('a')).toEqual(
      expected(
        (s) =>
          s.municipalities.some((m) => m.ars === ars) &&
          s.ozgServices.some((o) => themenfeldOf.get(o.ozg_service_id) === themenfeld),
      ),
    );
    expect(ids('b')).toEqual(
      expected((s) => s.project.lead_ministry_id === ministry && s.ozgServices.some((o) => o.ozg_service_id === ozg)),
    );
    expect(ids('a')).toContain(sample.project.id);
    expect(ids('b')).toContain(sample.project.id);
    // Each combination is narrower than at least one of its parts alone (the filters really AND).
    const alone = await subgraph.query(
      `query ($ars: ID!, $ministry: ID!) {
        ars: projects(filter: { municipalityArs: $ars }) { totalCount }
        ministry: projects(filter: { leadMinistryId: $ministry }) { totalCount }
      }`,
      { ars, ministry },
    );
    expect(ids('a').length).toBeLessThanOrEqual(alone.data?.ars.totalCount);
    expect(ids('b').length).toBeLessThanOrEqual(alone.data?.ministry.totalCount);
  });
});
