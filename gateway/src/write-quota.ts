import type { ApolloServerPlugin } from '@apollo/server';
import { countMutationFields, rateLimitedError } from '@kaz/limits';
import type { Options } from 'express-rate-limit';
import type { SharedState } from './shared-state.ts';
import { SharedRateLimitStore } from './shared-stores.ts';

/** How many writes one client may make. */
export interface WriteQuota {
  /** Root mutation fields one principal may run per minute (0: no limit). */
  perMinute: number;
  /** Root mutation fields one request may carry (0: no limit). */
  perRequest: number;
}

/** Defaults: 10 mutations a request, 120 a minute per principal. */
export const DEFAULT_WRITE_QUOTA: WriteQuota = { perMinute: 120, perRequest: 10 };

/** The part of the gateway context the quota needs: whom to count against. */
interface QuotaContext {
  /** The client (`ClientIdentity.key`): the verified principal, else the address. */
  clientKey: string;
}

/**
 * Counts writes per client — the verified principal, or the address when there is none — and refuses
 * a request with HTTP 429 RATE_LIMITED and `Retry-After` when it carries more than `perRequest`
 * mutations, or when its mutations would take the client over `perMinute` in the current minute.
 * It runs after validation and before the query plan runs, so a refused request is refused whole:
 * no subgraph sees any of it, nothing is written or audited, and it does not use up the quota.
 * Counts live in Redis across the replicas with shared state, else (and while Redis cannot be asked)
 * in the gateway process (express-rate-limit's memory store); `stop()` ends the local store's timer.
 */
export function writeQuota(quota: WriteQuota, shared: SharedState) {
  const store = new SharedRateLimitStore(shared, 'write-quota');
  store.init({ windowMs: 60_000 } as Options);
  const plugin: ApolloServerPlugin<QuotaContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          const count = operation ? countMutationFields(document, operation) : 0;
          if (count === 0) return;
          if (quota.perRequest > 0 && count > quota.perRequest) {
            throw rateLimitedError(
              `This request runs ${count} mutations; at most ${quota.perRequest} are allowed in one request. Send them in several requests.`,
              60,
            );
          }
          if (quota.perMinute <= 0) return;
          let info = await store.increment(contextValue.clientKey);
          for (let i = 1; i < count; i++) info = await store.increment(contextValue.clientKey);
          if (info.totalHits <= quota.perMinute) return;
          // Over the quota: this request runs nothing, so it takes nothing from what is left.
          for (let i = 0; i < count; i++) await store.decrement(contextValue.clientKey);
          const retryAfter = ((info.resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000;
          throw rateLimitedError(
            `Too many mutations from this client: at most ${quota.perMinute} a minute. Try again in ${Math.ceil(retryAfter)} s.`,
            retryAfter,
          );
        },
      };
    },
  };
  return { plugin, stop: () => store.shutdown() };
}
