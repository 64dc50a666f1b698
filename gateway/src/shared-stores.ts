import type { ApolloServerOptions } from '@apollo/server';
import { type ClientRateLimitInfo, MemoryStore, type Options, type Store } from 'express-rate-limit';
import { type RedisReply, RedisStore } from 'rate-limit-redis';
import type { SharedState, SharedStore } from './shared-state.ts';

/** Apollo's key-value cache interface (APQ and the response cache keep their entries in it). */
export type KeyValueCache = Exclude<NonNullable<ApolloServerOptions<never>['cache']>, 'bounded'>;

/** How long a cache entry that comes without a TTL (an APQ registration) stays: one day. */
export const DEFAULT_CACHE_TTL_SECONDS = 86_400;

/** The largest value the shared cache keeps; a larger answer is simply not cached. */
export const MAX_CACHED_VALUE_BYTES = 1024 * 1024;

/**
 * Apollo's cache (automatic persisted queries, the public-answer cache) in Redis, under
 * `<prefix>cache:`. Every entry expires: after its own TTL (an answer's max-age) or, without one,
 * `DEFAULT_CACHE_TTL_SECONDS`; values over `MAX_CACHED_VALUE_BYTES` are not kept. Redis bounds the
 * rest (`maxmemory` with an LRU policy, docs/operations.md). When Redis cannot be asked, every read
 * is a miss and every write is dropped: APQ then answers PERSISTED_QUERY_NOT_FOUND and the client
 * sends the text again, an answer comes from the subgraphs again. Never throws.
 */
export function sharedCache(shared: SharedState): KeyValueCache {
  const { redis } = shared;
  if (!redis) throw new Error('the shared cache needs Redis (REDIS_URL)');
  const keyOf = (key: string) => `${shared.prefix}cache:${key}`;
  return {
    async get(key) {
      if (!shared.up()) return miss();
      try {
        return (await redis.get(keyOf(key))) ?? undefined;
      } catch (error) {
        return miss(error);
      }
    },
    async set(key, value, options) {
      if (Buffer.byteLength(value) > MAX_CACHED_VALUE_BYTES) return;
      if (!shared.up()) return void miss();
      const ttl = Math.ceil(Math.min(options?.ttl ?? DEFAULT_CACHE_TTL_SECONDS, DEFAULT_CACHE_TTL_SECONDS));
      if (ttl <= 0) return;
      try {
        await redis.set(keyOf(key), value, 'EX', ttl);
      } catch (error) {
        miss(error);
      }
    },
    async delete(key) {
      if (!shared.up()) return void miss();
      try {
        await redis.del(keyOf(key));
      } catch (error) {
        miss(error);
      }
    },
  };

  function miss(error?: unknown): undefined {
    shared.fellBack('cache', error);
    return undefined;
  }
}

/**
 * An express-rate-limit store that counts in Redis (rate-limit-redis, under `<prefix><name>:`) while
 * Redis can be asked, and in this process (express-rate-limit's MemoryStore) while it cannot: a limit
 * keeps refusing when Redis is down, each replica counting alone. Without Redis it is the
 * MemoryStore. Counts made locally during an outage are not carried over to Redis; counts in Redis
 * expire with their window. Never throws.
 */
export class SharedRateLimitStore implements Store {
  readonly #local = new MemoryStore();
  readonly #redis: RedisStore | undefined;
  #options: Options | undefined;

  /** Keys counted in Redis affect every replica; express-rate-limit's double-count check needs to know. */
  readonly localKeys: boolean;
  readonly prefix: string;

  constructor(
    private readonly shared: SharedState,
    private readonly name: SharedStore,
  ) {
    const { redis } = shared;
    this.prefix = `${shared.prefix}${name}:`;
    this.localKeys = redis === undefined;
    this.#redis = redis
      ? new RedisStore({
          prefix: this.prefix,
          sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
        })
      : undefined;
    // rate-limit-redis loads its Lua scripts in `init`; a Redis that was down then (or restarted
    // without them) gets them again on every new connection.
    shared.onReady(() => void this.#loadScripts());
  }

  init(options: Options): void {
    this.#options = options;
    this.#local.init(options);
    void this.#loadScripts();
  }

  async #loadScripts(): Promise<void> {
    if (!this.#redis || !this.#options || !this.shared.up()) return;
    await this.#redis.init(this.#options).catch(() => {});
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.#either(
      (store) => store.get(key),
      () => this.#local.get(key),
    );
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    return this.#either(
      (store) => store.increment(key),
      () => this.#local.increment(key),
    );
  }

  async decrement(key: string): Promise<void> {
    return this.#either(
      (store) => store.decrement(key),
      () => this.#local.decrement(key),
    );
  }

  async resetKey(key: string): Promise<void> {
    return this.#either(
      (store) => store.resetKey(key),
      () => this.#local.resetKey(key),
    );
  }

  shutdown(): void {
    this.#local.shutdown();
  }

  async #either<T>(inRedis: (store: RedisStore) => Promise<T>, locally: () => Promise<T>): Promise<T> {
    if (!this.#redis) return locally();
    if (!this.shared.up()) {
      this.shared.fellBack(this.name);
      return locally();
    }
    try {
      return await inRedis(this.#redis);
    } catch (error) {
      this.shared.fellBack(this.name, error);
      return locally();
    }
  }
}
