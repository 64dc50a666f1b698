import { createRequire } from 'node:module';
import type { GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSubgraphBuilder } from '../src/builder.ts';
import { entityById } from '../src/entity-by-id.ts';
import { demandControlledSubgraphSchema } from '../src/list-sizes.ts';
import { SAMPLE_FLAG_DESCRIPTION, sampleFlagField } from '../src/sample-flag-field.ts';
import { versionField, versionInputField } from '../src/version-field.ts';

// The federation plugin builds the subgraph schema with the CommonJS graphql (through @apollo/subgraph);
// the test executes it with that same copy (the ES module copy refuses a schema from another realm).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// The fields every changing entity has alike (version, isSample) and its federation key: one
// description each across the subgraphs, and `_entities` answering through the given resolve.

type DecisionRow = { id: string; version: number; is_sample: boolean };
type Context = { rows: Map<string, DecisionRow> };

function decisionSchema() {
  const builder = createSubgraphBuilder<Context>();
  const DecisionRef = builder.objectRef<DecisionRow>('Decision');
  DecisionRef.implement({
    description: 'A Beschluss (decision) made up for the test.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Its key.' }),
      version: versionField(t, 'decision'),
      isSample: sampleFlagField(t),
    }),
  });
  entityById(builder, DecisionRef, async (id, ctx) => {
    if (id === 'hidden') throw new Error('refused');
    return ctx.rows.get(id) ?? null;
  });
  builder.inputType('ChangeDecisionInput', {
    description: 'A change of a decision.',
    fields: (t) => ({ version: versionInputField(t, 'decision') }),
  });
  builder.queryField('decision', (t) =>
    t.field({
      type: DecisionRef,
      nullable: true,
      description: 'One decision by id.',
      args: { id: t.arg.id({ required: true, description: 'Its key.' }) },
      resolve: (_root, { id }, ctx) => ctx.rows.get(id) ?? null,
    }),
  );
  return demandControlledSubgraphSchema(builder);
}

const rows = new Map([['B-1', { id: 'B-1', version: 3, is_sample: true }]]);

describe('version and isSample', () => {
  it('carry one description each, the version naming its entity', () => {
    const schema = decisionSchema();
    const fields = (schema.getType('Decision') as GraphQLObjectType).getFields();
    expect(fields.version?.description).toBe(
      'Increases by one with every change of the decision; send it back with your next change (optimistic locking). 1 for a new decision.',
    );
    expect(fields.isSample?.description).toBe(SAMPLE_FLAG_DESCRIPTION);
    expect(String(fields.version?.type)).toBe('Int!');
    expect(String(fields.isSample?.type)).toBe('Boolean!');
    const input = (schema.getType('ChangeDecisionInput') as GraphQLInputObjectType).getFields();
    expect(String(input.version?.type)).toBe('Int!');
    expect(input.version?.description).toBe(
      'The `version` of the decision you last read; CONFLICT when the decision has changed since.',
    );
  });

  it('answer the row’s version and is_sample', async () => {
    const result = await graphql({
      schema: decisionSchema(),
      source: '{ decision(id: "B-1") { version isSample } }',
      contextValue: { rows },
    });
    expect(result).toEqual({ data: { decision: { version: 3, isSample: true } } });
  });
});

describe('entityById', () => {
  it('keys the entity by id and resolves each representation on its own: found, unknown (null), refused (error)', async () => {
    const schema = decisionSchema();
    const result = await graphql({
      schema,
      source: `{ _entities(representations: [
        { __typename: "Decision", id: "B-1" },
        { __typename: "Decision", id: "B-404" },
        { __typename: "Decision", id: "hidden" }
      ]) { ... on Decision { id version } } }`,
      contextValue: { rows },
    });
    expect(result.data).toEqual({ _entities: [{ id: 'B-1', version: 3 }, null, null] });
    expect(result.errors?.map((e) => e.path)).toEqual([['_entities', 2]]);
    const sdl = await graphql({ schema, source: '{ _service { sdl } }', contextValue: { rows } });
    expect((sdl.data?._service as { sdl: string } | undefined)?.sdl).toMatch(/type Decision\s+@key\(fields: "id"\)/);
  });
});
