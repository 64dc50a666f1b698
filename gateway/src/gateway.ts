import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { expressMiddleware } from '@as-integrations/express5';
import { type AuthConfig, createTokenVerifier, GatewaySigner, type Principal } from '@kaz/auth';
import { hideSuggestions, requestInputGuard } from '@kaz/http';
import {
  DEFAULT_OPERATION_LIMITS,
  type HardLimits,
  hardLimitsPlugin,
  type OperationLimits,
  operationLimits,
  type RequestGuard,
  requestGuardMiddleware,
  requestGuardOf,
} from '@kaz/limits';
import { createLogger, createMetricsRegistry, type Logger } from '@kaz/telemetry';
import compression from 'compression';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import { GraphQLError } from 'graphql';
import { clientKey, clientOf, identifyClient } from './client-identity.ts';
import { CostBudget } from './cost-budget.ts';
import { createSubgraphAgents, createSubgraphFetcher, SubgraphDataSource } from './data-source.ts';
import { type ExampleOperation, graphiqlLandingPage } from './graphiql.ts';
import { rejectionCache } from './rejections.ts';
import { gatewayTelemetry } from './telemetry.ts';
import { type TrustedDocuments, trustedDocumentsCache, trustedDocumentsMiddleware } from './trusted-documents.ts';
import { DEFAULT_WRITE_QUOTA, writeQuota } from './write-quota.ts';

/** What the gateway needs to run; `main.ts` builds it from the environment. */
export interface GatewayConfig {
  /** Which tokens to accept; the subgraphs verify them again with the same settings. */
  auth: AuthConfig;
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name that replace the routing URLs of the supergraph. */
  subgraphUrls?: Readonly<Record<string, string>> | undefined;
  /** Port to listen on; 0 picks a free one (default 4000). */
  port?: number | undefined;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** Allow introspection (default true: analysts explore the graph in GraphiQL). */
  introspection?: boolean | undefined;
  /** Serve GraphiQL with these example operations at the gateway URL; `false` disables it. */
  graphiql?: false | readonly ExampleOperation[] | undefined;
  /** Limits for every operation; each one not given keeps its default (`DEFAULT_OPERATION_LIMITS`). */
  limits?: Partial<OperationLimits> | undefined;
  /**
   * Remove every "Did you mean …" suggestion (fields, arguments, types, enum values) from error
   * messages (default false; on in production mode).
   */
  blockFieldSuggestions?: boolean | undefined;
  /**
   * Run only these operations (sha256 of the exact text → text), sent by hash or as full text;
   * anything else gets HTTP 403 PERSISTED_QUERY_NOT_IN_MANIFEST. Absent: any operation, with
   * automatic persisted queries for every client.
   */
  trustedDocuments?: TrustedDocuments | undefined;
  /** Approximate size of the query-plan cache in MiB (default 30, @apollo/gateway's default). */
  queryPlanCacheMiB?: number | undefined;
  /**
   * Share one subgraph fetch among identical reads in flight at the same moment (same subgraph, same
   * token, same body; default true). Mutations are always sent one by one.
   */
  deduplicateSubgraphReads?: boolean | undefined;
  /**
   * Keep whole answers of operations whose every subgraph response was marked public and cacheable
   * (the municipalities subgraph's reference data), for the shortest max-age among them; default true.
   * Answers that touch any other subgraph, carry errors or are per user are never kept.
   */
  responseCache?: boolean | undefined;
  /** The longest a fetch to a subgraph may take, in ms (default 10,000); then SUBGRAPH_TIMEOUT. */
  subgraphTimeoutMs?: number | undefined;
  /** Timeouts for single subgraphs by name, replacing `subgraphTimeoutMs` for them. */
  subgraphTimeoutsMs?: Readonly<Record<string, number>> | undefined;
  /**
   * Refused requests (HTTP 4xx/5xx) one client — the verified principal, else the address (a token
   * that does not verify counts against its address) — may cause per minute before all its requests
   * get HTTP 429 RATE_LIMITED for the rest of the minute (default 600; 0 turns the limit off). Answers
   * with data, errors on some fields included, never count.
   */
  maxRefusedPerMinute?: number | undefined;
  /**
   * Root mutation fields one client (verified principal, else address) may run per minute (default
   * 120; 0 off); beyond, HTTP 429 RATE_LIMITED with `Retry-After`, before anything of the request runs.
   */
  maxMutationsPerMinute?: number | undefined;
  /** Root mutation fields one request may carry (default 10; 0 off); more is refused whole with HTTP 429. */
  maxMutationsPerRequest?: number | undefined;
  /**
   * The longest one request may take, in ms (default 15,000; 0 off): then its subgraph fetches are
   * aborted, its resolvers stop and it is answered HTTP 504 REQUEST_TIMEOUT.
   */
  requestTimeoutMs?: number | undefined;
  /**
   * The largest answer in bytes (default 8 MiB; 0 off), counted over the subgraph answers as they come
   * in: past it the request's work stops and it is answered HTTP 413 RESPONSE_TOO_LARGE.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Estimated cost (see `operationCost`) each client — verified principal, else address — may spend
   * per minute (default 5,000,000; 0 off); beyond it HTTP 429 RATE_LIMITED with Retry-After.
   */
  costPerMinute?: number | undefined;
  /**
   * The secret shared with the subgraphs (`GATEWAY_SIGNING_SECRET`, at least 32 characters): every
   * subgraph fetch is signed with it, and subgraphs that have it accept nothing unsigned.
   */
  gatewaySigningSecret?: string | undefined;
  /** Where the JSON log lines go (default: a pino logger on stdout at `LOG_LEVEL`). */
  logger?: Logger | undefined;
}

