import { createHash } from 'node:crypto';
import { type Principal, TokenError, type TokenVerifier } from '@kaz/auth';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';

/** Who sent a request, as far as the gateway can tell without trusting anything the client chose. */
export interface ClientIdentity {
  /** The verified principal; null without a token or with one that did not verify. */
  principal: Principal | null;
  /** Why the token was refused (the request then gets HTTP 401); undefined when it verified or was absent. */
  tokenError?: TokenError | undefined;
  /** An error of the verification itself (not of the token), thrown again where the context is built. */
  failure?: unknown;
  /**
   * What limits count against: the verified principal (`principal:<hash of org and subject>`), or
   * else the address (`address:<address>`, IPv6 by its /56 network). Never the raw Authorization
   * header: a client can change that for free, a principal needs a token the issuer signed.
   */
  key: string;
}

/**
 * Verifies the request's token once, before any limit is applied, and keeps the outcome for the
 * limits and the GraphQL context (`clientOf`). A token that does not verify makes the client its
 * address, so that rotating garbage tokens does not make a new client each time.
 */
export function identifyClient(verifier: TokenVerifier): RequestHandler {
  return async (req, res, next) => {
    const address = `address:${ipKeyGenerator(req.ip ?? '')}`;
    let identity: ClientIdentity;
    try {
      const principal = await verifier.verify(req.headers.authorization);
      identity = { principal, key: principal ? principalKey(principal) : address };
    } catch (error) {
      identity =
        error instanceof TokenError
          ? { principal: null, tokenError: error, key: address }
          : { principal: null, failure: error, key: address };
    }
    res.locals.client = identity;
    next();
  };
}

/** The identity `identifyClient` found for this request. */
export function clientOf(res: Response): ClientIdentity {
  const identity = res.locals.client as ClientIdentity | undefined;
  if (!identity) throw new Error('identifyClient must run before the client is asked for');
  return identity;
}

/** The limit key of the request's client (see `ClientIdentity.key`), for express-rate-limit. */
export function clientKey(_req: Request, res: Response): string {
  return clientOf(res).key;
}

/** A principal as one client: its organisation and subject (hashed, so no name sits in a limiter's memory). */
function principalKey(principal: Principal): string {
  return `principal:${createHash('sha256').update(`${principal.org}\n${principal.subject}`).digest('base64url')}`;
}
