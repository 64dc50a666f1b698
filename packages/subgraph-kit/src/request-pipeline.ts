import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewaySigner, Principal, TokenVerifier } from '@kaz/auth';
import { guardSteps, type RequestStep } from '@kaz/http';
import { type HardLimits, type RequestGuard, requestGuardMiddleware, requestGuardOf } from '@kaz/limits';
import express, { type RequestHandler } from 'express';
import { requireGatewaySignature } from './server-limits.ts';

// The subgraph server's GraphQL route as a list of named steps, as the gateway's (gateway/src/
// pipeline.ts). Each step is one concern; the order is the subgraph's defence: it checks what the
// gateway checked again, cheapest first, and trusts no network.

/** The largest request body a subgraph reads by default: 5 MiB, for the gateway's `_entities` batches. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/** What the steps of the GraphQL route are made of. */
export interface RequestPipelineParts<Context extends BaseContext> {
  /** `begin` and `enter` of `requestTelemetry`. */
  telemetry: { begin: RequestHandler; enter: RequestHandler };
  /** The largest request body in bytes. */
  maxBodyBytes: number;
  /** When set, only requests the gateway signed run. */
  signer: GatewaySigner | undefined;
  hardLimits: HardLimits;
  verifier: TokenVerifier;
  /** Builds a fresh context for the request's principal (`SubgraphServerOptions.context`). */
  context: (principal: Principal | null, authorization: string | undefined) => Promise<Context> | Context;
  server: ApolloServer<Context>;
}

/**
 * The steps of the GraphQL route (`/` and `/graphql`) in the order every request passes them; a step
 * that is switched off is left out. An error of the body parser skips the rest and is answered by
 * the app's `bodyErrorHandler`.
 */
export function requestPipeline<Context extends BaseContext>(parts: RequestPipelineParts<Context>): RequestStep[] {
  return [
    useRequestTelemetry(parts.telemetry),
    useJsonBody(parts.maxBodyBytes),
    useGatewaySignature(parts.signer),
    // input depth, request guard, request scope: the same in gateway and subgraphs (@kaz/http).
    ...guardSteps({ requestGuard: requestGuardMiddleware(parts.hardLimits), enter: parts.telemetry.enter }),
    useGraphQL(parts.server, parts.verifier, parts.context),
  ].filter((step) => step !== undefined);
}

/** The request guard that `useGraphQL` put on the context, for the hard limits' plugin. */
export function guardOfContext(context: BaseContext): RequestGuard | undefined {
  return (context as { [GUARD]?: RequestGuard })[GUARD];
}

const GUARD = Symbol('request guard');

/** First: the request id, the span and the clock, so that every answer below is counted and logged. */
function useRequestTelemetry(telemetry: { begin: RequestHandler }): RequestStep {
  return { name: 'telemetry', handler: telemetry.begin };
}

/**
 * The JSON body, at most `maxBodyBytes` (over it: HTTP 413 PAYLOAD_TOO_LARGE); the raw body is kept
 * for the gateway's signature.
 */
function useJsonBody(maxBodyBytes: number): RequestStep {
  return {
    name: 'JSON body',
    handler: express.json({
      limit: maxBodyBytes,
      verify: (req, _res, body) => {
        (req as { rawBody?: Buffer }).rawBody = body;
      },
    }),
  };
}

/** With a signing secret, a request the gateway did not sign: HTTP 401 GATEWAY_SIGNATURE_REQUIRED. */
function useGatewaySignature(signer: GatewaySigner | undefined): RequestStep | undefined {
  return signer ? { name: 'gateway signature', handler: requireGatewaySignature(signer) } : undefined;
}

/**
 * Apollo, with a fresh context per request: the bearer token is verified again here (a missing or
 * invalid one makes the request anonymous, so it sees public data only), and the request guard goes
 * on the context for the hard limits' plugin.
 */
function useGraphQL<Context extends BaseContext>(
  server: ApolloServer<Context>,
  verifier: TokenVerifier,
  context: (principal: Principal | null, authorization: string | undefined) => Promise<Context> | Context,
): RequestStep {
  return {
    name: 'GraphQL',
    handler: expressMiddleware(server, {
      context: async ({ req, res }) => {
        const principal = await verifier.verify(req.headers.authorization).catch(() => null);
        // The token goes on to owner subgraphs (reference checks) only when it was verified here.
        const made = await context(principal, principal ? req.headers.authorization : undefined);
        // On the context itself: Apollo hands plugins a shallow copy, which keeps symbol keys.
        return Object.assign(made, { [GUARD]: requestGuardOf(res) });
      },
    }),
  };
}
