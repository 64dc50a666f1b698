import { readOzgServices } from '@kaz/reference-data';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

describe('OZG-Leistungen', () => {
  it('holds all 557 OZG-Leistungen of the catalogue of 2019-10-05', async () => {
    const result = await subgraph.query(`{ ozgServices(first: 0) { totalCount } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ozgServices.totalCount).toBe(557);
    const dates = await subgraph.db.selectFrom('ozg_service').select('source_date').distinct().execute();
    expect(dates).toEqual([{ source_date: '2019-10-05' }]);
  });

  it('finds Elterngeld (10000) in Familie & Kind / Geburt with its four LeiKa keys', async () => {
    const result = await subgraph.query(
      `{ ozgService(id: "10000") { id name themenfeld lebenslage leikaKeys leikaTypes sourceDate } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.ozgService).toEqual({
      id: '10000',
      name: 'Elterngeld',
      themenfeld: 'Familie & Kind',
      lebenslage: 'Geburt',
      leikaKeys: ['99041006000000', '99041006013000', '99041006017000', '99041006151000'],
      leikaTypes: ['2/3'],
      sourceDate: '2019-10-05',
    });
  });

  it('finds Abfallentsorgung (10110) in Bauen & Wohnen with its LeiKa-Typen split apart', async () => {
    const result = await subgraph.query(
      `{ ozgService(id: "10110") { name themenfeld lebenslage leikaKeys leikaTypes } }`,
    );
    expect(result.data?.ozgService).toMatchObject({
      name: 'Abfallentsorgung',
      themenfeld: 'Bauen & Wohnen',
      lebenslage: 'Wohnen & Umzug',
      leikaTypes: ['2/3', '4', '5'],
    });
    expect(result.data?.ozgService.leikaKeys).toHaveLength(21);
  });

  it('returns null for a well-formed OZG-ID that does not exist', async () => {
    const result = await subgraph.query(`{ ozgService(id: "99999") { name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ozgService).toBeNull();
  });

  it.each(['1000', '100000', '1000a', ' 10000'])('rejects the malformed OZG-ID %j with BAD_USER_INPUT', async (id) => {
    const result = await subgraph.query(`query ($id: ID!) { ozgService(id: $id) { name } }`, { id });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(result.data?.ozgService ?? null).toBeNull();
  });

  it('lists the 14 Themenfelder once each, sorted', async () => {
    const result = await subgraph.query(`{ themenfelder }`);
    const expected = [...new Set(readOzgServices().map((s) => s.themenfeld))].sort();
    expect(result.data?.themenfelder).toEqual(expected);
    expect(expected).toHaveLength(14);
  });
});

describe('OZG-Leistungen list', () => {
  it('pages through all 557 OZG-Leistungen in OZG-ID order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { ozgServices(first: 150, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      const page = result.data.ozgServices;
      seen.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(readOzgServices().map((s) => s.ozg_id));
  });

  it('filters by Themenfeld, by name and by LeiKa key', async () => {
    const services = readOzgServices();
    const result = await subgraph.query(`{
      bauen: ozgServices(filter: { themenfeld: "Bauen & Wohnen" }, first: 0) { totalCount }
      geld: ozgServices(filter: { nameContains: "GELD" }, first: 500) { nodes { name } }
      leika: ozgServices(filter: { leikaKey: "99041006013000" }) { nodes { id } }
      none: ozgServices(filter: { leikaKey: "99999999999999" }) { totalCount nodes { id } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.bauen.totalCount).toBe(services.filter((s) => s.themenfeld === 'Bauen & Wohnen').length);
    const geld = services.filter((s) => s.name.toLowerCase().includes('geld')).map((s) => s.name);
    expect(geld).toContain('Elterngeld');
    expect(result.data?.geld.nodes.map((n: { name: string }) => n.name)).toEqual(geld);
    expect(result.data?.leika.nodes).toEqual([{ id: '10000' }]);
    expect(result.data?.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it('matches % and _ in a name filter literally', async () => {
    const result = await subgraph.query(`{ ozgServices(filter: { nameContains: "%" }) { totalCount } }`);
    expect(result.data?.ozgServices.totalCount).toBe(0);
  });

  it('rejects a malformed LeiKa key with BAD_USER_INPUT', async () => {
    const result = await subgraph.query(`{ ozgServices(filter: { leikaKey: "9904100600" }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.leikaKey' });
  });
});
