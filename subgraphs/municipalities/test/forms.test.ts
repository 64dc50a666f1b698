import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../migrations/index.ts';
import { municipalityRows } from '../seed/seed.ts';
import { setUpSubgraph } from './support.ts';

// Issue 13: the forms of the Verbandsgemeinde- und Mitverwaltungsgesetz (VgMvG 2018). Schwedt/Oder is
// amtsfrei and runs the Mitverwaltung for Pinnow; the Gemeinden of the Verbandsgemeinde Liebenwerda are
// Ortsgemeinden and Pinnow is mitverwaltet — none of them amtsangehörig.

const { subgraph } = setUpSubgraph();

const MITVERWALTUNG = '120735051000';
const SCHWEDT = '120735051532';
const PINNOW = '120735051440';
const LIEBENWERDA = '120625031000';

const FORMS = `query ($mv: ID!, $schwedt: ID!, $pinnow: ID!, $vg: ID!) {
  mitverwaltung: municipality(ars: $mv) {
    name kind population amt { ars } mitverwaltung { ars }
    mitverwaltendeGemeinde { ars name kind }
    members { totalCount nodes { ars kind } }
  }
  schwedt: municipality(ars: $schwedt) { kind amt { ars } mitverwaltendeGemeinde { ars } mitverwaltung { ars kind } }
  pinnow: municipality(ars: $pinnow) { kind amt { ars kind } mitverwaltung { ars } }
  verbandsgemeinde: municipality(ars: $vg) {
    kind mitverwaltendeGemeinde { ars }
    members { totalCount nodes { name kind amt { ars } } }
  }
  amtsangehoerig: municipalities(filter: { kinds: [AMTSANGEHOERIGE_GEMEINDE] }, first: 0) { totalCount }
  underMitverwaltung: municipalities(filter: { amtArs: $mv }) { nodes { ars } }
}`;

