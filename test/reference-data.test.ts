import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

describe('reference data through the gateway', () => {
  it('lists the six Gemeinden of Amt Gramzow', async () => {
    const result = await hub.query(`{
      municipalities(filter: { amtArs: "120735306000" }) { totalCount nodes { name kind amt { displayName } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipalities.totalCount).toBe(6);
    expect(result.data?.municipalities.nodes.map((m: { name: string }) => m.name)).toEqual([
      'Gramzow',
      'Grünow',
      'Oberuckersee',
      'Randowtal',
      'Uckerfelde',
      'Zichow',
    ]);
    expect(new Set(result.data?.municipalities.nodes.map((m: any) => m.amt.displayName))).toEqual(
      new Set(['Amt Gramzow']),
    );
  });

  it('finds the two Kommunen named Mittenwalde in different Landkreise', async () => {
    const result = await hub.query(`{
      municipalities(filter: { nameContains: "Mittenwalde" }) { nodes { ags name district { name } } }
    }`);
    expect(result.data?.municipalities.nodes).toEqual([
      { ags: '12061332', name: 'Mittenwalde, Stadt', district: { name: 'Dahme-Spreewald' } },
      { ags: '12073404', name: 'Mittenwalde', district: { name: 'Uckermark' } },
    ]);
  });

  it("gives Potsdam's population of 31.12.2022", async () => {
    const result = await hub.query(`{ municipality(ags: "12054000") { name population figuresDate } }`);
    expect(result.data?.municipality).toEqual({
      name: 'Potsdam, Stadt',
      population: 185_750,
      figuresDate: '2022-12-31',
    });
  });

  it('serves the 557 OZG-Leistungen and the partner organisations', async () => {
    const result = await hub.query(`{
      ozgService(id: "10000") { name themenfeld lebenslage leikaKeys }
      ozgServices(first: 0) { totalCount }
      organisations(kind: MINISTRY) { id shortName }
      responsibleFor(area: E_GOVERNMENT, on: "2025-06-01") { shortName }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ozgService).toEqual({
      name: 'Elterngeld',
      themenfeld: 'Familie & Kind',
      lebenslage: 'Geburt',
      leikaKeys: ['99041006000000', '99041006013000', '99041006017000', '99041006151000'],
    });
    expect(result.data?.ozgServices.totalCount).toBe(557);
    expect(result.data?.organisations.map((o: { id: string }) => o.id)).toContain('mdjd');
    expect(result.data?.responsibleFor.shortName).toBe('MdJD');
  });

  it('passes a subgraph’s BAD_USER_INPUT through to the client with the field it concerns', async () => {
    const result = await hub.query(`{ municipality(ars: "12-054") { name } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('ars');
    expect(result.data?.municipality ?? null).toBeNull();
  });
});
