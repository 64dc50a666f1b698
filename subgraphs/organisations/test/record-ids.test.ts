import { headersAs } from '@kaz/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import { setUpSubgraph } from './support.ts';

// Client caches (Apollo, urql) store a record under `Type:id`. The association records of this
// subgraph have ids built from their primary keys; these tests hold them to that: one id per row,
// no two alike, and the same id after a mutation changed the record.

const { subgraph } = setUpSubgraph();

async function rowCount(table: 'dikom_membership' | 'committee_membership' | 'responsibility'): Promise<number> {
  const row = await subgraph.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Expects `ids` to be as many as the table has rows, no two alike. */
async function expectOneIdPerRow(ids: string[], table: Parameters<typeof rowCount>[0]) {
  expect(ids.length).toBe(await rowCount(table));
  expect(ids.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('the ids of the association records', () => {
  it('give every DIKOM membership period the id "<ARS>/<memberSince>", unique', async () => {
    const result = await subgraph.query<{
      dikomMembers: { totalCount: number; nodes: { id: string; memberSince: string; municipality: { ars: string } }[] };
    }>('{ dikomMembers(first: 500) { totalCount nodes { id memberSince municipality { ars } } } }');
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.dikomMembers.nodes ?? [];
    expect(nodes.length).toBe(result.data?.dikomMembers.totalCount);
    for (const node of nodes) expect(node.id).toBe(`${node.municipality.ars}/${node.memberSince}`);
    await expectOneIdPerRow(
      nodes.map((node) => node.id),
      'dikom_membership',
    );
  });

  it('give every committee seat the id "<committee>/<organisation>/<validFrom>", unique', async () => {
    const result = await subgraph.query<{
      committees: {
        members: { id: string; validFrom: string; committee: { id: string }; organisation: { id: string } }[];
      }[];
    }>('{ committees { members { id validFrom committee { id } organisation { id } } } }');
    expect(result.errors).toBeUndefined();
    const seats = (result.data?.committees ?? []).flatMap((committee) => committee.members);
    for (const seat of seats) expect(seat.id).toBe(`${seat.committee.id}/${seat.organisation.id}/${seat.validFrom}`);
    expect(seats.map((seat) => seat.id)).toContain('it-rat/mdjd/2025-02-01');
    await expectOneIdPerRow(
      seats.map((seat) => seat.id),
      'committee_membership',
    );
  });

  it('give every period of responsibility the id "<area>/<validFrom>", unique', async () => {
    const result = await subgraph.query<{ responsibilities: { id: string; area: string; validFrom: string }[] }>(
      '{ responsibilities { id area validFrom } }',
    );
    expect(result.errors).toBeUndefined();
    const periods = result.data?.responsibilities ?? [];
    for (const period of periods) expect(period.id).toBe(`${period.area}/${period.validFrom}`);
    expect(periods.map((period) => period.id)).toContain('E_GOVERNMENT/2025-02-01');
    await expectOneIdPerRow(
      periods.map((period) => period.id),
      'responsibility',
    );
  });

  it('keep the id of a DIKOM membership when it ends; joining again makes a period with an id of its own', async () => {
    const ministry = await headersAs(subgraph.issuer, 'ministry');
    const FIELDS = 'id memberSince memberUntil version';
    const members = await subgraph.query<{ dikomMembers: { nodes: { id: string; municipality: { ars: string } }[] } }>(
      '{ dikomMembers(activeOn: "2025-12-31", first: 1) { nodes { id municipality { ars } } } }',
    );
    const member = members.data?.dikomMembers.nodes[0];
    if (!member) throw new Error('the sample has no DIKOM member on 2025-12-31');
    const ars = member.municipality.ars;
    const before = await subgraph.query(
      `query ($ars: ID!) { _entities(representations: [{ __typename: "Municipality", ars: $ars }]) {
        ... on Municipality { dikomMembership { ${FIELDS} } } } }`,
      { ars },
    );
    const open = before.data?._entities[0].dikomMembership;
    expect(open).toMatchObject({ id: member.id, memberUntil: null });

    const ended = await subgraph.query(
      `mutation ($input: EndDikomMembershipInput!) { endDikomMembership(input: $input) { ${FIELDS} } }`,
      { input: { municipalityArs: ars, version: open.version, memberUntil: '2026-01-15' } },
      ministry,
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.endDikomMembership).toEqual({
      id: member.id,
      memberSince: open.memberSince,
      memberUntil: '2026-01-15',
      version: open.version + 1,
    });

    const joined = await subgraph.query(
      `mutation ($input: RecordDikomMembershipInput!) { recordDikomMembership(input: $input) { ${FIELDS} } }`,
      { input: { municipalityArs: ars, memberSince: '2026-02-01' } },
      ministry,
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data?.recordDikomMembership).toMatchObject({ id: `${ars}/2026-02-01`, memberUntil: null });
    const periods = await subgraph.query(
      `query ($ars: ID!) { _entities(representations: [{ __typename: "Municipality", ars: $ars }]) {
        ... on Municipality { dikomMemberships { id memberUntil } } } }`,
      { ars },
    );
    expect(periods.data?._entities[0].dikomMemberships.slice(-2)).toEqual([
      { id: member.id, memberUntil: '2026-01-15' },
      { id: `${ars}/2026-02-01`, memberUntil: null },
    ]);
  });
});
