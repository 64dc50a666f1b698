import type { Server } from 'node:http';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import type { TokenVerifier } from '@kaz/auth';
import { guardSteps, type RequestStep } from '@kaz/http';
import { type HardLimits, hardLimitsPlugin, requestGuardMiddleware } from '@kaz/limits';
import express, { type RequestHandler } from 'express';
import { identifyClient } from './client-identity.ts';
import { type GatewayContext, gatewayContext } from './gateway-context.ts';
import { type ExampleOperation, graphiqlLandingPage } from './graphiql.ts';
import { refusedRequestLimit } from './refused-request-limit.ts';
import type { SharedState } from './shared-state.ts';
import { type TrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents.ts';

// The gateway's request pipeline, in two halves: the express steps of the GraphQL route
// (`requestPipeline`), then Apollo's plugins (`operationPlugins`). Each step is one concern. The
// order is the gateway's defence: what is cheap to check and refuses the most runs first, so that a
// hostile request costs as little as can be, and nothing reaches a subgraph before every check passed.

/** The largest request body the gateway reads, for express and for the answer that refuses one. */
export const BODY_LIMIT = { express: '1mb', text: '1 MB' } as const;

/** What the steps of the GraphQL route are made of. */
export interface RequestPipelineParts {
  /** `begin` and `enter` of `gatewayTelemetry`. */
  telemetry: { begin: RequestHandler; enter: RequestHandler };
  verifier: TokenVerifier;
  /** Refused requests a client may cause per minute (0: no limit). */
  maxRefusedPerMinute: number;
  /** Where the refused requests are counted (Redis, or this process). */
  shared: SharedState;
  hardLimits: HardLimits;
  /** The middleware of `rejectionCache`. */
  rejections: { middleware: RequestHandler };
  /** When set, only these operations run. */
  trustedDocuments: TrustedDocuments | undefined;
  server: ApolloServer<GatewayContext>;
}

/**
 * The steps of the GraphQL route (`/` and `/graphql`) in the order every request passes them; a step
 * that is switched off is left out. An error of the body parser skips the rest and is answered by
 * the app's `bodyErrorHandler`.
 */
export function requestPipeline(parts: RequestPipelineParts): RequestStep[] {
  return [
    useRequestTelemetry(parts.telemetry),
    useClientIdentity(parts.verifier),
    useRefusedRequestLimit(parts.maxRefusedPerMinute, parts.shared),
    useJsonBody(),
    // input depth, request guard, request scope: the same in gateway and subgraphs (@kaz/http).
    ...guardSteps({ requestGuard: requestGuardMiddleware(parts.hardLimits), enter: parts.telemetry.enter }),
    useRejectionCache(parts.rejections),
    useTrustedDocuments(parts.trustedDocuments),
    useGraphQL(parts.server),
  ].filter((step) => step !== undefined);
}

/** First: the request id, the span and the clock, so that every answer below is counted and logged. */
function useRequestTelemetry(telemetry: { begin: RequestHandler }): RequestStep {
  return { name: 'telemetry', handler: telemetry.begin };
}

/**
 * The token is verified once, here, so that the limits count against what a client cannot forge for
 * free (a verified principal, else its address) and the context reuses the result. It refuses
 * nothing yet: a bad token is refused by `useGraphQL`'s context, after the limits counted it.
 */
function useClientIdentity(verifier: TokenVerifier): RequestStep {
  return { name: 'client identity', handler: identifyClient(verifier) };
}

/** A client that caused too many refusals this minute: HTTP 429 before its body is even read. */
function useRefusedRequestLimit(limit: number, shared: SharedState): RequestStep | undefined {
  return limit > 0 ? { name: 'refused-request limit', handler: refusedRequestLimit(limit, shared) } : undefined;
}

/** The JSON body, at most `BODY_LIMIT` (over it: HTTP 413 PAYLOAD_TOO_LARGE). */
function useJsonBody(): RequestStep {
  return { name: 'JSON body', handler: express.json({ limit: BODY_LIMIT.express }) };
}

/** A document refused before for what it is (parse, validation, shape limits): the same answer at once. */
function useRejectionCache(rejections: { middleware: RequestHandler }): RequestStep {
  return { name: 'rejection cache', handler: rejections.middleware };
}

/** In trusted-documents mode, anything not in the manifest: HTTP 403 before Apollo parses it. */
function useTrustedDocuments(documents: TrustedDocuments | undefined): RequestStep | undefined {
  return documents ? { name: 'trusted documents', handler: trustedDocumentsMiddleware(documents) } : undefined;
}

/**
 * Apollo: its context refuses a token that did not verify (HTTP 401 UNAUTHENTICATED) before any
 * planning; then parse, validation and `operationPlugins`, in their order.
 */
function useGraphQL(server: ApolloServer<GatewayContext>): RequestStep {
  return { name: 'GraphQL', handler: expressMiddleware(server, { context: gatewayContext }) };
}

/** What Apollo's plugins are made of. */
export interface OperationPluginParts {
  httpServer: Server;
  /** `plugin` of `gatewayTelemetry`, `clientUsage`, `rejectionCache` and `writeQuota`. */
  telemetry: { plugin: ApolloServerPlugin<GatewayContext> };
  clientUsage: { plugin: ApolloServerPlugin<GatewayContext> };
  rejections: { plugin: ApolloServerPlugin<GatewayContext> };
  /** The operation limits' plugins (depth, aliases, tokens, directives; cost, charged to the budget). */
  limits: readonly ApolloServerPlugin<GatewayContext>[];
  quota: { plugin: ApolloServerPlugin<GatewayContext> };
  responseCache: boolean;
  graphiql: false | readonly ExampleOperation[];
}

/**
 * Apollo's plugins in the order they see each operation: the drain (so `stop()` waits for requests
 * in flight), telemetry (which sees every answer, refused ones too), the client usage (operations and
 * deprecated fields by client, once the operation is resolved), the rejection cache (which
 * remembers refusals for what the document is), the operation limits (after parsing; the cost check
 * charges the client's budget), the write quota (after validation, before the plan runs: a refused
 * request runs nothing), the hard limits, the response cache and the landing page.
 */
export function operationPlugins(parts: OperationPluginParts): ApolloServerPlugin<GatewayContext>[] {
  return [
    ApolloServerPluginDrainHttpServer({ httpServer: parts.httpServer }),
    parts.telemetry.plugin,
    parts.clientUsage.plugin,
    parts.rejections.plugin,
    ...parts.limits,
    parts.quota.plugin,
    hardLimitsPlugin<GatewayContext>((context) => context.guard),
    // In the same cache as the persisted queries (Redis with shared state). The gateway works out each
    // answer's cache policy from the subgraphs' Cache-Control headers (a subgraph without one makes
    // it uncacheable) and sends it on as the answer's own Cache-Control header.
    ...(parts.responseCache ? [responseCachePlugin()] : []),
    parts.graphiql === false ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(parts.graphiql),
  ];
}
