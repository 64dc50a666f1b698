import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { clientKey } from './client-identity.ts';
import type { SharedState } from './shared-state.ts';
import { SharedRateLimitStore } from './shared-stores.ts';

/**
 * A client that keeps sending requests the gateway refuses (broken or hostile ones, bad tokens) is
 * stopped for the rest of the minute once it has caused `limit` refusals in it, before its requests
 * are even read: so one client's flood cannot take the gateway's time from everyone else. A client is
 * its verified principal (partners behind one NAT address keep apart by their tokens), else its
 * address: a token that does not verify counts against the address, so rotating garbage headers
 * changes nothing. Answers HTTP 429 RATE_LIMITED. Counted in Redis across the replicas with shared
 * state, else (and while Redis cannot be asked) per gateway process; runs after `identifyClient`.
 */
export function refusedRequestLimit(limit: number, shared: SharedState): RequestHandler {
  return rateLimit({
    store: new SharedRateLimitStore(shared, 'refused-requests'),
    windowMs: 60_000,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientKey,
    handler: (_req, res, _next, options) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many refused requests from this client: more than ${options.limit} in a minute. Try again later.`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