/** A running gateway. */
export interface RunningGateway {
  /** The GraphQL endpoint (GraphiQL opens here in a browser). */
  url: string;
  /**
   * Stops: `/health/ready` answers 503 `stopping` at once; after `delayMs` (default 0: time for a load
   * balancer to notice) the port closes, requests in flight finish and subgraph connections close.
   */
  stop(options?: { delayMs?: number | undefined }): Promise<void>;
}

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
 * Starts the Apollo gateway in front of the subgraphs named in the supergraph. Throws when a name in
 * `subgraphUrls` is not a subgraph of the supergraph, so that a typo in a deployment fails loudly.
 */
export async function createGateway(config: GatewayConfig): Promise<RunningGateway> {
  const verifier = createTokenVerifier(config.auth);
  const quota = writeQuota({
    perMinute: config.maxMutationsPerMinute ?? DEFAULT_WRITE_QUOTA.perMinute,
    perRequest: config.maxMutationsPerRequest ?? DEFAULT_WRITE_QUOTA.perRequest,
  });
  const logger = config.logger ?? createLogger({ service: 'gateway' });
  const registry = createMetricsRegistry();
  const telemetry = gatewayTelemetry({ registry, logger });
  const rejections = rejectionCache();
  const agents = createSubgraphAgents();
  const fetcher = createSubgraphFetcher(agents, { deduplicateReads: config.deduplicateSubgraphReads });
  const overrides = { ...config.subgraphUrls };
  const signer = config.gatewaySigningSecret ? new GatewaySigner(config.gatewaySigningSecret) : undefined;
  const known = new Set<string>();
  const subgraphTargets = new Map<string, string>();
  let stopping = false;
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    // The query-plan cache: an LRU cache of about this many MiB of plans, keyed by operation.
    ...(config.queryPlanCacheMiB ? { experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB } : {}),
    buildService: ({ name, url }) => {
      known.add(name);
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`subgraph ${name} has no URL: set SUBGRAPH_${name.toUpperCase()}_URL`);
      subgraphTargets.set(name, target);
      const source = new SubgraphDataSource(
        {
          name,
          url: target,
          timeoutMs: config.subgraphTimeoutsMs?.[name] ?? config.subgraphTimeoutMs ?? 10_000,
          signer,
        },
        fetcher,
      );
      source.observe = telemetry.observeFetch;
      return source;
    },
  });
  const limits = operationLimits(
    { ...DEFAULT_OPERATION_LIMITS, ...definedOnly(config.limits ?? {}) },
    {
      blockFieldSuggestions: config.blockFieldSuggestions ?? false,
      schemaSdl: config.supergraphSdl,
      onCost: (cost, context) => {
        budget?.charge((context as GatewayContext).clientKey, cost);
      },
    },
  );
  const withoutHints = hideSuggestions(config.blockFieldSuggestions ?? false);
  const costPerMinute = config.costPerMinute ?? 5_000_000;
  const budget = costPerMinute > 0 ? new CostBudget(costPerMinute) : undefined;
  const hardLimits: HardLimits = {
    requestTimeoutMs: config.requestTimeoutMs ?? 15_000,
    maxResponseBytes: config.maxResponseBytes ?? 8 * 1024 * 1024,
  };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // Automatic persisted queries live in Apollo's bounded in-memory LRU cache (about 30 MiB); in
    // trusted-documents mode the manifest answers the hashes instead and nothing is registered.
    cache: 'bounded',
    persistedQueries: config.trustedDocuments ? { cache: trustedDocumentsCache(config.trustedDocuments) } : {},
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: (formatted, error) => withoutHints(limits.formatError(formatted, error)),
    // The process that runs the server (main.ts, the hub's start script) handles SIGINT/SIGTERM and
    // stops everything in order; Apollo's own handlers would race with it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      telemetry.plugin,
      rejections.plugin,
      ...limits.plugins,
      quota.plugin,
      hardLimitsPlugin<GatewayContext>((context) => context.guard),
      // In the same bounded in-memory cache as the persisted queries. The gateway works out each
      // answer's cache policy from the subgraphs' Cache-Control headers (a subgraph without one makes
      // it uncacheable) and sends it on as the answer's own Cache-Control header.
      ...(config.responseCache === false ? [] : [responseCachePlugin()]),
      config.graphiql === false ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(config.graphiql ?? []),
    ],
  });
  try {
    await server.start();
    app.use(compression({ threshold: 1024 }));
    app.get('/health/live', (_req, res) => {
      res.json({ status: 'live' });
    });
    app.get('/health/ready', async (_req, res) => {
      if (stopping) {
        res.status(503).json({ status: 'stopping' });
        return;
      }
      const subgraphs = Object.fromEntries(
        await Promise.all(
          [...subgraphTargets].map(async ([name, target]) => [name, await subgraphReadiness(target)] as const),
        ),
      );
      const allReady = Object.values(subgraphs).every((state) => state === 'ready');
      res.json({ status: allReady ? 'ready' : 'degraded', subgraphs });
    });
    // Prometheus text format; keep this path internal (see docs/operations.md).
    app.get('/metrics', async (_req, res) => {
      res.type(registry.contentType).send(await registry.metrics());
    });
    const maxRefused = config.maxRefusedPerMinute ?? 600;
    app.all(
      ['/', '/graphql'],
      telemetry.begin,
      // The token is verified once, here, so that the limits count against what a client cannot
      // forge for free (a verified principal, else its address) and the context reuses the result.
      identifyClient(verifier),
      ...(maxRefused > 0 ? [refusedRequestLimit(maxRefused)] : []),
      express.json({ limit: '1mb' }),
      // Deeply nested variables or extensions: HTTP 400 VARIABLES_TOO_DEEP, before any work.
      requestInputGuard(),
      // The request's time and answer-size limits (REQUEST_TIMEOUT, RESPONSE_TOO_LARGE).
      requestGuardMiddleware(hardLimits),
      telemetry.enter,
      rejections.middleware,
      ...(config.trustedDocuments ? [trustedDocumentsMiddleware(config.trustedDocuments)] : []),
      expressMiddleware(server, {
        context: async ({ req, res }) => {
          const client = clientOf(res);
          if (client.failure !== undefined) throw client.failure;
          // An invalid token is refused here, before any planning or subgraph fetch: HTTP 401 with
          // UNAUTHENTICATED. No token at all is fine: the graph's public data needs none.
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
        },
      }),
    );
    app.use(bodyErrorHandler(logger));
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port ?? 4000, config.host ?? '127.0.0.1', () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
    const unknown = Object.keys(overrides).filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`unknown subgraph in URL overrides: ${unknown.join(', ')}`);
    return {
      url: serverUrl(httpServer.address() as AddressInfo),
      stop: async (options) => {
        stopping = true;
        if (options?.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        await server.stop();
        agents.destroy();
        quota.stop();
      },
    };
  } catch (error) {
    await server.stop().catch(() => {});
    httpServer.close();
    agents.destroy();
    quota.stop();
    throw error;
  }
}

