import { type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countMutationFields } from '../src/mutation-count.ts';

/** Counts the mutation fields of the operation named `name` (or the only one) in `source`. */
function count(source: string, name?: string): number {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' && (name === undefined || definition.name?.value === name),
  );
  if (!operation) throw new Error('no such operation');
  return countMutationFields(document, operation);
}

describe('countMutationFields', () => {
  it('counts each aliased root field once', () => {
    expect(count('mutation { a: reportIncident { id } b: reportIncident { id } c: issueWorkOrder { id } }')).toBe(3);
  });

  it('follows fragments and inline fragments at the root, even when skipped, and leaves out __typename', () => {
    const source = `
      mutation Writes { __typename ...More ... on Mutation { c: reportIncident { id } } d: reportIncident @skip(if: true) { id } }
      fragment More on Mutation { a: reportIncident { id } ...Again }
      fragment Again on Mutation { b: reportIncident { id } }`;
    expect(count(source, 'Writes')).toBe(4);
  });

  it('counts nothing for a query, and does not loop on a fragment cycle that validation will refuse', () => {
    expect(count('query { a: incidents { totalCount } b: incidents { totalCount } }')).toBe(0);
    expect(count('mutation { ...A } fragment A on Mutation { x ...B } fragment B on Mutation { y ...A }')).toBe(2);
  });
});
