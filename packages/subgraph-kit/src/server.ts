import { setTimeout as sleep } from 'node:timers/promises';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type AuthConfig, createTokenVerifier, GatewaySigner, type Principal } from '@kaz/auth';
import {
  bodyErrorHandler,
  createHttpApp,
  healthRoutes,
  hideSuggestions,
  listen,
  type ReadinessAnswer,
} from '@kaz/http';
import {
  DEFAULT_MAX_MUTATIONS_PER_REQUEST,
  guardFieldResolvers,
  type HardLimits,
  hardLimitsPlugin,
  mutationsPerRequestPlugin,
  type OperationLimits,
  operationLimits,
  stringifyResult,
  withDefaults,
} from '@kaz/limits';
import { createLogger, createMetricsRegistry, type Logger } from '@kaz/telemetry';
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import { cacheControlPlugin } from './cache-control.ts';
import { compiledExecution } from './compiled-execution.ts';
import { maskError } from './mask-error.ts';
import { representationCheck } from './representations.ts';
import { DEFAULT_MAX_BODY_BYTES, guardOfContext, requestPipeline } from './request-pipeline.ts';
import { costSdl, DEFAULT_SUBGRAPH_HARD_LIMITS, DEFAULT_SUBGRAPH_LIMITS } from './server-limits.ts';
import { requestTelemetry } from './telemetry.ts';

/** How to serve one subgraph over HTTP. */
export interface SubgraphServerOptions<Context extends BaseContext> {
  /** The subgraph's name: the `service` of its log lines, the `subgraph` label of its metrics. */
  name: string;
  schema: GraphQLSchema;
  /** The port to listen on; 0 picks a free one. */
  port: number;
  /** The interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** Which tokens to accept. */
  auth: AuthConfig;
  /**
   * Builds a fresh context (principal, db, loaders) for every request; `authorization` is the
   * request's Authorization header when its token was verified, else undefined.
   */
  context: (principal: Principal | null, authorization: string | undefined) => Promise<Context> | Context;
  /**
   * Seconds for which every response may be cached by anyone (`Cache-Control: public, max-age=…`);
   * only for a subgraph whose answers are the same for every caller. Unset or 0: not cacheable.
   */
  publicCacheMaxAge?: number | undefined;
  /** JSON logs (default: `createLogger({ service: name })`, on stdout at `LOG_LEVEL`). */
  logger?: Logger | undefined;
  /** Remove every "Did you mean …" suggestion from error messages (production mode; default false). */
  hideSuggestions?: boolean | undefined;
  /** The registry `/metrics` shows; the request series are added to it (default: a new one). */
  metrics?: Registry | undefined;
  /** What `/health/ready` checks besides the server itself (default: nothing more). */
  readiness?: (() => Promise<ReadinessReport>) | undefined;
  /**
   * Operation limits, as the gateway's (each one not given keeps `DEFAULT_SUBGRAPH_LIMITS`): a subgraph
   * defends itself as if anyone could reach it.
   */
  limits?: Partial<OperationLimits> | undefined;
  /** Hard limits per request (each one not given keeps `DEFAULT_SUBGRAPH_HARD_LIMITS`). */
  hardLimits?: Partial<HardLimits> | undefined;
  /** The largest request body in bytes (default 5 MiB: the gateway's `_entities` batches). */
  maxBodyBytes?: number | undefined;
  /**
   * The secret the gateway signs its requests with (`GATEWAY_SIGNING_SECRET`): when set, every GraphQL
   * request without a valid signature is refused with HTTP 401 GATEWAY_SIGNATURE_REQUIRED.
   */
  gatewaySigningSecret?: string | undefined;
  /**
   * Milliseconds `stop()` keeps serving after `/health/ready` turned 503, so that a load balancer
   * stops sending new requests before the port closes (default 0).
   */
  shutdownDelayMs?: number | undefined;
  /**
   * Root mutation fields one request may run (default `DEFAULT_MAX_MUTATIONS_PER_REQUEST`, 10; 0 turns
   * the check off); a request with more is refused whole with HTTP 429 RATE_LIMITED before anything runs.
   */
  maxMutationsPerRequest?: number | undefined;
}

/** The answer of a readiness check. */
export interface ReadinessReport {
  ready: boolean;
  /** What was checked and how it went, e.g. `{ database: 'ok', migrations: 'current' }`. */
  checks: Record<string, string>;
}

