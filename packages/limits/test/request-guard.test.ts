import { createRequire } from 'node:module';
import { ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { GraphQLFieldConfig } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardFieldResolvers, hardLimitsPlugin, RequestGuard, stringifyResult } from '../src/index.ts';

// The build of graphql that Apollo Server loads (see request-guard.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

interface Context extends BaseContext {
  guard: RequestGuard;
}

/** A value that counts how often it is turned into JSON. */
class Counted {
  calls = 0;
  toJSON() {
    this.calls++;
    return 'counted';
  }
}

function schemaAnswering(value: Counted) {
  const Json = new graphql.GraphQLScalarType({ name: 'Json', serialize: (v) => v });
  return new graphql.GraphQLSchema({
    query: new graphql.GraphQLObjectType({
      name: 'Query',
      fields: { value: { type: Json, resolve: () => value } },
    }),
  });
}

async function answer(server: ApolloServer<Context>) {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: { query: '{ value }' },
    },
    context: async () => ({ guard: new RequestGuard({ requestTimeoutMs: 0, maxResponseBytes: 10_000 }) }),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete body');
  return response.body.string;
}

describe('stringifyResult', () => {
  it('sends the JSON that the size check made: each answer is serialised once, not twice', async () => {
    for (const [withKept, calls] of [
      [true, 1],
      [false, 2],
    ] as const) {
      const value = new Counted();
      const server = new ApolloServer<Context>({
        schema: schemaAnswering(value),
        plugins: [hardLimitsPlugin<Context>((context) => context.guard)],
        ...(withKept ? { stringifyResult } : {}),
      });
      await server.start();
      expect(await answer(server)).toBe('{"data":{"value":"counted"}}\n');
      expect({ withKept, calls: value.calls }).toEqual({ withKept, calls });
      await server.stop();
    }
  });
});

describe('guardFieldResolvers', () => {
  it('makes every resolver that does work check the guard, and leaves property reads alone', async () => {
    const calls: string[] = [];
    const field = (name: string, config: Partial<GraphQLFieldConfig<unknown, Context>>) => ({
      type: graphql.GraphQLString,
      resolve: () => {
        calls.push(name);
        return name;
      },
      ...config,
    });
    const schema = new graphql.GraphQLSchema({
      query: new graphql.GraphQLObjectType<unknown, Context>({
        name: 'Query',
        fields: {
          computed: field('computed', {}),
          exposed: field('exposed', {
            resolve: (source) => (source as { exposed: string }).exposed,
            extensions: { pothosExposedField: 'exposed' },
          }),
          plain: { type: graphql.GraphQLString },
        },
      }),
    });
    const fields = (schema.getQueryType() as import('graphql').GraphQLObjectType).getFields();
    const exposedResolve = fields.exposed?.resolve;
    guardFieldResolvers<Context>(schema, (context) => context.guard);
    expect(fields.plain?.resolve).toBeUndefined();
    expect(fields.exposed?.resolve).toBe(exposedResolve);
    expect(fields.computed?.resolve).not.toBe(undefined);

    const stopped = new RequestGuard({ requestTimeoutMs: 0, maxResponseBytes: 0 });
    stopped.stop('timeout');
    const run = (guard: RequestGuard) =>
      graphql.execute({
        schema,
        document: graphql.parse('{ computed exposed plain }'),
        rootValue: { exposed: 'from the row', plain: 'from the row too' },
        contextValue: { guard },
      });
    const result = (await run(stopped)) as import('graphql').ExecutionResult;
    expect(calls).toEqual([]);
    expect(result.data).toEqual({ computed: null, exposed: 'from the row', plain: 'from the row too' });
    expect(result.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    const running = (await run(new RequestGuard({ requestTimeoutMs: 0, maxResponseBytes: 0 }))) as {
      data: unknown;
    };
    expect(running.data).toEqual({ computed: 'computed', exposed: 'from the row', plain: 'from the row too' });
    expect(calls).toEqual(['computed']);
  });
});
