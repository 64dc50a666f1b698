import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GATEWAY_SIGNATURE_HEADER, type GatewaySigner } from '@kaz/auth';
import type { RequestGuard } from '@kaz/limits';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { type RequestInit, Response } from 'node-fetch';
import { isRetryable, type SubgraphFetcher } from './subgraph-fetcher.ts';

// The error must be an instance of the graphql build Apollo loads (CommonJS), or Apollo wraps it and
// drops its path; see the same note in @kaz/limits (operation-cost.ts).
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** Settings of one subgraph's data source. */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name, as errors and logs name it. */
  name: string;
  url: string;
  /** The longest a fetch to this subgraph may take, answer included (ms). */
  timeoutMs: number;
  /** Signs every fetch (`x-kaz-gateway-signature`) when the subgraphs require it. */
  signer?: GatewaySigner | undefined;
}

/** How a subgraph failed to answer: the `extensions.code` of the error the client gets. */
export type SubgraphFailure = 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT' | 'SUBGRAPH_BAD_RESPONSE';

/** One fetch to a subgraph, as the data source reports it (for metrics and logs). */
export interface SubgraphFetch {
  subgraph: string;
  seconds: number;
  failure?: { code: SubgraphFailure; error: unknown } | undefined;
}

/** What the data sources read from the gateway's request context. */
export interface SubgraphRequestContext {
  authorization?: string | undefined;
  requestId?: string | undefined;
  /** The request's hard limits: its fetches stop with it, and their answers count towards its size. */
  guard?: RequestGuard | undefined;
}

/**
 * A data source for one subgraph: sends the fetches of a query plan through the shared fetcher with
 * a timeout and forwards the client's Authorization header (each subgraph verifies it itself).
 *
 * When the subgraph cannot be reached, does not answer in time or answers with something that is not
 * a GraphQL response, the query plan goes on without it: the client gets the other subgraphs' data
 * and one error per affected field, naming the subgraph (`extensions.serviceName`) with a code from
 * `SubgraphFailure`, and never the subgraph's address or the low-level message. The next request tries
 * again, so the hub recovers by itself when the subgraph is back.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<SubgraphRequestContext> {
  readonly name: string;
  readonly timeoutMs: number;
  /** Told about every fetch: its time and, for a failure, the code and cause (never sent to clients). */
  observe: (fetch: SubgraphFetch) => void = () => {};

  // The abort signal of the fetch being processed: `process` starts the clock and stops it when the
  // answer is read (a timer left running would keep the request's objects alive until it fired).
  readonly #deadline = new AsyncLocalStorage<{ signal: AbortSignal; guard: RequestGuard | undefined }>();

  constructor(options: SubgraphDataSourceOptions, fetcher: SubgraphFetcher) {
    super({
      url: options.url,
      fetcher: (async (url: string, init: RequestInit) => {
        const store = this.#deadline.getStore();
        const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
        if (options.signer && typeof init.body === 'string') {
          headers[GATEWAY_SIGNATURE_HEADER] = options.signer.sign(init.method ?? 'POST', init.body);
        }
        const response = await fetcher(url, { ...init, headers, signal: store?.signal });
        if (!store?.guard) return response;
        // Read here to count the answer's bytes towards the request's size limit, before the data
        // source parses it; a request over its limit stops all its fetches.
        const body = await response.text();
        store.guard.count(Buffer.byteLength(body));
        store.guard.throwIfStopped();
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.name = options.name;
    this.timeoutMs = options.timeoutMs;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<SubgraphRequestContext>) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    if (context.requestId) headers.set('x-request-id', context.requestId);
    // W3C trace context of the active span (@apollo/gateway's `gateway.fetch`): the subgraph's span
    // becomes its child.
    propagation.inject(otelContext.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) });
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<SubgraphRequestContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    const started = performance.now();
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new DOMException('subgraph timeout', 'TimeoutError')),
      this.timeoutMs,
    );
    try {
      const guard = options.context.guard;
      const signal = guard ? AbortSignal.any([deadline.signal, guard.signal]) : deadline.signal;
      const response = await this.#deadline.run({ signal, guard }, () => super.process(options));
      this.observe({ subgraph: this.name, seconds: (performance.now() - started) / 1000 });
      return response;
    } catch (error) {
      const code = failureCode(error);
      this.observe({ subgraph: this.name, seconds: (performance.now() - started) / 1000, failure: { code, error } });
      const message = failureMessage(this.name, code, this.timeoutMs);
      const extensions = { code, serviceName: this.name };
      const path = 'pathInIncomingRequest' in options ? (options.pathInIncomingRequest ?? []) : [];
      if (path.length > 0) {
        // Fields added to entities elsewhere in the answer: one error at the list or object that
        // holds them (the path up to the first list marker '@').
        const at = path.slice(0, path.includes('@') ? path.indexOf('@') : path.length);
        throw new GraphQLError(message, { path: at, extensions });
      }
      // A root fetch: one error per top-level field it was to answer, each at its own path.
      const fields = rootFields(options);
      if (fields.length === 0) return { errors: [{ message, extensions }] };
      return { errors: fields.map((field) => ({ message, path: [field], extensions })) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function failureCode(error: unknown): SubgraphFailure {
  const { name, type, code } = error as { name?: string; type?: string; code?: string };
  if (name === 'AbortError' || type === 'aborted' || name === 'TimeoutError') return 'SUBGRAPH_TIMEOUT';
  if (type === 'system' || (code !== undefined && /^E[A-Z]+$/.test(code)) || isRetryable(error)) {
    return 'SUBGRAPH_UNAVAILABLE';
  }
  return 'SUBGRAPH_BAD_RESPONSE';
}

function failureMessage(subgraph: string, code: SubgraphFailure, timeoutMs: number): string {
  const why = {
    SUBGRAPH_UNAVAILABLE: 'could not be reached',
    SUBGRAPH_TIMEOUT: `did not answer within ${timeoutMs / 1000} s`,
    SUBGRAPH_BAD_RESPONSE: 'sent an answer that is not a GraphQL response',
  }[code];
  return `The ${subgraph} subgraph ${why}; the fields it provides are missing from this answer.`;
}

/** The response keys (alias or name) of the top-level fields of the fetch's operation. */
function rootFields(options: GraphQLDataSourceProcessOptions): string[] {
  // The plan's parsed operation when the gateway hands it over; otherwise the text is parsed (only
  // ever on this failure path).
  const document =
    ('document' in options ? options.document : undefined) ??
    (options.request.query ? parse(options.request.query) : undefined);
  const operation = document?.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD && selection.name.value !== '__typename'
      ? [selection.alias?.value ?? selection.name.value]
      : [],
  );
}
