import { createRequire } from 'node:module';
import { HeaderMap } from '@apollo/server';
import type { Redis } from 'ioredis';
import type { SharedState } from './shared-state.ts';

// The error must be an instance of the graphql build Apollo loads (CommonJS); see @kaz/limits.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** A client's spending: what is left of its budget at `at`. */
interface Bucket {
  left: number;
  at: number;
}

/**
 * The bucket in Redis, read, refilled and charged in one step (a Lua script runs atomically), so that
 * replicas charging the same client at the same moment cannot both spend the same budget. KEYS[1]:
 * the client's bucket; ARGV: budget per minute, refill per ms, now (ms), cost. Answers
 * `{1, left}` when charged, `{0, left}` when refused (numbers as strings: Lua's would be truncated).
 * A bucket untouched for a minute is full again and expires.
 */
const CHARGE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local bucket = redis.call('HMGET', KEYS[1], 'left', 'at')
local left = capacity
if bucket[1] then
  left = math.min(capacity, tonumber(bucket[1]) + math.max(0, now - tonumber(bucket[2])) * perMs)
end
if cost > left then return {0, tostring(left)} end
redis.call('HSET', KEYS[1], 'left', tostring(left - cost), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 60000)
return {1, tostring(left - cost)}
`;

/** The Redis client with the charge script defined as a command. */
type ChargingRedis = Redis & {
  kazChargeCost(key: string, capacity: string, perMs: string, now: string, cost: string): Promise<[number, string]>;
};

/**
 * Each client's budget of estimated cost (see @kaz/limits `operationCost`), refilled evenly:
 * `costPerMinute` per minute, of which a client may spend at most one minute's worth at once. An
 * operation the client cannot pay for is refused with HTTP 429 RATE_LIMITED and `Retry-After` (whole
 * seconds until it could be paid), before any subgraph is asked; so a client whose allowed operations
 * are expensive is slowed, and everyone else keeps the hub's time. Cheap operations hardly count (a
 * Kommune's detail page costs about 2,000 of the default 5,000,000). With shared state (`shared`), the
 * buckets are in Redis, one per client for all replicas (`CHARGE_SCRIPT`); else, and while Redis
 * cannot be asked, in this process. `now` is for tests.
 */
export class CostBudget {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  readonly #redis: ChargingRedis | undefined;

  constructor(
    readonly costPerMinute: number,
    private readonly now: () => number = Date.now,
    private readonly shared?: SharedState | undefined,
  ) {
    this.#perMs = costPerMinute / 60_000;
    const redis = shared?.redis;
    if (redis) redis.defineCommand('kazChargeCost', { numberOfKeys: 1, lua: CHARGE_SCRIPT });
    this.#redis = redis as ChargingRedis | undefined;
  }

  /** Spends `cost` of the client's budget, or throws the 429 error (and spends nothing). */
  async charge(key: string, cost: number): Promise<void> {
    const now = this.now();
    const left = (await this.#chargeShared(key, cost, now)) ?? this.#chargeLocally(key, cost, now);
    if (left !== true) this.#refuse(cost, left);
  }

  /** True when charged in Redis, what is left when refused there, undefined when Redis could not be asked. */
  async #chargeShared(key: string, cost: number, now: number): Promise<true | number | undefined> {
    if (!this.#redis || !this.shared) return undefined;
    if (!this.shared.up()) return void this.shared.fellBack('cost-budget');
    try {
      const [charged, left] = await this.#redis.kazChargeCost(
        `${this.shared.prefix}cost-budget:${key}`,
        String(this.costPerMinute),
        String(this.#perMs),
        String(now),
        String(cost),
      );
      return charged === 1 ? true : Number(left);
    } catch (error) {
      this.shared.fellBack('cost-budget', error);
      return undefined;
    }
  }

  /** True when charged, else what is left of the client's budget in this process. */
  #chargeLocally(key: string, cost: number, now: number): true | number {
    const bucket = this.#buckets.get(key);
    const left = bucket
      ? Math.min(this.costPerMinute, bucket.left + (now - bucket.at) * this.#perMs)
      : this.costPerMinute;
    if (cost > left) return left;
    this.#buckets.set(key, { left: left - cost, at: now });
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
    return true;
  }

  /** The 429 error for an operation of `cost` when only `left` is left. */
  #refuse(cost: number, left: number): never {
    const retryAfter = Math.max(1, Math.ceil((cost - left) / this.#perMs / 1000));
    throw new GraphQLError(
      `This client has spent its budget of ${this.costPerMinute} cost per minute; this operation (cost ${cost}) ` +
        `can run in ${retryAfter} s. Ask for less at once (smaller pages, fewer nested lists).`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          cost,
          retryAfterSeconds: retryAfter,
          // Apollo takes the status and headers of `http` for the answer; it wants a Map (HeaderMap),
          // where graphql's typing of the extensions (through another package's augmentation) says
          // a record.
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
        } as Record<string, unknown>,
      },
    );
  }

  // Clients whose budget has filled up again are the same as clients never seen.
  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.left + (now - bucket.at) * this.#perMs >= this.costPerMinute) this.#buckets.delete(key);
    }
  }
}
