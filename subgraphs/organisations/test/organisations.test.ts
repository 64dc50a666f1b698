import { readOrganisations } from '@kaz/reference-data';
import { snapshotTables } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { organisationsSubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

const TABLES = [
  'organisation',
  'responsibility',
  'committee',
  'committee_membership',
  'decision',
  'dikom_membership',
] as const;

describe('reference data', () => {
  it('holds the 18 partner organisations of the reference file with their kinds', async () => {
    const result = await subgraph.query(`{ organisations { id kind } }`);
    expect(result.errors).toBeUndefined();
    const organisations: { id: string; kind: string }[] = result.data?.organisations;
    expect(organisations).toHaveLength(18);
    const byKind: Record<string, number> = {};
    for (const o of organisations) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    expect(byKind).toEqual({
      MINISTRY: 10,
      STATE_IT_PROVIDER: 1,
      COMPETENCE_CENTRE: 1,
      SPECIAL_PURPOSE_ASSOCIATION: 1,
      COMMITTEE: 1,
      DATA_PROTECTION_AUTHORITY: 1,
      WORKING_GROUP: 1,
      MUNICIPAL_ASSOCIATION: 2,
    });
    expect(new Set(organisations.map((o) => o.id))).toEqual(new Set(readOrganisations().map((r) => r.key)));
  });

  it('orders organisations by kind as the enum declares it, then by name', async () => {
    const result = await subgraph.query(`{ organisations { id } }`);
    expect(result.data?.organisations.map((o: { id: string }) => o.id)).toEqual([
      'mdfe',
      'mdjd',
      'mik',
      'mbjs',
      'mgs',
      'mil',
      'mleuv',
      'mwaek',
      'mwfk',
      'stk',
      'zit_bb',
      'kaz',
      'dikom',
      'it_rat',
      'lda',
      'tuiv_ag',
      'lkt_bb',
      'stgb_bb',
    ]);
  });

  it('filters organisations by kind', async () => {
    const result = await subgraph.query(`{ organisations(kind: MUNICIPAL_ASSOCIATION) { id shortName } }`);
    expect(result.data?.organisations).toEqual([
      { id: 'lkt_bb', shortName: null },
      { id: 'stgb_bb', shortName: 'StGB' },
    ]);
  });

  it('gives the Kaz its parent ZIT-BB and the MdJD its child IT-Rat, with the note and its sources', async () => {
    const result = await subgraph.query(`{
      kaz: organisation(id: "kaz") { name shortName kind website parent { id shortName } children { id } }
      mdjd: organisation(id: "mdjd") { shortName parent { id } children { id name } note }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.kaz).toEqual({
      name: 'Kommunales Anwendungszentrum des Brandenburgischen IT-Dienstleisters',
      shortName: 'KAZ',
      kind: 'COMPETENCE_CENTRE',
      website: null,
      parent: { id: 'zit_bb', shortName: 'ZIT-BB' },
      children: [],
    });
    expect(result.data?.mdjd.parent).toBeNull();
    expect(result.data?.mdjd.children).toEqual([{ id: 'it_rat', name: 'IT-Rat Brandenburg' }]);
    expect(result.data?.mdjd.note).toContain('Seit 01.02.2025');
    expect(result.data?.mdjd.note).toMatch(/\[S-B2,S-B3,S-B4,S-B6,S-B10\]$/);
  });

  it('returns null for an organisation key that does not exist', async () => {
    const result = await subgraph.query(`{ organisation(id: "mi") { name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation).toBeNull();
  });

  it('lists an organisation’s committee seats and responsibilities', async () => {
    const result = await subgraph.query(`{
      organisation(id: "zit_bb") {
        committees { committee { id } role validFrom validTo isSample }
        responsibilities { area validFrom validTo isSample }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation.committees).toEqual([
      { committee: { id: 'it-rat' }, role: 'ADVISORY', validFrom: '2018-12-01', validTo: null, isSample: false },
      { committee: { id: 'steuerungsgremium' }, role: 'CHAIR', validFrom: '2021-01-01', validTo: null, isSample: true },
      { committee: { id: 'pg-ozg' }, role: 'ADVISORY', validFrom: '2022-01-01', validTo: null, isSample: true },
    ]);
    expect(result.data?.organisation.responsibilities).toEqual([
      { area: 'IT_SECURITY', validFrom: '2009-01-01', validTo: null, isSample: false },
      { area: 'STATE_IT_SERVICES', validFrom: '2009-01-01', validTo: null, isSample: false },
    ]);
  });

  it('seeding a second time changes nothing', async () => {
    const before = await snapshotTables(subgraph.db, TABLES);
    await organisationsSubgraph.seed(subgraph.db);
    expect(await snapshotTables(subgraph.db, TABLES)).toEqual(before);
    expect(TABLES.map((table) => before[table]?.length)).toEqual([18, 7, 4, 24, 38, 120]);
  });
});

describe('federation', () => {
  const query = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organisation {
        id name parent { id name } children { id parent { id } }
        responsibilities { area organisation { id } }
        committees { role committee { id chair { id } members { organisation { id } } } }
      }
    }
  }`;
  const run = async (ids: string[]) => {
    subgraph.resetStatements();
    const result = await subgraph.query(query, {
      representations: ids.map((id) => ({ __typename: 'Organisation', id })),
    });
    expect(result.errors).toBeUndefined();
    return { entities: result.data?._entities, statements: subgraph.statements.length };
  };

  it('resolves organisation references in order, null for an unknown key', async () => {
    const { entities } = await run(['kaz', 'nope', 'lda']);
    expect(entities.map((e: { id: string } | null) => e?.id ?? null)).toEqual(['kaz', null, 'lda']);
    expect(entities[0].parent).toEqual({ id: 'zit_bb', name: 'Brandenburgischer IT-Dienstleister' });
  });

  it('resolves 2 and all 18 organisations with their nested lists in no more statements', async () => {
    const all = readOrganisations().map((r) => r.key);
    const small = await run(all.slice(0, 2));
    const large = await run(all);
    expect(large.entities).toHaveLength(18);
    // Fewer, if anything: with all 18 resolved first, the parents and members are already cached.
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    expect(small.statements).toBeLessThanOrEqual(7);
  });
});
