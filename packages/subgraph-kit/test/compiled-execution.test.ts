import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledExecution, MAX_COMPILED_DOCUMENTS, notCompilable } from '../src/compiled-execution.ts';
import { type OpsSubgraph, startOpsSubgraph } from './support.ts';

// The build of graphql that Apollo Server and graphql-jit use (see compiled-execution.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// graphql-jit's marker for a Date in the argument values it writes into its code (graphql-jit 0.8.9).
const DATE_MARKER = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
// A string literal that graphql-jit, compiling it, would turn into code setting this global.
const INJECTED = `${DATE_MARKER}0+(globalThis.kazInjected=42)`;

/** Where each resolver of the toy schema saw itself called from, by graphql-js or compiled code. */
const callers: string[] = [];

function toySchema(): GraphQLSchema {
  const schema = graphql.buildSchema(`
    type Query {
      echo(text: String): String
      items(first: Int!): [Item!]!
      failing: Item
      broken: Item!
    }
    type Item { id: ID! label: String! parent: Item }
  `);
  const item = (id: number) => ({ id: String(id), label: `item ${id}` });
  const fields = (schema.getQueryType() as import('graphql').GraphQLObjectType).getFields();
  fields.echo!.resolve = (_root, args: { text?: string }) => {
    callers.push(new Error().stack ?? '');
    return args.text ?? null;
  };
  fields.items!.resolve = (_root, args: { first: number }) => Array.from({ length: args.first }, (_, i) => item(i + 1));
  fields.failing!.resolve = () => {
    throw new graphql.GraphQLError('no such item', { extensions: { code: 'NOT_FOUND' } });
  };
  fields.broken!.resolve = () => null;
  (schema.getType('Item') as import('graphql').GraphQLObjectType).getFields().parent!.resolve = (source: {
    id: string;
  }) => (source.id === '1' ? null : item(1));
  return schema;
}

/** Runs one operation through compiledExecution's executor, as Apollo Server calls it. */
async function run(
  executor: (context: never) => Promise<unknown>,
  query: string,
  variables?: Record<string, unknown>,
  document = graphql.parse(query),
) {
  const operation = graphql.getOperationAST(document);
  return JSON.parse(
    JSON.stringify(await executor({ document, operation, request: { query, variables }, context: {} } as never)),
  );
}

