import type { Principal } from '@kaz/auth';
import { type RequestGuard, requestGuardOf } from '@kaz/limits';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { clientOf } from './client-identity.ts';

/** Per-request context of the gateway: what the data sources forward to the subgraphs. */
export interface GatewayContext {
  authorization?: string | undefined;
  principal: Principal | null;
  /** Sent on to the subgraphs as `x-request-id`, so one request can be followed through all logs. */
  requestId?: string | undefined;
  /**
   * Whom the write quota and the cost budget count against: the verified principal, else the address
   * (`ClientIdentity.key`).
   */
  clientKey: string;
  /** The request's hard limits (time, answer size). */
  guard?: RequestGuard | undefined;
}

/**
 * The context of one GraphQL request, from what the earlier steps found (`identifyClient`,
 * `requestGuardMiddleware`). Throws, so that Apollo answers before any planning or subgraph fetch: an
 * error of the token verification itself, and a token that did not verify (HTTP 401 UNAUTHENTICATED).
 * No token at all is fine: the graph's public data needs none.
 */
export async function gatewayContext({ req, res }: { req: Request; res: Response }): Promise<GatewayContext> {
  const client = clientOf(res);
  if (client.failure !== undefined) throw client.failure;
  if (client.tokenError) {
    throw new GraphQLError(client.tokenError.message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  const requestId = res.getHeader('x-request-id');
  return {
    authorization: req.headers.authorization,
    principal: client.principal,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    clientKey: client.key,
    guard: requestGuardOf(res),
  };
}
