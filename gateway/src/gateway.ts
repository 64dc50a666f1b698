import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { type AuthConfig, createTokenVerifier, type Principal, TokenError } from '@kaz/auth';
import { GraphQLError } from 'graphql';
import { createDataSource, createSubgraphAgents } from './data-source.ts';
import { type ExampleOperation, graphiqlLandingPage } from './graphiql.ts';

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
}

/** A running gateway. */
export interface RunningGateway {
  /** The GraphQL endpoint (GraphiQL opens here in a browser). */
  url: string;
  /** Stops accepting requests, waits for the ones in flight and closes subgraph connections. */
  stop(): Promise<void>;
}

/** Per-request context of the gateway: what the data sources forward to the subgraphs. */
export interface GatewayContext {
  authorization?: string | undefined;
  principal: Principal | null;
}

/**
 * Starts the Apollo gateway in front of the subgraphs named in the supergraph. Throws when a name in
 * `subgraphUrls` is not a subgraph of the supergraph, so that a typo in a deployment fails loudly.
 */
export async function createGateway(config: GatewayConfig): Promise<RunningGateway> {
  const verifier = createTokenVerifier(config.auth);
  // An invalid token is refused here, before any planning or subgraph fetch: HTTP 401 with
  // UNAUTHENTICATED. No token at all is fine: the graph's public data needs none.
  const verifyOrReject = async (authorization: string | undefined) => {
    try {
      return await verifier.verify(authorization);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
  };
  const agents = createSubgraphAgents();
  const overrides = { ...config.subgraphUrls };
  const known = new Set<string>();
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => {
      known.add(name);
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`subgraph ${name} has no URL: set SUBGRAPH_${name.toUpperCase()}_URL`);
      return createDataSource(target, agents);
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // The process that runs the server (main.ts, the hub's start script) handles SIGINT/SIGTERM and
    // stops everything in order; Apollo's own handlers would race with it.
    stopOnTerminationSignals: false,
    plugins: [
      config.graphiql === false ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(config.graphiql ?? []),
    ],
  });
  try {
    const { url } = await startStandaloneServer(server, {
      listen: { port: config.port ?? 4000, host: config.host ?? '127.0.0.1' },
      context: async ({ req }: { req: IncomingMessage }) => {
        const authorization = req.headers.authorization;
        return { authorization, principal: await verifyOrReject(authorization) };
      },
    });
    const unknown = Object.keys(overrides).filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`unknown subgraph in URL overrides: ${unknown.join(', ')}`);
    return {
      url,
      stop: async () => {
        await server.stop();
        agents.destroy();
      },
    };
  } catch (error) {
    await server.stop().catch(() => {});
    agents.destroy();
    throw error;
  }
}