describe('compiledExecution', () => {
  let schema: GraphQLSchema;
  let executor: (context: never) => Promise<unknown>;

  beforeAll(async () => {
    schema = toySchema();
    const loaded = await compiledExecution(schema).load({ apollo: {} as never });
    executor = loaded.executor as never;
  });

  it('answers as graphql-js does: data, aliases, fragments, variables, errors and null bubbling', async () => {
    const operations: [string, Record<string, unknown>?][] = [
      ['{ items(first: 3) { id label parent { id } } }'],
      ['query ($n: Int!) { a: items(first: $n) { ...F } b: echo(text: "x") } fragment F on Item { label }', { n: 2 }],
      ['{ echo(text: "kept") failing { id } }'],
      ['{ echo broken { id } }'],
      ['query ($n: Int!) { items(first: $n) { id } }', {}],
      ['query ($n: Int! = 2) { items(first: $n) { id } }', {}],
      ['query ($n: Int!) { items(first: $n) { id } }', { n: 'three' }],
      ['{ items(first: 1) { __typename id @skip(if: true) label @include(if: true) } }'],
    ];
    for (const [query, variables] of operations) {
      const expected = JSON.parse(
        JSON.stringify(await graphql.execute({ schema, document: graphql.parse(query), variableValues: variables })),
      );
      expect({ query, answer: await run(executor, query, variables) }).toEqual({ query, answer: expected });
    }
  });

  it('gives graphql’s own errors, whose message a plugin may rewrite (graphql-armor does)', async () => {
    const document = graphql.parse('{ failing { id } }');
    const result = (await executor({
      document,
      operation: graphql.getOperationAST(document),
      request: {},
      context: {},
    } as never)) as { errors: import('graphql').GraphQLError[] };
    const [error] = result.errors;
    expect(error).toBeInstanceOf(graphql.GraphQLError);
    expect(error?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(error?.path).toEqual(['failing']);
    (error as { message: string }).message = 'rewritten';
    expect(error?.message).toBe('rewritten');
  });

  it('runs an operation as compiled code, from its first run on', async () => {
    callers.length = 0;
    const document = graphql.parse('{ echo(text: "hello") }');
    expect(await run(executor, '', undefined, document)).toEqual({ data: { echo: 'hello' } });
    expect(await run(executor, '', undefined, document)).toEqual({ data: { echo: 'hello' } });
    expect(callers).toHaveLength(2);
    for (const stack of callers) expect(stack).not.toMatch(/graphql[/\\]execution[/\\]execute/);
  });

  it('never compiles a document whose strings carry a graphql-jit marker: graphql-js answers, nothing is injected', async () => {
    const query = `{ echo(text: ${JSON.stringify(INJECTED)}) }`;
    // What graphql-jit itself makes of it: the literal becomes code, which runs.
    const compiled = compileQuery(schema, graphql.parse(query));
    if (!isCompiledQuery(compiled)) throw new Error('graphql-jit no longer compiles the document');
    await compiled.query(undefined, {}, {});
    expect((globalThis as { kazInjected?: number }).kazInjected).toBe(42);
    delete (globalThis as { kazInjected?: number }).kazInjected;

    callers.length = 0;
    expect(await run(executor, query)).toEqual({ data: { echo: INJECTED } });
    expect((globalThis as { kazInjected?: number }).kazInjected).toBeUndefined();
    expect(callers[0]).toMatch(/graphql[/\\]execution[/\\]execute/);
    // In a default value of a variable too.
    const withDefault = `query ($t: String = ${JSON.stringify(INJECTED)}) { echo(text: $t) }`;
    expect(await run(executor, withDefault)).toEqual({ data: { echo: INJECTED } });
    expect((globalThis as { kazInjected?: number }).kazInjected).toBeUndefined();
  });

  it('leaves to graphql-js a document with a marker string or a variable inside a literal (as the organisations tests send)', async () => {
    const document = graphql.parse('query ($t: String) { echo(text: $t) }');
    expect(notCompilable(document)).toBeUndefined();
    expect(
      notCompilable(graphql.parse('query ($a: String) { items(first: 1) { id } echo(text: "x") }')),
    ).toBeUndefined();
    expect(notCompilable(graphql.parse(`{ echo(text: ${JSON.stringify(INJECTED)}) }`))).toBe('marker string');
    expect(
      notCompilable(graphql.parse('query ($ars: ID!) { _entities(representations: [{ ars: $ars }]) { __typename } }')),
    ).toBe('variable in a literal');
  });

  it(`keeps the last ${MAX_COMPILED_DOCUMENTS} documents used`, async () => {
    const execution = compiledExecution(schema);
    const own = (await execution.load({ apollo: {} as never })).executor as never;
    const first = graphql.parse('{ echo(text: "first") }');
    await run(own, '', undefined, first);
    for (let i = 0; i < MAX_COMPILED_DOCUMENTS + 10; i++) {
      await run(own, '', undefined, graphql.parse(`{ echo(text: "${i}") }`));
      if (i % 100 === 0) await run(own, '', undefined, first);
    }
    expect(execution.compiledDocuments()).toBe(MAX_COMPILED_DOCUMENTS);
    expect(execution.isCompiled(first)).toBe(true);
    expect(execution.isCompiled(graphql.parse('{ echo }'))).toBe(false);
  });
});

describe('the municipalities subgraph, compiled', () => {
  let subgraph: OpsSubgraph;

  beforeAll(async () => {
    subgraph = await startOpsSubgraph();
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it('a string argument carrying graphql-jit marker is only text: no Kommune matches, nothing is injected', async () => {
    const response = await subgraph.post({
      query: `{ municipalities(filter: { nameContains: ${JSON.stringify(INJECTED)} }) { totalCount nodes { name } } }`,
    });
    expect(await response.json()).toEqual({ data: { municipalities: { totalCount: 0, nodes: [] } } });
    expect((globalThis as { kazInjected?: number }).kazInjected).toBeUndefined();
  });
});
