import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { GATEWAY_SIGNATURE_HEADER } from '@kaz/auth';
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

const RETRYABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN']);

/** Whether an error on the way to a subgraph is one a second attempt may cure: the connection, not the answer. */
export function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return (code !== undefined && RETRYABLE.has(code)) || /socket hang up/.test(String(error));
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

// Headers that differ on every request but do not change the answer: the request id, the trace
// context and the gateway's signature (over the same body). Identical reads share one fetch whatever these are (the subgraph sees the first one's).
const PER_REQUEST_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate', GATEWAY_SIGNATURE_HEADER]);

function sharedHeadersKey(headers: RequestInit['headers']): string {
  const entries = Object.entries((headers ?? {}) as Record<string, string>).filter(
    ([name]) => !PER_REQUEST_HEADERS.has(name.toLowerCase()),
  );
  return JSON.stringify(entries);
}

/** What the data sources fetch with: node-fetch's signature. */
export type SubgraphFetcher = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The fetch function of the data sources: node-fetch over the keep-alive agents and, for reads, one
 * fetch for all identical requests in flight. When sixteen dashboards ask the same question at the
 * same moment, the subgraph answers it once; the key holds every header the gateway sends (the
 * Authorization header among them), so no answer crosses from one token to another. Each caller gets
 * its own Response and parses its own copy of the body.
 */
export function createSubgraphFetcher(agents: SubgraphAgents, options: DataSourceOptions = {}): SubgraphFetcher {
  const agent = (parsed: URL) => (parsed.protocol === 'https:' ? agents.https : agents.http);
  const inFlight = new Map<string, SharedFetch>();
  const deduplicate = options.deduplicateReads ?? true;
  const send = (url: string, init: RequestInit) => fetch(url, { ...init, agent });
  // A read whose connection failed is sent once more (the subgraph may just have restarted, or a
  // kept-alive connection was closed under us); within the same timeout, never for a mutation.
  const sendRead = (url: string, init: RequestInit) =>
    send(url, init).catch(async (error: unknown) => {
      if (!isRetryable(error) || init.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return send(url, init);
    });
  return (url: string, init: RequestInit): Promise<Response> => {
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body === undefined || !READ_BODY.test(body)) return send(url, init);
    if (!deduplicate) return sendRead(url, init);
    const key = `${url}\n${sharedHeadersKey(init.headers)}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      // The shared fetch has its own abort signal: it stops when every request waiting for it has
      // stopped (timed out, or its client went away), not when the first one does.
      const controller = new AbortController();
      const entry: SharedFetch = {
        controller,
        waiting: 0,
        response: sendRead(url, { ...init, signal: controller.signal })
          .then(async (response) => ({
            status: response.status,
            statusText: response.statusText,
            headers: [...response.headers.entries()],
            body: await response.text(),
          }))
          .finally(() => inFlight.delete(key)),
      };
      // Each waiter takes the outcome through `waitFor`; a fetch that every waiter gave up on (one
      // whose client had gone away before it was sent, say) is aborted with no one left to take its
      // rejection, which would otherwise end the process as an unhandled rejection.
      entry.response.catch(() => {});
      shared = entry;
      inFlight.set(key, entry);
    }
    return waitFor(shared, init.signal ?? undefined).then(
      (response) =>
        new Response(response.body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        }),
    );
  };
}

/** One read in flight for several requests. */
interface SharedFetch {
  response: Promise<SharedResponse>;
  controller: AbortController;
  /** Requests waiting for it that have not stopped. */
  waiting: number;
}

/** The shared fetch's answer for one request, which gives up when its own signal aborts. */
function waitFor(shared: SharedFetch, signal: AbortSignal | undefined): Promise<SharedResponse> {
  shared.waiting += 1;
  if (!signal) return shared.response;
  return new Promise<SharedResponse>((resolve, reject) => {
    const giveUp = () => {
      shared.waiting -= 1;
      if (shared.waiting === 0) shared.controller.abort(signal.reason);
      reject(signal.reason);
    };
    if (signal.aborted) return giveUp();
    signal.addEventListener('abort', giveUp, { once: true });
    shared.response.then(resolve, reject).finally(() => signal.removeEventListener('abort', giveUp));
  });
}
