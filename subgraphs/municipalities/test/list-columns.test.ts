import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { COLUMNS_OF_COMPUTED_FIELDS } from '../src/schema/municipality.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();

// Every field of Municipality; those with a selection of their own are read through their `ars`.
const municipalityType = schema.getType('Municipality') as import('graphql').GraphQLObjectType;
const selectionOf = (field: string) =>
  field === 'members'
    ? 'members(first: 2) { totalCount nodes { ars } }'
    : `${field}${objectFields.has(field) ? ' { ars }' : ''}`;
const objectFields = new Set(['district', 'amt', 'mitverwaltendeGemeinde', 'mitverwaltung', 'successor']);
const fields = Object.keys(municipalityType.getFields());

/** The columns of the list's statement (the one that reads `count(*) over ()`). */
function listStatementColumns(): string[] {
  const statement = subgraph.statements.find((text) => text.includes('count(*) over ()'));
  if (!statement) throw new Error(`no list statement among ${subgraph.statements.join('\n')}`);
  const selected = /^select (.*) from "municipality"/.exec(statement)?.[1] ?? '';
  return [...selected.matchAll(/"(\w+)"/g)]
    .map((match) => match[1] as string)
    .filter((column) => column !== 'total_count')
    .sort();
}

beforeAll(async () => {
  // The shipped edition has no dissolved Kommune and no change: one, so that those fields have values.
  await subgraph.db
    .updateTable('municipality')
    .set({ dissolved_on: '2024-01-01', successor_ars: '120540000000', valid_from: '2020-01-01' })
    .where('ars', '=', '120735306225')
    .execute();
});

describe('the list of Kommunen reads only the columns of the fields a request selects', () => {
  it('the Gemeinden reference list: 6 columns (of 16), no statement more', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(
      '{ municipalities(first: 500) { totalCount nodes { ars ags name kind population areaKm2 } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipalities.nodes).toHaveLength(478); // 479 Kommunen, one dissolved above
    expect(listStatementColumns()).toEqual(['ags', 'area_km2', 'ars', 'kind', 'name', 'population']);
    expect(subgraph.statements).toHaveLength(1);
  });

  it('follows fragments and edges: the columns of every field selected there, the same rows', async () => {
    subgraph.resetStatements();
    const result = await subgraph.query(`{
      municipalities(first: 3, filter: { kinds: [AMT] }) {
        nodes { ...Names }
        edges { cursor node { ... on Municipality { seat amt { ars } } } }
      }
    }
    fragment Names on Municipality { displayName }`);
    expect(result.errors).toBeUndefined();
    expect(listStatementColumns()).toEqual(['amt_ars', 'ars', 'display_name', 'seat']);
    const { nodes, edges } = (result.data?.municipalities ?? {}) as {
      nodes: { displayName: string }[];
      edges: { cursor: string; node: { seat: string | null; amt: null } }[];
    };
    expect(nodes.map((node) => node.displayName)).toEqual([
      'Amt Biesenthal-Barnim',
      'Amt Joachimsthal (Schorfheide)',
      'Amt Britz-Chorin-Oderberg',
    ]);
    expect(edges.map((edge) => edge.node.seat)).toEqual(['Biesenthal', 'Joachimsthal', 'Britz']);
    expect(edges.every((edge) => edge.node.amt === null && edge.cursor.length > 0)).toBe(true);
  });

  it('names a computed field’s columns for every computed field of Municipality, and only real fields', () => {
    const computed = fields.filter(
      (name) => municipalityType.getFields()[name]?.extensions?.pothosExposedField === undefined,
    );
    expect(Object.keys(COLUMNS_OF_COMPUTED_FIELDS).sort()).toEqual(computed.sort());
  });

  it.each(fields)('%s: the same value from a few columns as from the whole row, on every Kommune', async (field) => {
    const selection = selectionOf(field);
    // The list (dissolved Kommunen too) reads the columns of `ars` and the field; `_entities` reads
    // whole rows through the by-ARS loader.
    subgraph.resetStatements();
    const list = await subgraph.query(
      `{ municipalities(first: 500, includeDissolved: true) { totalCount nodes { ars ${selection} } } }`,
    );
    expect(list.errors).toBeUndefined();
    const columns = listStatementColumns();
    expect(columns.length).toBeLessThanOrEqual(3);
    const nodes = list.data?.municipalities.nodes as Record<string, unknown>[];
    expect(nodes.length).toBe(list.data?.municipalities.totalCount);
    const entities = await subgraph.query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Municipality { ars ${selection} } } }`,
      { representations: nodes.map(({ ars }) => ({ __typename: 'Municipality', ars })) },
    );
    expect(entities.errors).toBeUndefined();
    expect(nodes).toEqual(entities.data?._entities);
    // Not a list of nulls: every field has a value on some Kommune (members: a total on every one).
    expect(nodes.some((node) => node[field] !== null)).toBe(true);
  });
});