/**
 * A client that keeps sending requests the gateway refuses (broken or hostile ones, bad tokens) is
 * stopped for the rest of the minute once it has caused `limit` refusals in it, before its requests
 * are even read: so one client's flood cannot take the gateway's time from everyone else. A client is
 * its verified principal (partners behind one NAT address keep apart by their tokens), else its
 * address: a token that does not verify counts against the address, so rotating garbage headers
 * changes nothing. Per gateway process (express-rate-limit's memory store).
 */
function refusedRequestLimit(limit: number): express.RequestHandler {
  return rateLimit({
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

/**
 * A subgraph's own readiness (`/health/ready` next to its GraphQL endpoint), asked with a 2 s limit:
 * `ready`, `not ready` (it answers but says so: database or migrations) or `unreachable`.
 */
async function subgraphReadiness(graphqlUrl: string): Promise<'ready' | 'not ready' | 'unreachable'> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok ? 'ready' : 'not ready';
  } catch {
    return 'unreachable';
  }
}

/**
 * Errors of the body parser (invalid JSON, too large, unknown encoding) as GraphQL error responses
 * with their HTTP status, instead of express's HTML error page. Nothing reached Apollo or a subgraph.
 */
const bodyErrorHandler =
  (logger: Logger): express.ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    const status = (error as { status?: number }).status;
    const [httpStatus, code, message] =
      type === 'entity.parse.failed'
        ? [400, 'BAD_REQUEST', 'The request body is not valid JSON.']
        : type === 'entity.too.large'
          ? [413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the gateway accepts (1 MB).']
          : type === 'encoding.unsupported' || type === 'charset.unsupported'
            ? [415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body has an encoding or charset the gateway does not read.']
            : status !== undefined && status >= 400 && status < 500
              ? [status, 'BAD_REQUEST', 'The request could not be read.']
              : [500, 'INTERNAL_SERVER_ERROR', 'Internal server error'];
    if (httpStatus === 500) logger.error({ err: error }, 'unexpected error before GraphQL');
    res.status(httpStatus).json({ errors: [{ message, extensions: { code } }] });
  };

/** The URL the server listens on, as Apollo's standalone server reported it. */
function serverUrl(address: AddressInfo): string {
  const host = ['', '::', '0.0.0.0'].includes(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return `http://${host}:${address.port}/`;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
