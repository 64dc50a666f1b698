import { createRequire } from 'node:module';
import { HeaderMap } from '@apollo/server';

// The error must be an instance of the graphql build Apollo loads (CommonJS); see @kaz/limits.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** A client's spending: what is left of its budget at `at`. */
interface Bucket {
  left: number;
  at: number;
}

/**
 * Each client's budget of estimated cost (see @kaz/limits `operationCost`), refilled evenly:
 * `costPerMinute` per minute, of which a client may spend at most one minute's worth at once. An
 * operation the client cannot pay for is refused with HTTP 429 RATE_LIMITED and `Retry-After` (whole
 * seconds until it could be paid), before any subgraph is asked; so a client whose allowed operations
 * are expensive is slowed, and everyone else keeps the hub's time. Cheap operations hardly count (a
 * Kommune's detail page costs about 2,000 of the default 5,000,000). Per gateway process; `now` is for
 * tests.
 */
export class CostBudget {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;

  constructor(
    readonly costPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.#perMs = costPerMinute / 60_000;
  }

  /** Spends `cost` of the client's budget, or throws the 429 error (and spends nothing). */
  charge(key: string, cost: number): void {
    const now = this.now();
    const bucket = this.#buckets.get(key);
    const left = bucket
      ? Math.min(this.costPerMinute, bucket.left + (now - bucket.at) * this.#perMs)
      : this.costPerMinute;
    if (cost > left) {
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
    this.#buckets.set(key, { left: left - cost, at: now });
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
  }

  // Clients whose budget has filled up again are the same as clients never seen.
  #forgetFull(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.left + (now - bucket.at) * this.#perMs >= this.costPerMinute) this.#buckets.delete(key);
    }
  }
}
