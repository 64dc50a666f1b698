import { createHash } from 'node:crypto';
import type { Logger } from '@kaz/telemetry';
import type { Redis } from 'ioredis';
import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * Where the gateway keeps what several replicas must share (docs/operations.md, "Several gateway
 * replicas"): `redis` (in Redis, shared), `redis unreachable (local fallback)` (Redis is configured
 * but cannot be asked right now: caches are skipped, limits count in this process) or `local` (no
 * `REDIS_URL`: everything in this process, as a single gateway needs).
 */
export type SharedStateMode = 'redis' | 'redis unreachable (local fallback)' | 'local';

/** The stores that live in Redis when it is configured; the label of the fallback counter. */
export type SharedStore = 'cache' | 'rejections' | 'refused-requests' | 'write-quota' | 'cost-budget';

/** The default prefix of every key the gateway writes to Redis. */
export const DEFAULT_REDIS_KEY_PREFIX = 'kaz:gateway:';

/** The shared state of the gateway replicas, or the sign that there is none (`redis` undefined). */
export interface SharedState {
  /** The Redis connection; undefined without `REDIS_URL`. */
  readonly redis: Redis | undefined;
  /** Prepended to every key (`REDIS_KEY_PREFIX`), so that several hubs can share one Redis. */
  readonly prefix: string;
  /**
   * True when a store should ask Redis now: it is configured, connected, and no command failed in
   * the last few seconds (a Redis that hangs would otherwise cost every request a timeout).
   */
  up(): boolean;
  mode(): SharedStateMode;
  /** A store could not use Redis (it was down, or the command failed): counted, logged once per outage. */
  fellBack(store: SharedStore, error?: unknown): void;
  /** Calls `listener` whenever the connection is (again) ready: stores reload their Lua scripts. */
  onReady(listener: () => void): void;
  /** Waits at most `timeoutMs` for the first connection; true when connected. Never throws. */
  connected(timeoutMs: number): Promise<boolean>;
  /** Closes the connection (no reconnecting afterwards). */
  close(): void;
}

/**
 * How long the stores leave Redis alone after a command failed (timeout, connection lost): the
 * requests of that moment are answered from local state without waiting for Redis again.
 */
const PAUSE_AFTER_FAILURE_MS = 5_000;

/**
 * The gateway's connection to Redis (`url`, `redis://` or `rediss://`), made so that a request never
 * waits long for a Redis that is down: no offline queue (a command while disconnected fails at once),
 * one retry per command, 500 ms per command, 2 s to connect; it reconnects by itself, forever, at most
 * every 2 s. Without `url`, the state is `local` (and the Redis client is not even loaded). With a
 * `registry`, `kaz_gateway_shared_state_up` (1 while Redis is used, 0 while it is not) and
 * `kaz_gateway_shared_state_fallbacks_total` by store.
 */
export async function createSharedState(options: {
  url?: string | undefined;
  prefix?: string | undefined;
  registry?: Registry | undefined;
  logger?: Logger | undefined;
}): Promise<SharedState> {
  const prefix = options.prefix ?? DEFAULT_REDIS_KEY_PREFIX;
  if (!options.url) return localSharedState(prefix);
  const fallbacks = options.registry
    ? new Counter({
        name: 'kaz_gateway_shared_state_fallbacks_total',
        help: 'Operations on shared state (REDIS_URL) done locally because Redis could not be asked: caches skipped, limits counted in this process; by store',
        labelNames: ['store'],
        registers: [options.registry],
      })
    : undefined;
  const { Redis } = await import('ioredis');
  const redis = new Redis(options.url, {
    connectionName: 'kaz-gateway',
    // The commands of requests running at the same moment go to Redis in one write.
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let pausedUntil = 0;
  let outage = false;
  let closing = false;
  const readyListeners: (() => void)[] = [];
  const up = () => redis.status === 'ready' && Date.now() >= pausedUntil;
  const reportOutage = (reason: string) => {
    if (outage || closing) return;
    outage = true;
    options.logger?.warn({ reason }, 'Redis unreachable: caches skipped, limits counted in this gateway process');
  };
  redis.on('ready', () => {
    pausedUntil = 0;
    if (outage) options.logger?.info('Redis reachable again: gateway state shared');
    outage = false;
    for (const listener of readyListeners) listener();
  });
  // ioredis reports every failed attempt to connect here; without a listener it prints them itself.
  redis.on('error', (error: Error) => reportOutage(error.message));
  redis.on('close', () => reportOutage('connection closed'));
  if (options.registry) {
    new Gauge({
      name: 'kaz_gateway_shared_state_up',
      help: 'Whether the gateway keeps its caches and limits in Redis now (1) or, Redis being unreachable, locally (0)',
      registers: [options.registry],
      collect() {
        this.set(up() ? 1 : 0);
      },
    });
  }
  return {
    redis,
    prefix,
    up,
    mode: () => (up() ? 'redis' : 'redis unreachable (local fallback)'),
    fellBack: (store, error) => {
      fallbacks?.inc({ store });
      if (error === undefined) return;
      // A reply error (a bug, a full Redis) says nothing about the connection; anything else pauses.
      if (!(error instanceof Error && error.name === 'ReplyError')) pausedUntil = Date.now() + PAUSE_AFTER_FAILURE_MS;
      reportOutage(error instanceof Error ? error.message : String(error));
    },
    onReady: (listener) => {
      readyListeners.push(listener);
    },
    connected: (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (redis.status === 'ready') return resolve(true);
        const timer = setTimeout(() => {
          redis.off('ready', ready);
          resolve(false);
        }, timeoutMs);
        const ready = () => {
          clearTimeout(timer);
          resolve(true);
        };
        redis.once('ready', ready);
      }),
    close: () => {
      closing = true;
      redis.disconnect();
    },
  };
}

/** No Redis (`REDIS_URL` unset): every store keeps its state in this process. */
export function localSharedState(prefix = DEFAULT_REDIS_KEY_PREFIX): SharedState {
  return {
    redis: undefined,
    prefix,
    up: () => false,
    mode: () => 'local',
    fellBack: () => {},
    onReady: () => {},
    connected: async () => false,
    close: () => {},
  };
}

/** A short, fixed-length key part for arbitrary text (a document, a schema). */
export function hashKey(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
