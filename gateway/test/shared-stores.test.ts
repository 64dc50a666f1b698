import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { DEFAULT_OPERATION_LIMITS, operationLimits } from '@kaz/limits';
import express from 'express';
import type { Options } from 'express-rate-limit';
import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../../test/support/redis-server.ts';
import { CostBudget } from '../src/cost-budget.ts';
import { rejectionCache } from '../src/rejections.ts';
import { createSharedState, type SharedState } from '../src/shared-state.ts';
import {
  DEFAULT_CACHE_TTL_SECONDS,
  MAX_CACHED_VALUE_BYTES,
  SharedRateLimitStore,
  sharedCache,
} from '../src/shared-stores.ts';

// The stores of the gateway's shared state against a real redis-server of this file's own: two
// `SharedState`s stand for two replicas; the server is stopped to see the local fallback.

let redis: TestRedis;
let inspect: Redis;
const prefix = `kaz:test:${randomUUID()}:`;
const states: SharedState[] = [];

async function replica(registry?: Registry): Promise<SharedState> {
  const state = await createSharedState({ url: redis.url, prefix, registry });
  states.push(state);
  expect(await state.connected(5_000)).toBe(true);
  return state;
}

beforeAll(async () => {
  redis = await startTestRedis();
  inspect = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  inspect.on('error', () => {});
});
afterAll(async () => {
  for (const state of states) state.close();
  inspect?.disconnect();
  await redis?.stop();
});

