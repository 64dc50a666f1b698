/**
 * Hive Gateway (MIT, @graphql-hive/gateway) in front of the hub's subgraphs, as the open-source
 * alternative to our Apollo gateway (`GATEWAY_ENGINE=hive pnpm start`, docs/hive-gateway.md): the same
 * supergraph, the same subgraphs, the same token rules. It runs in this process on node:http with
 * Hive's programmatic runtime (`createGatewayRuntime`) and a small plugin (`kazTokenPlugin`) that
 * applies our own token verifier; what it does not do that our gateway does is listed in the docs.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type AuthConfig,
  createTokenVerifier,
  GATEWAY_SIGNATURE_HEADER,
  GatewaySigner,
  TokenError,
  type TokenVerifier,
} from '@kaz/auth';
import type { RunningGateway } from '@kaz/gateway';
import { DEFAULT_OPERATION_LIMITS, type ExampleOperation, graphiqlPage } from '@kaz/gateway';
import { parse } from 'graphql';

/** How to start Hive Gateway in front of the hub's subgraphs. */
export interface HiveGatewayOptions {
  /** Which tokens to accept: the same settings as our gateway's and the subgraphs'. */
  auth: AuthConfig;
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name that replace the routing URLs of the supergraph. */
  subgraphUrls?: Readonly<Record<string, string>> | undefined;
  /** Port (0 picks a free one). */
  port: number;
  host?: string | undefined;
  /** GraphiQL with these example operations on GET with `accept: text/html`; `false` disables it. */
  graphiql?: false | readonly ExampleOperation[] | undefined;
  /** No "Did you mean …" suggestions in validation errors (production mode). */
  blockFieldSuggestions?: boolean | undefined;
  /** Signs every subgraph fetch (`x-kaz-gateway-signature`), as our gateway does with the same secret. */
  gatewaySigningSecret?: string | undefined;
  /** The longest a subgraph fetch may take (ms, default 10,000 as ours). */
  subgraphTimeoutMs?: number | undefined;
  /** The longest a whole request may take (ms, default 15,000 as ours; 0 off). */
  requestTimeoutMs?: number | undefined;
}

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
        const { GraphQLError } = await import('graphql');
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
    onResponse({ request, response }: { request: Request; response: Response }) {
      const requestId = requestIds.get(request);
      if (requestId) response.headers.set('x-request-id', requestId);
    },
  };
}

/**
 * Starts Hive Gateway on node:http at `/` and `/graphql`, with `/health/live` and `/health/ready` (Hive's
 * own checks: the process answers, the supergraph is loaded), the token plugin above, the client's
 * Authorization header forwarded to the subgraphs, our depth and token limits (graphql-armor, as the
 * Hive CLI enables them), the subgraph timeout and the request deadline. `stop()` closes the port and
 * disposes the runtime (its subgraph connections).
 */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningGateway> {
  const { createGatewayRuntime, createLoggerFromLogging, getBuiltinPluginsFromConfig } = await import(
    '@graphql-hive/gateway'
  );
  const verifier = createTokenVerifier(options.auth);
  const signer = options.gatewaySigningSecret ? new GatewaySigner(options.gatewaySigningSecret) : undefined;
  const examples = options.graphiql;
  const html = examples ? graphiqlPage(examples) : undefined;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const log = createLoggerFromLogging(hiveLogLevel(process.env.LOG_LEVEL));
  // graphql-armor's depth and token limits with our defaults, and suggestions hidden in production
  // mode, as the Hive CLI would add them from its config file.
  const builtins = await getBuiltinPluginsFromConfig(
    {
      maxDepth: DEFAULT_OPERATION_LIMITS.maxDepth,
      maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens,
      blockFieldSuggestions: options.blockFieldSuggestions ?? false,
    },
    { log, cache: undefined as never, pubsub: undefined as never, cwd: process.cwd() },
  );
  const runtime = createGatewayRuntime({
    supergraph: parse(options.supergraphSdl),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health/live',
    readinessCheckEndpoint: '/health/ready',
    landingPage: false,
    graphiql: html !== undefined,
    ...(html !== undefined ? { renderGraphiQL: () => html } : {}),
    logging: log,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }]),
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
    upstreamTimeout: options.subgraphTimeoutMs ?? 10_000,
    ...(requestTimeoutMs > 0 ? { requestDeadline: requestTimeoutMs } : {}),
    plugins: () => [kazTokenPlugin({ verifier, signer }) as never, ...builtins],
  });
  // GraphQL at `/` too, as our gateway serves it, so that the same URLs work with either engine.
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) req.url = `/graphql${req.url.slice(1)}`;
    void runtime(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
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

/** Hive's log level from `LOG_LEVEL` (ours: pino's names); `silent` and unknown values log errors only. */
function hiveLogLevel(level: string | undefined): 'debug' | 'info' | 'warn' | 'error' | false {
  if (level === 'silent') return false;
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  if (level === 'trace') return 'debug';
  return 'error';
}
