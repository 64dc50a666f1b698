import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { type AuthConfig, createTokenVerifier, type Principal } from '@kaz/auth';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { isClientErrorCode } from './errors.ts';

/** How to serve one subgraph over HTTP. */
export interface SubgraphServerOptions<Context extends BaseContext> {
  /** The subgraph's name, used in log lines. */
  name: string;
  schema: GraphQLSchema;
  /** The port to listen on; 0 picks a free one. */
  port: number;
  /** The interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** Which tokens to accept. */
  auth: AuthConfig;
  /** Builds a fresh context (principal, db, loaders) for every request. */
  context: (principal: Principal | null) => Promise<Context> | Context;
  /**
   * Seconds for which every response may be cached by anyone (`Cache-Control: public, max-age=…`);
   * only for a subgraph whose answers are the same for every caller. Unset or 0: not cacheable.
   */
  publicCacheMaxAge?: number | undefined;
  /** Where unexpected errors are reported before they are masked (default console.error). */
  logError?: ((error: unknown) => void) | undefined;
}

/** A running subgraph server. */
export interface RunningServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4001/graphql`. */
  url: string;
  /** Stops accepting requests and waits for the ones in flight. */
  stop(): Promise<void>;
}

/**
 * Serves a subgraph schema with Apollo Server. Every request's bearer token is verified here again,
 * whatever the gateway did (no trust in the network or in forwarded headers); a missing or invalid
 * token makes the request anonymous, so it sees public data only. Errors without a client error
 * code are logged and masked as INTERNAL_SERVER_ERROR, so no stack trace or SQL reaches a client.
 */
export async function serveSubgraph<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningServer> {
  const logError = options.logError ?? ((error: unknown) => console.error(`[${options.name}]`, error));
  const server = new ApolloServer<Context>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    // The process that runs the server (main.ts, the hub's start script) handles SIGINT/SIGTERM and
    // stops everything in order; Apollo's own handlers would race with it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Every field starts with this maxAge (public scope); Apollo sends the Cache-Control header for
      // a response without errors, and the gateway reads it. 0 (the default) marks nothing.
      ApolloServerPluginCacheControl({ defaultMaxAge: options.publicCacheMaxAge ?? 0 }),
    ],
    formatError: (formatted, error) => maskError(formatted, error, logError),
  });
  const verifier = createTokenVerifier(options.auth);
  const host = options.host ?? '127.0.0.1';
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host },
    context: async ({ req }) => options.context(await verifier.verify(req.headers.authorization).catch(() => null)),
  });
  return {
    url: new URL('/graphql', url).toString(),
    stop: () => server.stop(),
  };
}

/** Passes client errors through and replaces everything else by a generic message. */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logError: (error: unknown) => void,
): GraphQLFormattedError {
  if (isClientErrorCode(formatted.extensions?.code)) return formatted;
  logError(error);
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