describe('the cost budget in Redis', () => {
  it('is one budget per client for all replicas, charged atomically', async () => {
    const [one, two] = [await replica(), await replica()];
    const budgets = [new CostBudget(1_000, Date.now, one), new CostBudget(1_000, Date.now, two)];
    // 20 charges of 100 at once, half through each replica: exactly a minute's worth (10) pass.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => budgets[i % 2]?.charge('client-a', 100)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 100 });
    expect(refused.reason.extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Another client has its own budget; keys stay under the prefix and expire.
    await expect(budgets[1]?.charge('client-b', 1_000)).resolves.toBeUndefined();
    expect(await inspect.pttl(`${prefix}cost-budget:client-a`)).toBeGreaterThan(0);
    expect(await inspect.pttl(`${prefix}cost-budget:client-a`)).toBeLessThanOrEqual(60_000);
  });
});

describe('the rate-limit store', () => {
  it('counts a client on both replicas together, and again after Redis lost its scripts', async () => {
    const stores = [
      new SharedRateLimitStore(await replica(), 'write-quota'),
      new SharedRateLimitStore(await replica(), 'write-quota'),
    ];
    for (const store of stores) store.init({ windowMs: 60_000 } as Options);
    expect((await stores[0]?.increment('writer'))?.totalHits).toBe(1);
    expect((await stores[1]?.increment('writer'))?.totalHits).toBe(2);
    await stores[1]?.decrement('writer');
    expect((await stores[0]?.increment('writer'))?.totalHits).toBe(2);
    expect(Number(await inspect.get(`${prefix}write-quota:writer`))).toBe(2);

    await inspect.script('FLUSH');
    expect((await stores[1]?.increment('writer'))?.totalHits).toBe(3);
    for (const store of stores) store.shutdown();
  });
});

describe('the shared cache', () => {
  it('keeps entries for their TTL, at most a day, and no value over the size limit', async () => {
    const cache = sharedCache(await replica());
    await cache.set('fqc:answer', '{"data":{}}', { ttl: 300 });
    await cache.set('apq:hash', '{ __typename }');
    await cache.set('fqc:huge', 'x'.repeat(MAX_CACHED_VALUE_BYTES + 1), { ttl: 300 });
    expect(await cache.get('fqc:answer')).toBe('{"data":{}}');
    expect(await inspect.ttl(`${prefix}cache:fqc:answer`)).toBeLessThanOrEqual(300);
    expect(await inspect.ttl(`${prefix}cache:apq:hash`)).toBeGreaterThan(DEFAULT_CACHE_TTL_SECONDS - 10);
    expect(await cache.get('fqc:huge')).toBeUndefined();
    await cache.delete('apq:hash');
    expect(await cache.get('apq:hash')).toBeUndefined();
  });
});

describe('the rejection cache', () => {
  const typeDefs = 'type Query { hello: String, node: Node } type Node { child: Node, name: String }';

  /** A small Apollo server with the limits and a rejection cache; counts what reaches Apollo. */
  async function server(shared: SharedState, scope: string) {
    const rejections = rejectionCache({ shared, scope });
    const limits = operationLimits(
      { ...DEFAULT_OPERATION_LIMITS, maxDepth: 3 },
      { blockFieldSuggestions: false, schemaSdl: typeDefs },
    );
    let reached = 0;
    const apollo = new ApolloServer({
      typeDefs,
      resolvers: { Query: { hello: () => 'Moin' } },
      validationRules: limits.validationRules,
      formatError: limits.formatError,
      plugins: [{ requestDidStart: async () => void reached++ }, rejections.plugin, ...limits.plugins],
    });
    await apollo.start();
    const http = createServer(express().use(express.json(), rejections.middleware, expressMiddleware(apollo)));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
    return {
      reached: () => reached,
      ask: async (query: string) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return { status: response.status, body: await response.json() };
      },
      stop: async () => {
        await apollo.stop();
        http.close();
      },
    };
  }

  it('answers on one replica a refusal made on the other, only for the same schema and limits', async () => {
    const one = await server(await replica(), 'schema-1');
    const two = await server(await replica(), 'schema-1');
    const otherSchema = await server(await replica(), 'schema-2');
    const deep = '{ node { child { child { child { name } } } } }';
    const first = await one.ask(deep);
    expect(first.status).toBe(400);
    expect(first.body.errors[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');

    const repeated = await two.ask(deep);
    expect(repeated).toEqual(first);
    expect(two.reached()).toBe(0);
    await otherSchema.ask(deep);
    expect(otherSchema.reached()).toBe(1);
    // A correct document is never kept.
    expect((await two.ask('{ hello }')).body).toEqual({ data: { hello: 'Moin' } });
    await Promise.all([one.stop(), two.stop(), otherSchema.stop()]);
  });
});

describe('with Redis down', () => {
  it('falls back: caches miss, limits count locally, the state and the metrics say so; then shares again', async () => {
    const registry = new Registry();
    const shared = await replica(registry);
    const cache = sharedCache(shared);
    const store = new SharedRateLimitStore(shared, 'refused-requests');
    store.init({ windowMs: 60_000 } as Options);
    const budget = new CostBudget(1_000, Date.now, shared);
    await cache.set('apq:kept', '{ __typename }');
    expect(shared.mode()).toBe('redis');

    await redis.stop();
    await expect.poll(() => shared.mode()).toBe('redis unreachable (local fallback)');
    expect(await cache.get('apq:kept')).toBeUndefined();
    expect((await store.increment('flooder'))?.totalHits).toBe(1);
    expect((await store.increment('flooder'))?.totalHits).toBe(2);
    await budget.charge('spender', 1_000);
    await expect(budget.charge('spender', 100)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    const metrics = await registry.metrics();
    expect(metrics).toContain('kaz_gateway_shared_state_up 0');
    for (const name of ['cache', 'refused-requests', 'cost-budget']) {
      expect(metrics).toMatch(new RegExp(`kaz_gateway_shared_state_fallbacks_total\\{store="${name}"\\} [1-9]`));
    }

    await redis.start();
    await expect.poll(() => shared.mode(), { timeout: 10_000 }).toBe('redis');
    expect((await store.increment('flooder'))?.totalHits).toBe(1);
    expect(await registry.metrics()).toContain('kaz_gateway_shared_state_up 1');
    store.shutdown();
  }, 20_000);

  it('leaves a Redis that hangs alone after the first command that timed out', async () => {
    const registry = new Registry();
    const shared = await replica(registry);
    const cache = sharedCache(shared);
    redis.freeze();
    try {
      // The first read waits for the command timeout; it is a miss, and the state is marked unreachable.
      expect(await cache.get('apq:anything')).toBeUndefined();
      expect(shared.mode()).toBe('redis unreachable (local fallback)');
      // The next ones do not ask Redis at all (each counted as a fallback at once).
      expect(await cache.get('apq:anything')).toBeUndefined();
      expect(await registry.metrics()).toContain('kaz_gateway_shared_state_fallbacks_total{store="cache"} 2');
    } finally {
      redis.thaw();
    }
  });
});
