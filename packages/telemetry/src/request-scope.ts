import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  type Attributes,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { Logger } from './logger.ts';
import { requestIdFrom } from './logger.ts';

/** What is known about one GraphQL request over HTTP while it runs (gateway and subgraphs alike). */
export interface RequestState {
  requestId: string;
  startedAt: number;
  span: Span;
  operationName: string | null;
  recorded: boolean;
}

/** What a server adds to the shared request scope: its names, its state, its metrics. */
export interface RequestScopeOptions<State extends RequestState> {
  /** The name of the tracer (the package, e.g. `@kaz/gateway`). */
  tracerName: string;
  /** The SERVER span around every request and its attributes at the start. */
  span: { name: string; attributes: Attributes };
  logger: Logger;
  /** The state's own fields besides the shared ones, as a new request starts with them. */
  initial: () => Omit<State, keyof RequestState>;
  /** The outcome label of a finished request (`success` puts no error status on the span). */
  outcome: (status: number, hasErrors: boolean) => string;
  /** A request began (the in-flight gauge goes up). */
  started: () => void;
  /** A request finished, once per request: its metrics (and the in-flight gauge goes down). */
  finished: (state: State, outcome: string, seconds: number) => void;
  /** The span attributes and the log fields the server adds for a finished request. */
  details?: ((state: State) => { span?: Attributes; log?: Record<string, unknown> }) | undefined;
  /** Runs in `enter`, when the body has been parsed (the gateway reads the operation name there). */
  onEnter?: ((state: State, req: IncomingMessage & { body?: unknown }) => void) | undefined;
  /** The store `current()` reads (default: a new one). */
  store?: AsyncLocalStorage<State> | undefined;
}

/**
 * The life of a GraphQL request over HTTP, shared by the gateway and the subgraphs: `begin` (first on
 * the route: the request id, echoed as `x-request-id`, a SERVER span whose parent is the caller's W3C
 * `traceparent`, the clock); `enter` (after the body parser, whose stream callbacks run outside the
 * request's async context: the rest runs with the state in `current()` and the span active); `finish`
 * (records the request once: metrics, span status and end, one info log line `graphql request`). A
 * request answered without GraphQL (an unreadable body) is recorded when its connection closes, one
 * abandoned by its caller as 499.
 */
export function requestScope<State extends RequestState>(options: RequestScopeOptions<State>) {
  const { logger } = options;
  const tracer = trace.getTracer(options.tracerName);
  const states = new WeakMap<object, State>();
  const store = options.store ?? new AsyncLocalStorage<State>();

  const finish = (state: State, status: number, hasErrors: boolean) => {
    if (state.recorded) return;
    state.recorded = true;
    const seconds = (performance.now() - state.startedAt) / 1000;
    const outcome = options.outcome(status, hasErrors);
    options.finished(state, outcome, seconds);
    const details = options.details?.(state) ?? {};
    if (state.operationName) state.span.setAttribute('graphql.operation.name', state.operationName);
    state.span.setAttributes(details.span ?? {});
    state.span.setAttribute('http.response.status_code', status);
    if (outcome !== 'success') state.span.setStatus({ code: SpanStatusCode.ERROR });
    state.span.end();
    logger.info(
      {
        requestId: state.requestId,
        operation: state.operationName,
        outcome,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...details.log,
      },
      'graphql request',
    );
  };

  const begin = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const requestId = requestIdFrom(req.headers);
    res.setHeader('x-request-id', requestId);
    const span = tracer.startSpan(
      options.span.name,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, ...options.span.attributes } },
      propagation.extract(ROOT_CONTEXT, req.headers),
    );
    const shared: RequestState = {
      requestId,
      startedAt: performance.now(),
      span,
      operationName: null,
      recorded: false,
    };
    const state = { ...shared, ...options.initial() } as State;
    states.set(res, state);
    options.started();
    res.once('close', () => finish(state, res.writableFinished ? res.statusCode : 499, false));
    next();
  };

  const enter = (req: IncomingMessage & { body?: unknown }, res: ServerResponse, next: () => void): void => {
    const state = states.get(res);
    if (!state) {
      next();
      return;
    }
    options.onEnter?.(state, req);
    store.run(state, () => context.with(trace.setSpan(ROOT_CONTEXT, state.span), next));
  };

  return { begin, enter, finish, current: (): State | undefined => store.getStore() };
}
