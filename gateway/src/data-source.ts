import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import fetch from 'node-fetch';

/** Keep-alive agents shared by all subgraph data sources of one gateway. */
export interface SubgraphAgents {
  http: HttpAgent;
  https: HttpsAgent;
  destroy(): void;
}

/**
 * Agents that keep connections to the subgraphs open between requests, so that a query plan with
 * several fetches does not pay a TCP handshake for each.
 */
export function createSubgraphAgents(maxSockets = 64): SubgraphAgents {
  const options = { keepAlive: true, keepAliveMsecs: 10_000, maxSockets, maxFreeSockets: maxSockets };
  const http = new HttpAgent(options);
  const https = new HttpsAgent(options);
  return {
    http,
    https,
    destroy: () => {
      http.destroy();
      https.destroy();
    },
  };
}

/**
 * A data source for one subgraph: sends the fetches of a query plan over the keep-alive agents and
 * forwards the client's Authorization header (each subgraph verifies it itself).
 */
export function createDataSource(url: string, agents: SubgraphAgents): RemoteGraphQLDataSource {
  const agent = (parsed: URL) => (parsed.protocol === 'https:' ? agents.https : agents.http);
  return new RemoteGraphQLDataSource({
    url,
    fetcher: ((input: string, init: Record<string, unknown>) =>
      fetch(input, { ...init, agent })) as unknown as RemoteGraphQLDataSource['fetcher'],
    willSendRequest({ request, context }) {
      const authorization = (context as { authorization?: string }).authorization;
      if (authorization) request.http?.headers.set('authorization', authorization);
    },
  });
}
