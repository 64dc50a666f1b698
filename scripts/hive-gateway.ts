/**
 * Hive Gateway (MIT, @graphql-hive/gateway) in front of the hub's subgraphs, as the open-source
 * alternative to our Apollo gateway (`GATEWAY_ENGINE=hive pnpm start`, docs/hive-gateway.md): the same
 * supergraph, the same subgraphs, the same token rules. It runs in this process on node:http with
 * Hive's programmatic runtime (`createGatewayRuntime`) and a small plugin (`kazTokenPlugin`) that
 * applies our own token verifier; what it does not do that our gateway does is listed in the docs.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import {
  createTokenVerifier,
  GATEWAY_SIGNATURE_HEADER,
  GatewaySigner,
  TokenError,
  type TokenVerifier,
} from '@kaz/auth';
import type { GatewayConfig, RunningGateway } from '@kaz/gateway';
import { DEFAULT_OPERATION_LIMITS, graphiqlPage } from '@kaz/gateway';
import type { GraphQLError as GraphQLErrorType } from 'graphql';

// Hive Gateway checks errors with `instanceof` against the graphql build Node loads for it (CommonJS:
// graphql 16 has no `exports` map); a test runner may hand this file the ES module build instead, whose
// errors Hive would answer as HTTP 500. So this file takes graphql the way Hive gets it.
const { GraphQLError, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Our token rules as a Hive Gateway plugin, with our own verifier (@kaz/auth), so that both engines
 * accept and refuse exactly the same tokens: a token that does not verify gets HTTP 401
 * UNAUTHENTICATED before the document is even parsed (so before any subgraph is asked); no token
 * proceeds as anonymous. Our request id goes to every subgraph fetch (`x-request-id`, the client's own
 * when it is 1–64 safe characters, else a new UUID) and comes back on the answer, and with a signing
 * secret every subgraph fetch is signed over its exact body.
 */
