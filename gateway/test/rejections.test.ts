import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { DEFAULT_OPERATION_LIMITS, operationLimits } from '@kaz/limits';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionCache } from '../src/rejections.ts';

// A small Apollo server with the gateway's limits and the rejection cache; a second plugin counts
// the requests that reach Apollo.
const typeDefs = 'type Query { hello(times: Int): String, node: Node } type Node { child: Node, name: String }';
let reachedApollo = 0;
let url: string;
let stop: () => Promise<void>;
const rejections = rejectionCache({ maxEntries: 2 });

beforeAll(async () => {
  const limits = operationLimits(
    { ...DEFAULT_OPERATION_LIMITS, maxDepth: 3 },
    { blockFieldSuggestions: false, schemaSdl: typeDefs },
  );
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { hello: () => 'Moin' } },
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: limits.formatError,
    plugins: [
      {
        async requestDidStart() {
          reachedApollo++;
        },
      },
      rejections.plugin,
      ...limits.plugins,
    ],
  });
  await server.start();
  const app = express();
  app.use(express.json(), rejections.middleware, expressMiddleware(server));
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
  stop = async () => {
    await server.stop();
    await new Promise((resolve) => http.close(resolve));
  };
});
afterAll(() => stop?.());

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

describe('the rejection cache', () => {
  it('answers a document refused for itself again without parsing or validating it', async () => {
    for (const query of ['{ hello(', '{ nosuch }', '{ node { child { child { child { name } } } } }']) {
      const before = reachedApollo;
      const first = await ask(query);
      const second = await ask(query);
      expect(first.status).toBe(400);
      expect(second).toEqual(first);
      expect(reachedApollo - before).toBe(1);
    }
  });

  it('never keeps what depends on the variables or what was answered', async () => {
    const before = reachedApollo;
    await ask('query($t: Int) { hello(times: $t) }', { t: 'many' });
    await ask('query($t: Int) { hello(times: $t) }', { t: 3 });
    await ask('{ hello }');
    await ask('{ hello }');
    expect(reachedApollo - before).toBe(4);
    expect((await ask('query($t: Int) { hello(times: $t) }', { t: 3 })).body.data.hello).toBe('Moin');
  });

  it('holds at most maxEntries documents, forgetting the oldest', async () => {
    await ask('{ a1 }');
    await ask('{ a2 }');
    await ask('{ a3 }');
    expect(rejections.size()).toBe(2);
    const before = reachedApollo;
    await ask('{ a1 }');
    await ask('{ a3 }');
    expect(reachedApollo - before).toBe(1);
  });
});
