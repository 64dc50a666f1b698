import { expectError } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { municipalitiesSubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

describe('reference data', () => {
  it('holds every Kommune of Brandenburg: 413 Gemeinden, 14 Landkreise, 50 Ämter, one Verbandsgemeinde, one Mitverwaltung', async () => {
    // 413 Gemeinden: 4 kreisfreie Städte, 138 amtsfreie (Schwedt/Oder included), 266 amtsangehörige,
    // 4 Ortsgemeinden of the Verbandsgemeinde Liebenwerda and 1 mitverwaltete Gemeinde (Pinnow).
    const counts = await subgraph.db
      .selectFrom('municipality')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .execute();
    const byKind = Object.fromEntries(counts.map((row) => [row.kind, Number(row.n)]));
    expect(byKind).toEqual({
      LANDKREIS: 14,
      KREISFREIE_STADT: 4,
      AMT: 50,
      VERBANDSGEMEINDE: 1,
      MITVERWALTUNG: 1,
      AMTSFREIE_GEMEINDE: 138,
      AMTSANGEHOERIGE_GEMEINDE: 266,
      ORTSGEMEINDE: 4,
      MITVERWALTETE_GEMEINDE: 1,
    });
  });

  it('sums the population of the Gemeinden to the official total of 31.12.2022', async () => {
    const result = await subgraph.db
      .selectFrom('municipality')
      .select((eb) => eb.fn.sum<number>('population').as('total'))
      .where('ags', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(result.total)).toBe(2_573_135);
  });

  it('seeding a second time changes nothing', async () => {
    const before = await subgraph.db.selectFrom('municipality').selectAll().orderBy('ars').execute();
    await municipalitiesSubgraph.seed(subgraph.db);
    const after = await subgraph.db.selectFrom('municipality').selectAll().orderBy('ars').execute();
    expect(after).toEqual(before);
  });
});

describe('municipality lookup', () => {
  it('finds Potsdam by its AGS with its population', async () => {
    const result = await subgraph.query(
      `{ municipality(ags: "12054000") { ars name kind population district { ars } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toEqual({
      ars: '120540000000',
      name: 'Potsdam, Stadt',
      kind: 'KREISFREIE_STADT',
      population: 185_750,
      district: null,
    });
  });

  it('lists the six Gemeinden of Amt Gramzow with their Amt and Landkreis', async () => {
    const result = await subgraph.query(`{
      municipality(ars: "120735306000") {
        displayName kind district { name }
        members { totalCount nodes { name amt { ars } district { name } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const amt = result.data?.municipality;
    expect(amt.displayName).toBe('Amt Gramzow');
    expect(amt.kind).toBe('AMT');
    expect(amt.district.name).toBe('Uckermark');
    expect(amt.members.totalCount).toBe(6);
    expect(amt.members.nodes.map((m: { name: string }) => m.name)).toEqual([
      'Gramzow',
      'Grünow',
      'Oberuckersee',
      'Randowtal',
      'Uckerfelde',
      'Zichow',
    ]);
    for (const member of amt.members.nodes) {
      expect(member.amt.ars).toBe('120735306000');
      expect(member.district.name).toBe('Uckermark');
    }
  });

  it('returns null for a well-formed key that does not exist', async () => {
    const result = await subgraph.query(`{ municipality(ars: "129999999999") { name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toBeNull();
  });

  it.each([
    ['{ municipality(ars: "1205400") { name } }', 'ars'],
    ['{ municipality(ags: "12a54000") { name } }', 'ags'],
    ['{ municipality { name } }', 'ars'],
    ['{ municipality(ars: "120540000000", ags: "12054000") { name } }', 'ars'],
  ])('rejects %s with BAD_USER_INPUT', async (query, field) => {
    const result = await subgraph.query(query);
    expectError(result, 'BAD_USER_INPUT', field);
    expect(result.data?.municipality ?? null).toBeNull();
  });
});

describe('municipality list', () => {
  it('finds the two Kommunen named Mittenwalde in different Landkreise', async () => {
    const result = await subgraph.query(`{
      municipalities(filter: { nameContains: "mittenwalde" }) { totalCount nodes { name district { name } } }
    }`);
    expect(result.data?.municipalities).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'Mittenwalde, Stadt', district: { name: 'Dahme-Spreewald' } },
        { name: 'Mittenwalde', district: { name: 'Uckermark' } },
      ],
    });
  });

  it('pages through all 413 Gemeinden without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) {
          municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 100, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { ars }
          }
        }`,
        { after },
      );
      const page = result.data.municipalities;
      expect(page.totalCount).toBe(413);
      seen.push(...page.nodes.map((node: { ars: string }) => node.ars));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(413);
    expect(new Set(seen).size).toBe(413);
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters by Landkreis, Amt and population', async () => {
    const result = await subgraph.query(`{
      inUckermark: municipalities(filter: { districtArs: "120730000000", kinds: [AMT] }) { totalCount }
      inGramzow: municipalities(filter: { amtArs: "120735306000" }) { totalCount }
      large: municipalities(filter: { populationMin: 50000, kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE] }) { nodes { name } }
    }`);
    expect(result.data?.inUckermark.totalCount).toBe(4);
    expect(result.data?.inGramzow.totalCount).toBe(6);
    expect(result.data?.large.nodes.map((n: { name: string }) => n.name)).toEqual([
      'Brandenburg an der Havel, Stadt',
      'Cottbus/Chóśebuz, Stadt',
      'Frankfurt (Oder), Stadt',
      'Potsdam, Stadt',
    ]);
  });

  it('rejects a page larger than the maximum and a forged cursor', async () => {
    const tooLarge = await subgraph.query(`{ municipalities(first: 501) { totalCount } }`);
    expectError(tooLarge, 'BAD_USER_INPUT', 'first');
    const forged = await subgraph.query(`{ municipalities(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expectError(forged, 'BAD_USER_INPUT', 'after');
  });

  it('loads the members of all Landkreise and their Ämter in a fixed number of statements', async () => {
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { municipalities(filter: { kinds: [LANDKREIS, AMT] }, first: $first) {
          nodes { name district { name } members(first: 3) { totalCount nodes { name amt { name } } } }
        } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements.length;
    };
    expect(await run(2)).toBe(await run(64));
  });
});

describe('federation', () => {
  it('resolves many Kommune references in one statement', async () => {
    const representations = ['120540000000', '120735306225', '120735306000', '120600000000'].map((ars) => ({
      __typename: 'Municipality',
      ars,
    }));
    subgraph.resetStatements();
    const result = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { ars name } } }`,
      { representations },
    );
    expect(result.data?._entities.map((e: { name: string }) => e.name)).toEqual([
      'Potsdam, Stadt',
      'Gramzow',
      'Gramzow',
      'Barnim',
    ]);
    expect(subgraph.statements).toHaveLength(1);
  });
});
