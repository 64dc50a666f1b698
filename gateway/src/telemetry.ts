import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { type Logger, OperationLabels, requestIdFrom } from '@kaz/telemetry';
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SubgraphFetch } from './data-source.ts';

/** What is known about one request to the gateway while it runs. */
export interface GatewayRequestState {
  requestId: string;
  startedAt: number;
  span: Span;
  operationName: string | null;
  /** The organisation of the verified token (never the subject: that may name a person). */
  org: string | null;
  recorded: boolean;
}

const states = new WeakMap<object, GatewayRequestState>();
const currentRequest = new AsyncLocalStorage<GatewayRequestState>();

/** The state of the request being handled here, for the data sources (request id, trace context). */
export function currentGatewayRequest(): GatewayRequestState | undefined {
  return currentRequest.getStore();
}

/**
 * Metrics, logs and the trace span of the gateway's GraphQL requests and of its subgraph fetches:
 * - `kaz_gateway_requests_total` and `kaz_gateway_request_duration_seconds` by operation name and
 *   outcome: `success`; `error` (the answer carries errors, with or without data); `rejected` (an HTTP
 *   4xx before any subgraph was asked: unreadable body, bad token, parse, validation or a limit);
 * - `kaz_gateway_requests_in_flight`;
 * - `kaz_gateway_subgraph_fetch_duration_seconds` by subgraph and outcome (`success`, `error`) and
 *   `kaz_gateway_subgraph_fetch_errors_total` by subgraph and code (SUBGRAPH_UNAVAILABLE, …);
 * - one info log line per request (request id, operation, outcome, status, duration, the token's
 *   organisation), a warn line per failed subgraph fetch;
 * - a SERVER span `gateway` (child of the caller's `traceparent`, if any) around the request, under
 *   which @apollo/gateway records its own spans (`gateway.request`, `gateway.plan`,
 *   `gateway.execute`, one `gateway.fetch` per subgraph fetch).
 */
export function gatewayTelemetry(options: { registry: Registry; logger: Logger }) {
  const { registry, logger } = options;
  const operations = new OperationLabels();
  const tracer = trace.getTracer('@kaz/gateway');
  const labelNames = ['operation', 'outcome'] as const;
  const requests = new Counter({
    name: 'kaz_gateway_requests_total',
    help: 'Requests to the GraphQL endpoint by operation name and outcome (success, error, rejected)',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kaz_gateway_request_duration_seconds',
    help: 'Time from receiving a request to having its answer, by operation name and outcome',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'kaz_gateway_requests_in_flight',
    help: 'Requests received and not yet answered',
    registers: [registry],
  });
  const fetchDuration = new Histogram({
    name: 'kaz_gateway_subgraph_fetch_duration_seconds',
    help: 'Time of the fetches the gateway sends to each subgraph, by subgraph and outcome (success, error)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: 'kaz_gateway_subgraph_fetch_errors_total',
    help: 'Subgraph fetches that failed, by subgraph and code (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT, SUBGRAPH_BAD_RESPONSE)',
    labelNames: ['subgraph', 'code'],
    registers: [registry],
  });

  const record = (state: GatewayRequestState, status: number, hasErrors: boolean) => {
    if (state.recorded) return;
    state.recorded = true;
    const seconds = (performance.now() - state.startedAt) / 1000;
    const outcome = status >= 400 && status < 500 ? 'rejected' : hasErrors || status >= 500 ? 'error' : 'success';
    const labels = { operation: operations.label(state.operationName), outcome };
    requests.inc(labels);
    duration.observe(labels, seconds);
    inFlight.dec();
    if (state.operationName) state.span.setAttribute('graphql.operation.name', state.operationName);
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
        org: state.org,
      },
      'graphql request',
    );
  };

  /** First on the GraphQL route: the request id, the span, the clock. */
  const begin: RequestHandler = (req, res, next) => {
    const requestId = requestIdFrom(req.headers);
    res.setHeader('x-request-id', requestId);
    const span = tracer.startSpan(
      'gateway',
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } },
      propagation.extract(ROOT_CONTEXT, req.headers),
    );
    const state: GatewayRequestState = {
      requestId,
      startedAt: performance.now(),
      span,
      operationName: null,
      org: null,
      recorded: false,
    };
    states.set(res, state);
    inFlight.inc();
    // Answered without GraphQL (unreadable body, too large), or abandoned by the caller (499).
    res.once('close', () => record(state, res.writableFinished ? res.statusCode : 499, false));
    next();
  };

  /** After the body parser: the rest of the request runs with its state and its span active. */
  const enter: RequestHandler = (req, res, next) => {
    const state = states.get(res);
    if (!state) return next();
    const name = (req.body as { operationName?: unknown } | undefined)?.operationName;
    if (typeof name === 'string') state.operationName = name;
    currentRequest.run(state, () => context.with(trace.setSpan(ROOT_CONTEXT, state.span), next));
  };

  const plugin: ApolloServerPlugin<{ principal?: { org: string } | null }> = {
    async requestDidStart({ contextValue }) {
      const state = currentRequest.getStore();
      if (!state) return;
      state.org = contextValue?.principal?.org ?? null;
      return {
        async didResolveOperation({ operationName }) {
          state.operationName = operationName ?? state.operationName;
        },
        async willSendResponse({ response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          record(state, response.http.status ?? 200, (errors?.length ?? 0) > 0);
        },
      };
    },
  };

  /** Observes every subgraph fetch of the data sources. */
  const observeFetch = (fetch: SubgraphFetch) => {
    fetchDuration.observe({ subgraph: fetch.subgraph, outcome: fetch.failure ? 'error' : 'success' }, fetch.seconds);
    if (!fetch.failure) return;
    fetchErrors.inc({ subgraph: fetch.subgraph, code: fetch.failure.code });
    const state = currentRequest.getStore();
    logger.warn(
      {
        requestId: state?.requestId,
        operation: state?.operationName ?? null,
        subgraph: fetch.subgraph,
        code: fetch.failure.code,
        err: fetch.failure.error,
      },
      'subgraph fetch failed',
    );
  };

  return { begin, enter, plugin, observeFetch };
}
