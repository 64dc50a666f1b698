import { readMunicipalities } from '@kaz/reference-data';
import { dayInBerlin } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { HOHEN_NEUENDORF, setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

// An amtsangehörige Gemeinde (Gramzow, Amt Gramzow): only Gemeinden with their own administration,
// Ämter and Landkreise are members in the sample.
const GRAMZOW = '120735306225';

const entitiesQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Municipality { ars dikomMembership { memberSince memberUntil foundingMember isSample municipality { ars } } }
} }`;

describe('DIKOM membership', () => {
  it('shows Hohen Neuendorf, where the association constituted itself, as a founding member and Gramzow as never a member', async () => {
    const result = await subgraph.query(entitiesQuery, {
      representations: [HOHEN_NEUENDORF, GRAMZOW].map((ars) => ({ __typename: 'Municipality', ars })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        ars: HOHEN_NEUENDORF,
        dikomMembership: {
          memberSince: '2020-04-09',
          memberUntil: null,
          foundingMember: true,
          isSample: true,
          municipality: { ars: HOHEN_NEUENDORF },
        },
      },
      { ars: GRAMZOW, dikomMembership: null },
    ]);
  });

  it('has 120 members over time, 19 of them founding members, none before 09.04.2020', async () => {
    const result = await subgraph.query(
      `{ dikomMembers(first: 500) { totalCount nodes { memberSince memberUntil foundingMember isSample } } }`,
    );
    expect(result.errors).toBeUndefined();
    const { totalCount, nodes } = result.data?.dikomMembers ?? {};
    expect(totalCount).toBe(120);
    expect(nodes.filter((n: any) => n.foundingMember)).toHaveLength(19);
    expect(nodes.filter((n: any) => n.memberUntil !== null)).toHaveLength(4);
    expect(nodes.every((n: any) => n.isSample && n.memberSince >= '2020-04-09')).toBe(true);
    expect(nodes.every((n: any) => n.memberUntil === null || n.memberUntil > n.memberSince)).toBe(true);
  });

  it('counts only the members of a day with activeOn', async () => {
    const result = await subgraph.query(`{
      founding: dikomMembers(activeOn: "2020-04-09") { totalCount }
      early2021: dikomMembers(activeOn: "2021-02-28") { totalCount }
      before: dikomMembers(activeOn: "2020-04-08") { totalCount nodes { memberSince } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.founding.totalCount).toBe(19);
    expect(result.data?.early2021.totalCount).toBe(37);
    expect(result.data?.before).toEqual({ totalCount: 0, nodes: [] });
    const rows = await subgraph.db.selectFrom('dikom_membership').select(['member_since', 'member_until']).execute();
    const today = dayInBerlin(subgraph.clock);
    const activeToday = rows.filter(
      (r) => r.member_since <= today && (r.member_until === null || r.member_until >= today),
    ).length;
    const now = await subgraph.query(`query ($on: String) { dikomMembers(activeOn: $on) { totalCount } }`, {
      on: today,
    });
    expect(now.data?.dikomMembers.totalCount).toBe(activeToday);
  });

  it('pages through all members in order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 10; round++) {
      const result: any = await subgraph.query(
        `query ($after: String) { dikomMembers(first: 25, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { memberSince municipality { ars } }
        } }`,
        { after },
      );
      const page = result.data.dikomMembers;
      seen.push(...page.nodes.map((n: any) => `${n.memberSince} ${n.municipality.ars}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort()).toEqual(seen);
  });

  it('rejects a malformed activeOn with BAD_USER_INPUT', async () => {
    const result = await subgraph.query(`{ dikomMembers(activeOn: "2021-02") { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activeOn' });
  });

  it('resolves dikomMembership for 2 and for 200 Kommunen in one statement each', async () => {
    const gemeinden = readMunicipalities().map((g) => ({ __typename: 'Municipality', ars: g.ars }));
    const run = async (representations: object[]) => {
      subgraph.resetStatements();
      const result = await subgraph.query(entitiesQuery, { representations });
      expect(result.errors).toBeUndefined();
      return { entities: result.data?._entities, statements: subgraph.statements.length };
    };
    const small = await run(gemeinden.slice(0, 2));
    const large = await run(gemeinden.slice(0, 200));
    expect(large.entities).toHaveLength(200);
    expect(large.entities.some((e: any) => e.dikomMembership !== null)).toBe(true);
    expect(large.entities.some((e: any) => e.dikomMembership === null)).toBe(true);
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(1);
  });
});
