import { buildSchema, type GraphQLSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { demandControlledSubgraphSchema } from '../src/list-sizes.ts';

// A plain list declares its largest size with @listSize; the cost estimate of the gateway and of the
// subgraph trusts that number, so the kit holds the field to it.

const SDL = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!],
    requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  type Query {
    kommunen: [String!]! @listSize(assumedSize: 3)
    rest: String
  }
`;

/** The schema as `demandControlledSubgraphSchema` leaves it, with `kommunen` answering `items`. */
function schemaAnswering(items: string[]): GraphQLSchema {
  const schema = buildSchema(SDL);
  const field = schema.getQueryType()?.getFields().kommunen;
  if (!field) throw new Error('no field kommunen');
  field.resolve = async () => items;
  return demandControlledSubgraphSchema({ toSchema: () => schema, toSubGraphSchema: () => schema });
}

describe('a plain list with a declared size', () => {
  it('answers its items in full up to the declared size', async () => {
    const result = await graphql({ schema: schemaAnswering(['a', 'b', 'c']), source: '{ kommunen }' });
    expect(result).toEqual({ data: { kommunen: ['a', 'b', 'c'] } });
  });

  it('answers LIST_TOO_LONG on its path beyond the declared size, never a shortened list', async () => {
    const result = await graphql({ schema: schemaAnswering(['a', 'b', 'c', 'd']), source: '{ kommunen rest }' });
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(['kommunen']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_TOO_LONG', declaredSize: 3 });
    expect(result.errors?.[0]?.message).toContain('Query.kommunen');
  });

  it('refuses to build a schema with a plain list that declares no size', () => {
    const schema = buildSchema('type Query { kommunen: [String!]! }');
    expect(() => demandControlledSubgraphSchema({ toSchema: () => schema, toSubGraphSchema: () => schema })).toThrow(
      /Query\.kommunen/,
    );
  });
});

describe('an @external list (what @requires reads)', () => {
  it('needs no declared size: its owner declares it, and composition refuses one here', () => {
    const schema = buildSchema(`
      directive @external on FIELD_DEFINITION
      type Query { advisory: Advisory }
      type Advisory { products: [String!]! @external }
    `);
    expect(() =>
      demandControlledSubgraphSchema({ toSchema: () => schema, toSubGraphSchema: () => schema }),
    ).not.toThrow();
  });

  it('does not excuse a list of the same type that this subgraph resolves', () => {
    const schema = buildSchema(`
      directive @external on FIELD_DEFINITION
      type Query { advisory: Advisory }
      type Advisory { products: [String!]! @external kommunen: [String!]! }
    `);
    expect(() => demandControlledSubgraphSchema({ toSchema: () => schema, toSubGraphSchema: () => schema })).toThrow(
      /Advisory\.kommunen/,
    );
  });
});
