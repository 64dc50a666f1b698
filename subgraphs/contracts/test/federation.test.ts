import { readDistrictsAndAemter, readMunicipalities, sampleProjectIds, toArs } from '@kaz/reference-data';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph, as } = setUpSubgraph();
// Licences and certificates need a token (rules read.licence, read.certificate): these tests read as the Kaz.
const kaz = as['kaz-editor'];

const GEMEINDEN = readMunicipalities().map((g) => g.ars);
const ALL_ARS = new Set([...GEMEINDEN, ...readDistrictsAndAemter().map((u) => toArs(u.key))]);

/** Runs `_entities` and returns the entities and the number of SQL statements it took. */
async function entities(representations: object[], selection: string) {
  subgraph.resetStatements();
  const result = await subgraph.query(
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
    { representations },
    kaz,
  );
  expect(result.errors).toBeUndefined();
  return { entities: (result.data as any)._entities as any[], statements: subgraph.statements.length };
}

const municipalities = (ars: readonly string[]) => ars.map((key) => ({ __typename: 'Municipality', ars: key }));
const projects = (ids: readonly string[]) => ids.map((id) => ({ __typename: 'Project', id }));

describe('Municipality', () => {
  const selection = `... on Municipality { ars licences(first: 5) { totalCount nodes { id product } } contracts(first: 3) { totalCount } }`;

  it('loads licences and contracts of 10 or of all 413 Gemeinden in the same number of statements', async () => {
    const few = await entities(municipalities(GEMEINDEN.slice(0, 10)), selection);
    const all = await entities(municipalities(GEMEINDEN), selection);
    expect(few.entities).toHaveLength(10);
    expect(all.entities).toHaveLength(413);
    expect(all.statements).toBe(few.statements);
    expect(all.statements).toBe(2);

    const allocations = await subgraph.db.selectFrom('licence_allocation').select(['ars', 'licence_id']).execute();
    const eligibility = await subgraph.db.selectFrom('framework_contract_eligibility').select('ars').execute();
    for (const entity of all.entities) {
      const own = allocations
        .filter((a) => a.ars === entity.ars)
        .map((a) => a.licence_id)
        .sort();
      expect(entity.licences.totalCount).toBe(own.length);
      expect(entity.licences.nodes.map((n: { id: string }) => n.id)).toEqual(own.slice(0, 5));
      expect(entity.contracts.totalCount).toBe(eligibility.filter((e) => e.ars === entity.ars).length);
    }
    expect(all.entities.filter((e) => e.licences.totalCount > 5).length).toBeGreaterThan(0);
  });

  it('loads certificates and procedures of many Kommunen in a fixed number of statements', async () => {
    const query = `... on Municipality { certificates(first: 2) { totalCount nodes { id validTo } } procurementProcedures { id } }`;
    const everyone = [...ALL_ARS].sort();
    const few = await entities(municipalities(everyone.slice(0, 3)), query);
    const all = await entities(municipalities(everyone), query);
    expect(all.statements).toBe(few.statements);
    expect(all.statements).toBe(2);
    const holders = all.entities.filter((e) => e.certificates.totalCount > 0);
    expect(holders.length).toBeGreaterThan(50);
    for (const holder of holders) {
      const dates = holder.certificates.nodes.map((n: { validTo: string }) => n.validTo);
      expect([...dates].sort()).toEqual(dates);
    }
    expect(all.entities.filter((e) => e.procurementProcedures.length > 0).length).toBeGreaterThan(100);
  });

  it('pages through the licences of one Kommune without gaps', async () => {
    const busiest = await subgraph.db
      .selectFrom('licence_allocation')
      .select(['ars', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('ars')
      .orderBy('n', 'desc')
      .orderBy('ars')
      .executeTakeFirstOrThrow();
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 20; round++) {
      const result: any = await subgraph.query(
        `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) {
          ... on Municipality { licences(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
        } }`,
        { r: municipalities([busiest.ars]), after },
        kaz,
      );
      const page = result.data._entities[0].licences;
      expect(page.totalCount).toBe(busiest.n);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(busiest.n);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('gives a Kommune without any records empty lists', async () => {
    const {
      entities: [entity],
    } = await entities(
      municipalities(['129999999999']),
      `... on Municipality { ars licences { totalCount nodes { id } } contracts { totalCount } certificates { totalCount } procurementProcedures { id } }`,
    );
    expect(entity).toEqual({
      ars: '129999999999',
      licences: { totalCount: 0, nodes: [] },
      contracts: { totalCount: 0 },
      certificates: { totalCount: 0 },
      procurementProcedures: [],
    });
  });
});

describe('Project', () => {
  it('loads the procurements of 2 or of all 60 sample projects in one statement', async () => {
    const selection = `... on Project { id procurements { id project { id } } }`;
    const few = await entities(projects(sampleProjectIds().slice(0, 2)), selection);
    const all = await entities(projects(sampleProjectIds()), selection);
    expect(few.statements).toBe(1);
    expect(all.statements).toBe(1);
    const linked = all.entities.flatMap((p) =>
      p.procurements.map((v: { project: { id: string } }) => [p.id, v.project.id]),
    );
    for (const [project, reference] of linked) expect(reference).toBe(project);
    const expected = await subgraph.db
      .selectFrom('procurement_procedure')
      .select('id')
      .where('project_id', 'is not', null)
      .execute();
    expect(linked).toHaveLength(expected.length);
    expect(expected.length).toBe(16);
  });
});

describe('own entities', () => {
  it('resolves references to procedures, contracts, licences and certificates with one statement per type', async () => {
    const representations = [
      { __typename: 'ProcurementProcedure', id: 'VG-2023-004' },
      { __typename: 'ProcurementProcedure', id: 'VG-2099-001' },
      { __typename: 'FrameworkContract', id: 'RV-2022-003' },
      { __typename: 'Licence', id: 'LIZ-0001' },
      { __typename: 'Licence', id: 'LIZ-0002' },
      { __typename: 'Certificate', id: 'CERT-0080' },
    ];
    const result = await entities(
      representations,
      `... on ProcurementProcedure { id } ... on FrameworkContract { id } ... on Licence { id } ... on Certificate { id }`,
    );
    expect(result.entities).toEqual([
      { id: 'VG-2023-004' },
      null,
      { id: 'RV-2022-003' },
      { id: 'LIZ-0001' },
      { id: 'LIZ-0002' },
      { id: 'CERT-0080' },
    ]);
    expect(result.statements).toBe(4);
  });

  it('loads nested lists of 2 or of all 40 licences in the same number of statements', async () => {
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { licences(first: $first) { nodes {
          allocatedSeats allocations { municipality { ars } licence { id } }
          contract { procurement { participatingMunicipalities { ars } resultingContract { id } project { id } } eligibleMunicipalities { ars } callOffs { id } }
        } } }`,
        { first },
        kaz,
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements.length;
    };
    expect(await run(2)).toBe(await run(40));
  });
});

describe('references', () => {
  it('point only to real Kommunen and to sample projects', async () => {
    const ars = [
      ...(await subgraph.db.selectFrom('procurement_participant').select('ars').execute()).map((r) => r.ars),
      ...(await subgraph.db.selectFrom('framework_contract_eligibility').select('ars').execute()).map((r) => r.ars),
      ...(await subgraph.db.selectFrom('licence_allocation').select('ars').execute()).map((r) => r.ars),
      ...(
        await subgraph.db.selectFrom('certificate').select('holder_ars').where('holder_ars', 'is not', null).execute()
      ).map((r) => r.holder_ars as string),
    ];
    const unknown = ars.filter((key) => !ALL_ARS.has(key));
    expect(unknown).toEqual([]);
    // Spread over many Kommunen, not a handful.
    expect(new Set(ars).size).toBeGreaterThan(200);
    const projectIds = new Set(sampleProjectIds());
    const referenced = await subgraph.db
      .selectFrom('procurement_procedure')
      .select('project_id')
      .where('project_id', 'is not', null)
      .execute();
    for (const row of referenced) expect(projectIds.has(row.project_id as string)).toBe(true);
  });
});