/** A running subgraph server. */
export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4001/graphql`. */
  url: string;
  /**
   * Stops gracefully: `/health/ready` answers 503 at once, the port closes (after `shutdownDelayMs`),
   * requests in flight finish (connections still busy after 10 s are cut), then it resolves.
   * Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

/**
 * Serves a subgraph schema with Apollo Server in express: GraphQL at `/graphql` (and `/`),
 * `GET /health/live`, `GET /health/ready` (200, or 503 naming what failed, or 503 `stopping`) and
 * `GET /metrics` (Prometheus text format).
 *
 * Every request's bearer token is verified here again, whatever the gateway did (no trust in the
 * network or in forwarded headers); a missing or invalid token makes the request anonymous, so it
 * sees public data only. Errors without a client error code are logged and masked as
 * INTERNAL_SERVER_ERROR, so no stack trace or SQL reaches a client. Each request is logged once (id,
 * operation name, outcome, duration; never headers, variables or the query), counted in `/metrics`,
 * and traced as a child of the caller's `traceparent`.
 */
export async function serveSubgraph<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ service: options.name });
  const registry = options.metrics ?? createMetricsRegistry();
  const telemetry = requestTelemetry({ subgraph: options.name, registry, logger });
  const withoutHints = hideSuggestions(options.hideSuggestions ?? false);
  // No ETag on GraphQL answers (express would hash every body): callers POST, and Apollo's standalone
  // server, which served the subgraphs before, sent none.
  const { app, httpServer } = createHttpApp({ etag: false });
  const limits = operationLimits(withDefaults(DEFAULT_SUBGRAPH_LIMITS, options.limits), {
    blockFieldSuggestions: true,
    schemaSdl: costSdl(options.schema),
  });
  const hardLimits = withDefaults(DEFAULT_SUBGRAPH_HARD_LIMITS, options.hardLimits);
  const signer = options.gatewaySigningSecret ? new GatewaySigner(options.gatewaySigningSecret) : undefined;
  // Every resolver checks the request's hard limits first (see hardLimitsPlugin).
  guardFieldResolvers(options.schema, guardOfContext);
  const server = new ApolloServer<Context>({
    // The schema, with graphql-jit executing the operations sent again (see compiledExecution).
    gateway: compiledExecution(options.schema),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    includeStacktraceInErrorResponses: false,
    // The JSON the hard limits' size check made, not a second serialisation of the same answer.
    stringifyResult,
    // The process that runs the server (main.ts, the hub's start script) handles SIGINT/SIGTERM and
    // stops everything in order; Apollo's own handlers would race with it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Every answer without errors may be kept this long by anyone (Cache-Control: public), and the
      // gateway reads it; 0 (the default) marks nothing. Apollo's own plugin computes the same field
      // by field (see cacheControlPlugin).
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin(options.publicCacheMaxAge ?? 0),
      telemetry.plugin,
      representationCheck(options.schema),
      mutationsPerRequestPlugin(options.maxMutationsPerRequest ?? DEFAULT_MAX_MUTATIONS_PER_REQUEST),
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      hardLimitsPlugin<Context>(guardOfContext),
    ],
    formatError: (formatted, error) =>
      withoutHints(maskError(limits.formatError(formatted, error), error, telemetry.logMaskedError)),
  });
  const verifier = createTokenVerifier(options.auth);
  let stopping: Promise<void> | undefined;
  let url: string;

  app.use(
    healthRoutes({
      stopping: () => stopping !== undefined,
      readiness: async (): Promise<ReadinessAnswer> => {
        const report = options.readiness
          ? await options.readiness().catch((error: unknown) => {
              logger.error({ err: error }, 'readiness check failed');
              return { ready: false, checks: {} };
            })
          : { ready: true, checks: {} };
        return {
          httpStatus: report.ready ? 200 : 503,
          body: { status: report.ready ? 'ready' : 'not ready', ...report.checks },
        };
      },
    }),
  );
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', registry.contentType);
    res.end(await registry.metrics());
  });

  try {
    await server.start();
    const steps = requestPipeline({
      telemetry,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      signer,
      hardLimits,
      verifier,
      context: options.context,
      server,
    });
    app.all(
      ['/', '/graphql'],
      steps.map((step) => step.handler),
    );
    app.use(bodyErrorHandler({ logger }));
    url = await listen(httpServer, options, '/graphql');
  } catch (error) {
    await server.stop().catch(() => {});
    httpServer.close();
    throw error;
  }

  return {
    url,
    stop: () => {
      stopping ??= (async () => {
        if (options.shutdownDelayMs) await sleep(options.shutdownDelayMs);
        // The drain plugin closes the port and idle connections, then waits for requests in flight.
        await server.stop();
      })();
      return stopping;
    },
  };
}
