import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { type Coverage, SAMPLE_COVERAGE } from './coverage.ts';
import { depthLimit } from './depth-limit.ts';
import { RequestMetrics } from './metrics.ts';
import { SIGNATURE_HEADER, signatureProblem } from './signature.ts';
import { createVerifier, type Principal, type TokenSettings } from './token.ts';

/** How to run the broadband subgraph. */
export interface ForeignSubgraphConfig {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** The hub's token settings. */
  auth: TokenSettings;
  /** The hub's `GATEWAY_SIGNING_SECRET`, when it runs with one: then only signed requests are served. */
  gatewaySigningSecret?: string | undefined;
  /** The largest request body in bytes (default 5 MiB, as the hub's subgraphs: `_entities` batches). */
  maxBodyBytes?: number | undefined;
  /** The deepest operation served (default 12, as the hub's subgraphs). */
  maxDepth?: number | undefined;
  /** Receives one line per GraphQL request (default: JSON on stdout). */
  log?: ((line: RequestLogLine) => void) | undefined;
}

/** What is logged of one GraphQL request: never the token, the query or the variables. */
export interface RequestLogLine {
  requestId: string | null;
  /** The verified token's `org`, or null for an anonymous request. */
  org: string | null;
  /** Why a token was not accepted (the request then ran as anonymous). */
  tokenRejected?: string | undefined;
  status: number;
  outcome: 'success' | 'error';
}

/** A running subgraph. */
export interface RunningForeignSubgraph {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4101/graphql`. */
  url: string;
  /** `/health/ready` turns 503, the port closes, requests in flight finish. */
  stop(): Promise<void>;
}

interface Context {
  principal: Principal | null;
}

const ARS = /^\d{12}$/;
const typeDefs = parse(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const resolvers = {
  Municipality: {
    // A reference from the gateway carries the key only. An ARS of the wrong shape is no Kommune.
    __resolveReference: (reference: { ars?: unknown }) =>
      typeof reference.ars === 'string' && ARS.test(reference.ars) ? { ars: reference.ars } : null,
    broadbandCoverage: (municipality: { ars: string }, _args: unknown, context: Context): Coverage | null => {
      if (!context.principal) {
        throw new GraphQLError('Broadband coverage is shared with the partners of the hub only: send a valid token.', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      return SAMPLE_COVERAGE.get(municipality.ars) ?? null;
    },
  },
};

const CLIENT_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'DEPTH_LIMIT_EXCEEDED']);

/**
 * The broadband partner's subgraph: `Municipality.broadbandCoverage` over plain `@apollo/subgraph` and
 * `@apollo/server` on `node:http`, with nothing of the hub's kit. Serves GraphQL at `/graphql` (and
 * `/`), `GET /health/live`, `GET /health/ready` and `GET /metrics`. Verifies the bearer token of every
 * request itself (an invalid one makes the request anonymous), refuses bodies over `maxBodyBytes`
 * (413) and operations deeper than `maxDepth`, and masks every error without a client code as
 * INTERNAL_SERVER_ERROR.
 */
export async function startForeignSubgraph(config: ForeignSubgraphConfig): Promise<RunningForeignSubgraph> {
  const name = 'broadband';
  const maxBodyBytes = config.maxBodyBytes ?? 5 * 1024 * 1024;
  const log = config.log ?? ((line: RequestLogLine) => console.log(JSON.stringify({ service: name, ...line })));
  const verifier = createVerifier(config.auth);
  const metrics = new RequestMetrics(name);
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    validationRules: [depthLimit(config.maxDepth ?? 12)],
    // Apollo Server turns on federated traces (ftv1) for a subgraph schema; the hub does not use them.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      // Apollo Server reports every validation error as GRAPHQL_VALIDATION_FAILED; the depth rule's
      // own code is on the original error.
      const own = (error as { originalError?: { extensions?: { code?: unknown } } }).originalError?.extensions?.code;
      const code = typeof own === 'string' && CLIENT_CODES.has(own) ? own : formatted.extensions?.code;
      if (typeof code === 'string' && (CLIENT_CODES.has(code) || code.startsWith('GRAPHQL_'))) {
        return { ...formatted, extensions: { ...formatted.extensions, code } };
      }
      console.error(JSON.stringify({ service: name, level: 'error', error: formatted.message }));
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();
  let stopping = false;

  const graphql = async (req: IncomingMessage, res: ServerResponse) => {
    const finish = metrics.start();
    const send = (status: number, body: string, outcome: 'success' | 'error', extra: Partial<RequestLogLine> = {}) => {
      res.statusCode = status;
      if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(body);
      finish(outcome);
      const requestId = req.headers['x-request-id'];
      log({ requestId: typeof requestId === 'string' ? requestId : null, org: null, status, outcome, ...extra });
    };
    const refuse = (status: number, code: string, message: string) =>
      send(status, JSON.stringify({ errors: [{ message, extensions: { code } }] }), 'error');

    const body = await readBody(req, maxBodyBytes);
    if (body === undefined)
      return refuse(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes.`);
    if (config.gatewaySigningSecret) {
      const header = req.headers[SIGNATURE_HEADER];
      const problem = signatureProblem(
        config.gatewaySigningSecret,
        typeof header === 'string' ? header : undefined,
        req.method ?? 'GET',
        body,
      );
      if (problem)
        return refuse(401, 'GATEWAY_SIGNATURE_REQUIRED', `Only the gateway may call this subgraph: ${problem}.`);
    }
    let json: unknown;
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(400, 'BAD_REQUEST', 'The request body is not JSON.');
      }
    }
    let principal: Principal | null = null;
    let tokenRejected: string | undefined;
    try {
      principal = await verifier.verify(req.headers.authorization);
    } catch (error) {
      tokenRejected = (error as Error).message;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: json },
      context: async () => ({ principal }),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    let text = '';
    if (result.body.kind === 'complete') text = result.body.string;
    else for await (const chunk of result.body.asyncIterator) text += chunk;
    const status = result.status ?? 200;
    send(status, text, status >= 400 || text.includes('"errors":') ? 'error' : 'success', {
      org: principal?.org ?? null,
      tokenRejected,
    });
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const json = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET' && path === '/health/live') return json(200, { status: 'live' });
    if (req.method === 'GET' && path === '/health/ready') {
      // A partner with a database checks it here (and answers 503 naming what fails).
      return stopping ? json(503, { status: 'stopping' }) : json(200, { status: 'ready' });
    }
    if (req.method === 'GET' && path === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(metrics.text());
      return;
    }
    if (path === '/graphql' || path === '/') {
      graphql(req, res).catch((error: unknown) => {
        console.error(JSON.stringify({ service: name, level: 'error', error: String(error) }));
        if (!res.headersSent)
          json(500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      });
      return;
    }
    json(404, { errors: [{ message: `No route ${path}`, extensions: { code: 'NOT_FOUND' } }] });
  });
  // The gateway gives a subgraph 10 s per fetch by default; a request still unread after that is dropped.
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/graphql`,
    stop: () => {
      stopping = true;
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The gateway keeps its connections open between requests: close the idle ones now.
        server.closeIdleConnections();
      }).then(() => apollo.stop());
      return stopped;
    },
  };
}

/** The whole body, or undefined as soon as it is longer than `max` bytes. */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > max) return undefined;
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > max) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
