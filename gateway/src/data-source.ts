import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import fetch, { type RequestInit, Response } from 'node-fetch';

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

/** Options of the subgraph data sources. */
export interface DataSourceOptions {
  /**
   * Send one fetch for identical reads in flight at the same time (default true): same subgraph,
   * same headers (so the same token) and the same body. Mutations are never shared.
   */
  deduplicateReads?: boolean | undefined;
}

/** A subgraph response read to the end, so that several waiting fetches can each get a copy. */
interface SharedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

// The gateway sends `{"query":"…",…}` with the query text first; a subgraph read starts with
// `query` or `{`, a mutation with `mutation`. Anything else is not shared.
const READ_BODY = /^\{"query":"(?:query\b|\{)/;

/**
 * The fetch function of the data sources: node-fetch over the keep-alive agents and, for reads, one
 * fetch for all identical requests in flight. When sixteen dashboards ask the same question at the
 * same moment, the subgraph answers it once; the key holds every header the gateway sends (the
 * Authorization header among them), so no answer crosses from one token to another. Each caller gets
 * its own Response and parses its own copy of the body.
 */
export function createSubgraphFetcher(agents: SubgraphAgents, options: DataSourceOptions = {}) {
  const agent = (parsed: URL) => (parsed.protocol === 'https:' ? agents.https : agents.http);
  const inFlight = new Map<string, Promise<SharedResponse>>();
  const deduplicate = options.deduplicateReads ?? true;
  const send = (url: string, init: RequestInit) => fetch(url, { ...init, agent });
  return (url: string, init: RequestInit): Promise<Response> => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (!deduplicate || body === undefined || !READ_BODY.test(body)) return send(url, init);
    const key = `${url}\n${JSON.stringify(init.headers ?? {})}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = send(url, init)
        .then(async (response) => ({
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: await response.text(),
        }))
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return shared.then(
      (response) =>
        new Response(response.body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        }),
    );
  };
}

/**
 * A data source for one subgraph: sends the fetches of a query plan through the shared fetcher and
 * forwards the client's Authorization header (each subgraph verifies it itself).
 */
export function createDataSource(
  url: string,
  fetcher: ReturnType<typeof createSubgraphFetcher>,
): RemoteGraphQLDataSource {
  return new RemoteGraphQLDataSource({
    url,
    fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'],
    willSendRequest({ request, context }) {
      const authorization = (context as { authorization?: string }).authorization;
      if (authorization) request.http?.headers.set('authorization', authorization);
    },
  });
}
