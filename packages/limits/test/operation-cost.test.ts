import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildCostSchema, operationCost, UNDECLARED_LIST_SIZE } from '../src/operation-cost.ts';

// The document must come from the graphql build the cost schema uses (see operation-cost.ts).
const { parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildCostSchema(`
  type Query {
    contracts(first: Int): ContractConnection @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
    statistics: [Int!] @cost(weight: 25)
    _entities(representations: [_Any!]!): [_Entity]!
  }
  scalar _Any
  union _Entity = Contract
  type ContractConnection { nodes: [Contract!]! totalCount: Int! }
  type Contract { id: ID! eligible: [Kommune!]! @listSize(assumedSize: 200) undeclared: [Kommune!]! }
  type Kommune { name: String! }
`);
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), { variables, defaultFirst: 50 });

describe('operationCost', () => {
  it('multiplies a plain list by its declared assumedSize and a paged one by its first', () => {
    // contracts: 1 + 3 × (nodes: 1 + (id 1 + eligible: 1 + 200 × name 1)) = 1 + 3 × 203
    expect(cost('{ contracts(first: 3) { nodes { id eligible { name } } } }')).toBe(1 + 3 * 203);
  });

  it('takes the slicing argument from the variables and defaultFirst without one', () => {
    expect(cost('query ($n: Int) { contracts(first: $n) { totalCount } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ contracts { totalCount } }')).toBe(1 + 50);
  });

  it('counts an undeclared list high, a @cost weight instead of 1, and _entities by its representations', () => {
    expect(cost('{ contracts(first: 1) { nodes { undeclared { name } } } }')).toBe(1 + (1 + 1 + UNDECLARED_LIST_SIZE));
    expect(cost('{ statistics }')).toBe(25);
    const entities =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Contract { eligible { name } } } }';
    expect(cost(entities, { r: [{}, {}, {}] })).toBe(1 + 3 * 201);
  });
});