describe('Gemeinden by the VgMvG forms', () => {
  it('gives Schwedt/Oder no Amt, and the Mitverwaltung only Pinnow as member, Schwedt as its mitverwaltende Gemeinde', async () => {
    const result = await subgraph.query(FORMS, {
      mv: MITVERWALTUNG,
      schwedt: SCHWEDT,
      pinnow: PINNOW,
      vg: LIEBENWERDA,
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.schwedt).toEqual({
      kind: 'AMTSFREIE_GEMEINDE',
      amt: null,
      mitverwaltendeGemeinde: null,
      mitverwaltung: { ars: MITVERWALTUNG, kind: 'MITVERWALTUNG' },
    });
    expect(data.pinnow).toEqual({
      kind: 'MITVERWALTETE_GEMEINDE',
      amt: { ars: MITVERWALTUNG, kind: 'MITVERWALTUNG' },
      mitverwaltung: null,
    });
    expect(data.mitverwaltung).toEqual({
      name: 'Schwedt/Oder, Stadt',
      kind: 'MITVERWALTUNG',
      // The Mitverwaltung's figures cover its whole area: Schwedt/Oder (33 495) and Pinnow (904).
      population: 33_495 + 904,
      amt: null,
      mitverwaltung: null,
      mitverwaltendeGemeinde: { ars: SCHWEDT, name: 'Schwedt/Oder, Stadt', kind: 'AMTSFREIE_GEMEINDE' },
      members: { totalCount: 1, nodes: [{ ars: PINNOW, kind: 'MITVERWALTETE_GEMEINDE' }] },
    });
    expect(data.underMitverwaltung.nodes).toEqual([{ ars: PINNOW }]);
  });

  it('types the four Gemeinden of the Verbandsgemeinde Liebenwerda as Ortsgemeinden, and no Gemeinde of a Verbandsgemeinde or Mitverwaltung as amtsangehörig', async () => {
    const result = await subgraph.query(FORMS, {
      mv: MITVERWALTUNG,
      schwedt: SCHWEDT,
      pinnow: PINNOW,
      vg: LIEBENWERDA,
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.verbandsgemeinde.kind).toBe('VERBANDSGEMEINDE');
    expect(data.verbandsgemeinde.mitverwaltendeGemeinde).toBeNull();
    expect(data.verbandsgemeinde.members.totalCount).toBe(4);
    expect(data.verbandsgemeinde.members.nodes.map((m: any) => m.name)).toEqual([
      'Bad Liebenwerda, Stadt',
      'Falkenberg/Elster, Stadt',
      'Mühlberg/Elbe, Stadt',
      'Uebigau-Wahrenbrück, Stadt',
    ]);
    for (const member of data.verbandsgemeinde.members.nodes) {
      expect(member).toMatchObject({ kind: 'ORTSGEMEINDE', amt: { ars: LIEBENWERDA } });
    }
    expect(data.amtsangehoerig.totalCount).toBe(266);
    const amtsangehoerig = await subgraph.db
      .selectFrom('municipality as gemeinde')
      .innerJoin('municipality as verband', 'verband.ars', 'gemeinde.amt_ars')
      .select(['gemeinde.ars', 'verband.kind'])
      .where('gemeinde.kind', '=', 'AMTSANGEHOERIGE_GEMEINDE')
      .where('verband.kind', '!=', 'AMT')
      .execute();
    expect(amtsangehoerig).toEqual([]);
  });

  it('builds the same forms from the shipped reference files as the seed stored', () => {
    const rows = new Map(municipalityRows().map((row) => [row.ars, row]));
    expect(rows.get(SCHWEDT)).toMatchObject({ kind: 'AMTSFREIE_GEMEINDE', amt_ars: null });
    expect(rows.get(PINNOW)).toMatchObject({ kind: 'MITVERWALTETE_GEMEINDE', amt_ars: MITVERWALTUNG });
  });
});

describe('the links between a Mitverwaltung and its mitverwaltende Gemeinde', () => {
  it('load for 2 and for all Kommunen in the same number of statements', async () => {
    const run = async (first: number) => {
      subgraph.resetStatements();
      const result = await subgraph.query(
        `query ($first: Int) { municipalities(first: $first) {
          nodes { ars mitverwaltung { ars } mitverwaltendeGemeinde { ars } }
        } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.municipalities.nodes as any[];
      return { statements: subgraph.statements.length, nodes };
    };
    const few = await run(2);
    const all = await run(500);
    expect(all.nodes).toHaveLength(479);
    expect(all.statements).toBeLessThanOrEqual(few.statements + 2);
    expect(all.statements).toBeLessThanOrEqual(4);
    expect(all.nodes.filter((m) => m.mitverwaltung)).toEqual([
      { ars: SCHWEDT, mitverwaltung: { ars: MITVERWALTUNG }, mitverwaltendeGemeinde: null },
    ]);
    expect(all.nodes.filter((m) => m.mitverwaltendeGemeinde)).toEqual([
      { ars: MITVERWALTUNG, mitverwaltung: null, mitverwaltendeGemeinde: { ars: SCHWEDT } },
    ]);
  });
});

describe('migration 2026_12_03_170000_gemeinde_forms', () => {
  it('corrects a database seeded with the old forms, and its down migration restores them', async () => {
    const migrator = new Migrator({ db: subgraph.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    const old = await subgraph.db
      .selectFrom('municipality')
      .select(['ars', 'kind', 'amt_ars'])
      .where('ars', 'in', [SCHWEDT, PINNOW, '120625031024'])
      .orderBy('ars')
      .execute();
    expect(old).toEqual([
      { ars: '120625031024', kind: 'AMTSANGEHOERIGE_GEMEINDE', amt_ars: LIEBENWERDA },
      { ars: PINNOW, kind: 'AMTSANGEHOERIGE_GEMEINDE', amt_ars: MITVERWALTUNG },
      { ars: SCHWEDT, kind: 'AMTSFREIE_GEMEINDE', amt_ars: MITVERWALTUNG },
    ]);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    const fixed = await subgraph.db
      .selectFrom('municipality')
      .select(['ars', 'kind', 'amt_ars'])
      .where('ars', 'in', [SCHWEDT, PINNOW, '120625031024'])
      .orderBy('ars')
      .execute();
    expect(fixed).toEqual([
      { ars: '120625031024', kind: 'ORTSGEMEINDE', amt_ars: LIEBENWERDA },
      { ars: PINNOW, kind: 'MITVERWALTETE_GEMEINDE', amt_ars: MITVERWALTUNG },
      { ars: SCHWEDT, kind: 'AMTSFREIE_GEMEINDE', amt_ars: null },
    ]);
  });
});
