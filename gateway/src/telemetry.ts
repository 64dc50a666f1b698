import type { ApolloServerPlugin } from '@apollo/server';
import { type Logger, OperationLabels, type RequestState, requestScope } from '@kaz/telemetry';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SubgraphFetch } from './data-source.ts';

/** What is known about one request to the gateway while it runs. */
interface GatewayRequestState extends RequestState {
  /** The organisation of the verified token (never the subject: that may name a person). */
  org: string | null;
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

  const scope = requestScope<GatewayRequestState>({
    tracerName: '@kaz/gateway',
    span: { name: 'gateway', attributes: {} },
    logger,
    initial: () => ({ org: null }),
    outcome: (status, hasErrors) =>
      status >= 400 && status < 500 ? 'rejected' : hasErrors || status >= 500 ? 'error' : 'success',
    started: () => inFlight.inc(),
    finished: (state, outcome, seconds) => {
      const labels = { operation: operations.label(state.operationName), outcome };
      requests.inc(labels);
      duration.observe(labels, seconds);
      inFlight.dec();
    },
    details: (state) => ({ log: { org: state.org } }),
    // The operation name of the body, for requests refused before Apollo names the operation.
    onEnter: (state, req) => {
      const name = (req.body as { operationName?: unknown } | undefined)?.operationName;
      if (typeof name === 'string') state.operationName = name;
    },
  });

  const plugin: ApolloServerPlugin<{ principal?: { org: string } | null }> = {
    async requestDidStart({ contextValue }) {
      const state = scope.current();
      if (!state) return;
      state.org = contextValue?.principal?.org ?? null;
      return {
        async didResolveOperation({ operationName }) {
          state.operationName = operationName ?? state.operationName;
        },
        async willSendResponse({ response }) {
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          scope.finish(state, response.http.status ?? 200, (errors?.length ?? 0) > 0);
        },
      };
    },
  };

  /** Observes every subgraph fetch of the data sources. */
  const observeFetch = (fetch: SubgraphFetch) => {
    fetchDuration.observe({ subgraph: fetch.subgraph, outcome: fetch.failure ? 'error' : 'success' }, fetch.seconds);
    if (!fetch.failure) return;
    fetchErrors.inc({ subgraph: fetch.subgraph, code: fetch.failure.code });
    const state = scope.current();
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

  return { begin: scope.begin, enter: scope.enter, plugin, observeFetch };
}
