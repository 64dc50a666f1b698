import { sampleDecisionKeys } from '@kaz/reference-data';
import { describe, expect, it } from 'vitest';
import { realDecisionRows } from '../seed/decisions.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

describe('committees', () => {
  it('lists the IT-Rat, the IT-Planungsrat, the Steuerungsgremium and the OZG project group', async () => {
    const result = await subgraph.query(`{ committees { id kind isSample organisation { id } chair { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.committees).toEqual([
      { id: 'it-rat', kind: 'IT_COUNCIL', isSample: false, organisation: { id: 'it_rat' }, chair: { id: 'mdjd' } },
      { id: 'it-planungsrat', kind: 'IT_PLANNING_COUNCIL', isSample: false, organisation: null, chair: null },
      { id: 'steuerungsgremium', kind: 'STEERING_GROUP', isSample: true, organisation: null, chair: { id: 'zit_bb' } },
      { id: 'pg-ozg', kind: 'PROJECT_GROUP', isSample: true, organisation: null, chair: { id: 'kaz' } },
    ]);
  });

  it('has the IT-Rat chaired by the MIK until 31.01.2025 and by the MdJD since', async () => {
    const result = await subgraph.query(`{
      committee(id: "it-rat") { before: chair(on: "2024-06-01") { id } after: chair(on: "2025-02-01") { id } }
    }`);
    expect(result.data?.committee).toEqual({ before: { id: 'mik' }, after: { id: 'mdjd' } });
  });

  it('lists the IT-Rat’s seats on a day: chair, ministries, associations, ZIT-BB advising, as stated in the sources', async () => {
    const result = await subgraph.query(`{
      committee(id: "it-rat") { members(activeOn: "2025-06-01") { organisation { id } role isSample validTo } }
    }`);
    expect(result.errors).toBeUndefined();
    const members = result.data?.committee.members;
    expect(members.map((m: any) => [m.organisation.id, m.role])).toEqual([
      ['mdjd', 'CHAIR'],
      ['lkt_bb', 'MEMBER'],
      ['mdfe', 'MEMBER'],
      ['mwaek', 'MEMBER'],
      ['stgb_bb', 'MEMBER'],
      ['stk', 'MEMBER'],
      ['zit_bb', 'ADVISORY'],
    ]);
    expect(members.every((m: any) => m.isSample === false && m.validTo === null)).toBe(true);
  });

  it('keeps ended seats in the full member list', async () => {
    const result = await subgraph.query(
      `{ committee(id: "steuerungsgremium") { members { organisation { id } role validFrom validTo isSample } } }`,
    );
    const members = result.data?.committee.members;
    expect(members).toHaveLength(8);
    expect(members).toContainEqual({
      organisation: { id: 'mik' },
      role: 'ADVISORY',
      validFrom: '2021-01-01',
      validTo: '2025-01-31',
      isSample: true,
    });
    expect(members.filter((m: any) => m.role === 'MEMBER').map((m: any) => m.organisation.id)).toEqual([
      'dikom',
      'kaz',
      'lkt_bb',
      'stgb_bb',
      'tuiv_ag',
    ]);
  });

  it('rejects a malformed day for chair and members with BAD_USER_INPUT, and returns null for an unknown committee', async () => {
    const chair = await subgraph.query(`{ committee(id: "it-rat") { chair(on: "gestern") { id } } }`);
    expect(chair.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    const members = await subgraph.query(`{ committee(id: "it-rat") { members(activeOn: "2025-02-29") { role } } }`);
    expect(members.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activeOn' });
    const unknown = await subgraph.query(`{ committee(id: "bund-laender-rat") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.committee).toBeNull();
  });
});

// The decisions the Umsetzungskonzept Kaz cites are real; the other keys of sampleDecisionKeys() are sample data.
const REAL_IDS = new Set(realDecisionRows().map((row) => row.id));
/** A sample key's date, or the real date where the key is a real decision (itrat-2020-3: 2020-01-01). */
const decidedOnOf = (key: { id: string; decidedOn: string }) =>
  realDecisionRows().find((row) => row.id === key.id)?.decided_on ?? key.decidedOn;

describe('decisions', () => {
  it('holds every decision key that other subgraphs refer to, the real ones with their real date', async () => {
    const result = await subgraph.query(
      `{ decisions(first: 500) { totalCount nodes { id committee { id } reference decidedOn isSample title text } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.decisions.nodes;
    // 34 keys of sampleDecisionKeys(), the concept's adoption (itrat-2021-4), three of the IT-Planungsrat.
    expect(result.data?.decisions.totalCount).toBe(38);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const keys = new Set(sampleDecisionKeys().map((key) => key.id));
    expect(
      nodes
        .filter((d: any) => keys.has(d.id))
        .map((d: any) => ({ id: d.id, committeeId: d.committee.id, reference: d.reference, decidedOn: d.decidedOn }))
        .sort(byId),
    ).toEqual(
      sampleDecisionKeys()
        .map((key) => ({ ...key, decidedOn: decidedOnOf(key) }))
        .sort(byId),
    );
    for (const decision of nodes) {
      expect(decision.isSample).toBe(!REAL_IDS.has(decision.id));
      expect(decision.title.length).toBeGreaterThan(10);
      if (decision.isSample) expect(decision.text).toContain(decision.title.replace('(BEISPIEL) ', ''));
    }
    const order = nodes.map((d: any) => `${d.decidedOn} ${d.id}`);
    expect([...order].sort()).toEqual(order);
  });

  it('pages through the IT-Rat’s decisions without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { committee(id: "it-rat") { decisions(first: 5, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id decidedOn }
        } } }`,
        { after },
      );
      const page = result.data.committee.decisions;
      expect(page.totalCount).toBe(18);
      seen.push(...page.nodes.map((node: { id: string; decidedOn: string }) => `${node.decidedOn} ${node.id}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = [
      ...sampleDecisionKeys()
        .filter((key) => key.committeeId === 'it-rat')
        .map((key) => `${decidedOnOf(key)} ${key.id}`),
      '2021-03-10 itrat-2021-4',
    ].sort();
    expect(seen).toEqual(expected);
  });

  it('pages the top-level decision list of one committee the same way', async () => {
    const first = await subgraph.query(
      `{ decisions(committeeId: "pg-ozg", first: 4) { totalCount pageInfo { endCursor } nodes { id } } }`,
    );
    const rest = await subgraph.query(
      `query ($after: String) { decisions(committeeId: "pg-ozg", first: 4, after: $after) { pageInfo { hasNextPage } nodes { id } } }`,
      {
        after: first.data?.decisions.pageInfo.endCursor,
      },
    );
    expect(first.data?.decisions.totalCount).toBe(6);
    expect(
      [...(first.data?.decisions.nodes ?? []), ...(rest.data?.decisions.nodes ?? [])].map((d: { id: string }) => d.id),
    ).toEqual(['pgozg-2022-1', 'pgozg-2022-2', 'pgozg-2023-1', 'pgozg-2023-2', 'pgozg-2024-1', 'pgozg-2024-2']);
    expect(rest.data?.decisions.pageInfo.hasNextPage).toBe(false);
  });

  it('finds a decision by key, null for an unknown key, and rejects a forged cursor', async () => {
    const result = await subgraph.query(`{
      known: decision(id: "itrat-2020-3") { reference decidedOn committee { name } }
      unknown: decision(id: "itrat-2020-9") { id }
    }`);
    expect(result.data).toEqual({
      known: { reference: 'Entscheidung 2020/3', decidedOn: '2020-01-01', committee: { name: 'IT-Rat Brandenburg' } },
      unknown: null,
    });
    const forged = await subgraph.query(`{ decisions(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('federation', () => {
  const count = async (query: string, representations: object[]) => {
    subgraph.resetStatements();
    const result = await subgraph.query(query, { representations });
    expect(result.errors).toBeUndefined();
    return { entities: result.data?._entities, statements: subgraph.statements.length };
  };

  it('resolves 2 and all 34 decision references with their committees in the same number of statements', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Decision { id reference committee { id chair { id } } }
    } }`;
    const keys = sampleDecisionKeys().map((key) => ({ __typename: 'Decision', id: key.id }));
    const small = await count(query, keys.slice(0, 2));
    const large = await count(query, keys);
    expect(large.entities.map((d: { id: string }) => d.id)).toEqual(keys.map((key) => key.id));
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(4);
  });

  it('resolves committee references with members and a page of decisions in the same number of statements as one', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Committee { id organisation { id } chair { id } members { role organisation { id } }
        decisions(first: 2) { totalCount nodes { id committee { id } } } }
    } }`;
    const one = await count(query, [{ __typename: 'Committee', id: 'it-rat' }]);
    const all = await count(
      query,
      ['it-rat', 'steuerungsgremium', 'pg-ozg', 'unknown'].map((id) => ({ __typename: 'Committee', id })),
    );
    expect(all.entities.map((c: { id: string } | null) => c?.id ?? null)).toEqual([
      'it-rat',
      'steuerungsgremium',
      'pg-ozg',
      null,
    ]);
    expect(all.entities[0].decisions).toMatchObject({
      totalCount: 18,
      nodes: [{ id: 'itrat-2019-1' }, { id: 'itrat-2019-2' }],
    });
    expect(all.statements).toBe(one.statements);
    expect(all.statements).toBeLessThanOrEqual(5);
  });
});