export function kazTokenPlugin(options: { verifier: TokenVerifier; signer?: GatewaySigner | undefined }) {
  const requestIds = new WeakMap<Request, string>();
  return {
    onRequest({ request }: { request: Request }) {
      const incoming = request.headers.get('x-request-id');
      requestIds.set(request, incoming && /^[A-Za-z0-9._:-]{1,64}$/.test(incoming) ? incoming : randomUUID());
    },
    async onRequestParse({ request }: { request: Request }) {
      try {
        await options.verifier.verify(request.headers.get('authorization') ?? undefined);
      } catch (error) {
        if (!(error instanceof TokenError)) throw error;
        // Yoga answers a GraphQLError thrown here with its `http.status` and drops `http` from the body.
        throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
    },
    onFetch({
      context,
      options: init,
      setOptions,
    }: {
      context: { request?: Request } | object;
      options: { method?: string; body?: unknown; headers?: Record<string, string> };
      setOptions(init: object): void;
    }) {
      const request = 'request' in context ? context.request : undefined;
      const headers: Record<string, string> = { ...init.headers };
      const requestId = request && requestIds.get(request);
      if (requestId) headers['x-request-id'] = requestId;
      if (options.signer) {
        // The signature covers the exact bytes sent; Hive's HTTP transport sends its JSON as a string.
        if (typeof init.body !== 'string') throw new Error('a subgraph fetch without a string body cannot be signed');
        headers[GATEWAY_SIGNATURE_HEADER] = options.signer.sign(init.method ?? 'POST', init.body);
      }
      setOptions({ ...init, headers });
    },
    // Hive puts the subgraph fetch (its URL and body) into the extensions of some errors, a timeout's
    // among them: the client must not learn where the subgraphs live or what the plan sent them. The
    // errors are changed in place (a new GraphQLError would be masked by Hive as an unexpected one).
    onExecute() {
      return {
        onExecuteDone({ result }: { result: unknown }) {
          for (const error of (result as { errors?: readonly GraphQLErrorType[] }).errors ?? []) {
            const extensions = error.extensions as Record<string, unknown> | undefined;
            delete extensions?.request;
            delete extensions?.response;
          }
        },
      };
    },
    onResponse({ request, response }: { request: Request; response: Response }) {
      const requestId = requestIds.get(request);
      if (requestId) response.headers.set('x-request-id', requestId);
    },
  };
}

/**
 * Starts Hive Gateway on node:http at `/` and `/graphql` with the settings of our gateway's
 * `GatewayConfig` that Hive has an equivalent for: the token rules (`kazTokenPlugin`), the client's
 * Authorization header forwarded to the subgraphs, the subgraph URLs, GraphiQL with the example
 * operations, introspection, CORS origins, our depth and token limits (graphql-armor, as the Hive CLI
 * enables them), hidden suggestions, the subgraph timeouts, the request deadline and the signing
 * secret. `/health/live` and `/health/ready` are Hive's own checks (the process answers; the
 * supergraph is loaded). Everything else of `GatewayConfig` has no effect here (docs/hive-gateway.md).
 * `stop()` closes the port and disposes the runtime (its subgraph connections).
 */
export async function startHiveGateway(config: GatewayConfig): Promise<RunningGateway> {
  const { createGatewayRuntime, createLoggerFromLogging, getBuiltinPluginsFromConfig } = await import(
    '@graphql-hive/gateway'
  );
  const verifier = createTokenVerifier(config.auth);
  const signer = config.gatewaySigningSecret ? new GatewaySigner(config.gatewaySigningSecret) : undefined;
  const html = config.graphiql ? graphiqlPage(config.graphiql) : undefined;
  const requestTimeoutMs = config.requestTimeoutMs ?? 15_000;
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...config.limits };
  const level = hiveLogLevel(process.env.LOG_LEVEL);
  // Hive's logger checks LOG_LEVEL itself on every (child) logger it makes and throws on pino's
  // `silent` and `fatal`, which it does not know: for the rest of this process those become `error`
  // (Hive's own logger keeps the level given here; ours then log errors only).
  if (process.env.LOG_LEVEL && !HIVE_LEVELS.includes(process.env.LOG_LEVEL)) process.env.LOG_LEVEL = 'error';
  const log = createLoggerFromLogging(level);
  // graphql-armor's depth and token limits with our values, and suggestions hidden in production
  // mode, as the Hive CLI adds them from its config file.
  const builtins = await getBuiltinPluginsFromConfig(
    {
      maxDepth: limits.maxDepth,
      maxTokens: limits.maxTokens,
      blockFieldSuggestions: config.blockFieldSuggestions ?? false,
    },
    { log, cache: undefined as never, pubsub: undefined as never, cwd: process.cwd() },
  );
  const corsOrigins = config.corsAllowedOrigins ?? [];
  const runtime = createGatewayRuntime({
    supergraph: parse(config.supergraphSdl),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health/live',
    readinessCheckEndpoint: '/health/ready',
    landingPage: false,
    graphiql: html !== undefined,
    ...(html !== undefined ? { renderGraphiQL: () => html } : {}),
    ...(config.introspection === false ? { disableIntrospection: {} } : {}),
    cors: corsOrigins.length > 0 ? { origin: [...corsOrigins] } : false,
    logging: log,
    transportEntries: Object.fromEntries(
      Object.entries(config.subgraphUrls ?? {}).map(([name, location]) => [name, { location }]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    // Our plugin sets the request id (validated as ours does) instead of Hive's, which passes any
    // incoming x-request-id on as it is.
    requestId: false,
    upstreamTimeout: ({ subgraphName }) =>
      (subgraphName ? config.subgraphTimeoutsMs?.[subgraphName] : undefined) ?? config.subgraphTimeoutMs ?? 10_000,
    ...(requestTimeoutMs > 0 ? { requestDeadline: requestTimeoutMs } : {}),
    plugins: () => [kazTokenPlugin({ verifier, signer }) as never, ...builtins],
  });
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) req.url = `/graphql${req.url.slice(1)}`;
    void runtime(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port ?? 4000, config.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = ['', '::', '0.0.0.0'].includes(address.address)
    ? 'localhost'
    : address.family === 'IPv6'
      ? `[${address.address}]`
      : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    stop: async (stopOptions) => {
      if (stopOptions?.delayMs) await new Promise((resolve) => setTimeout(resolve, stopOptions.delayMs));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await runtime[Symbol.asyncDispose]();
    },
  };
}

/** The log levels Hive Gateway's logger knows (in LOG_LEVEL too). */
const HIVE_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'];

/** Hive's log level from `LOG_LEVEL` (pino's names): `silent` logs nothing, `fatal` and unknown values errors only. */
function hiveLogLevel(level: string | undefined): 'trace' | 'debug' | 'info' | 'warn' | 'error' | false {
  if (level === 'silent') return false;
  return level && HIVE_LEVELS.includes(level) ? (level as 'trace' | 'debug' | 'info' | 'warn' | 'error') : 'error';
}
