import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ConnectionCounts, StatementTiming } from '@kaz/db';
import { type Logger, OperationLabels, plainOperationName, type RequestState, requestScope } from '@kaz/telemetry';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** What is known about one GraphQL request while it runs. */
interface SubgraphRequestState extends RequestState {
  operationType: string | null;
}

/**
 * Metrics, logs and the trace span of the GraphQL requests of one subgraph server:
 * `kaz_subgraph_requests_total` and `kaz_subgraph_request_duration_seconds` by operation and outcome
 * (`error` when the response carries errors or an HTTP error status), `kaz_subgraph_requests_in_flight`,
 * one info log line per request, and a SERVER span `subgraph <name>` whose parent is the caller's
 * W3C `traceparent`. Every request is recorded once, before its response is written (or when its
 * connection closes, for one that never reached GraphQL).
 */
export function requestTelemetry(options: { subgraph: string; registry: Registry; logger: Logger }) {
  const { subgraph, registry, logger } = options;
  const operations = new OperationLabels();
  const labelNames = ['subgraph', 'operation', 'outcome'] as const;
  const requests = new Counter({
    name: 'kaz_subgraph_requests_total',
    help: 'GraphQL requests answered by the subgraph, by operation name and outcome (error: the response has errors)',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kaz_subgraph_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to having its response, by operation name and outcome',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'kaz_subgraph_requests_in_flight',
    help: 'GraphQL requests received and not yet answered',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  inFlight.set({ subgraph }, 0);

  const scope = requestScope<SubgraphRequestState>({
    tracerName: '@kaz/subgraph-kit',
    span: { name: `subgraph ${subgraph}`, attributes: { 'kaz.subgraph': subgraph } },
    logger,
    initial: () => ({ operationType: null }),
    outcome: (status, hasErrors) => (hasErrors || status >= 400 ? 'error' : 'success'),
    started: () => inFlight.inc({ subgraph }),
    finished: (state, outcome, seconds) => {
      const labels = { subgraph, operation: operations.label(state.operationName), outcome };
      requests.inc(labels);
      duration.observe(labels, seconds);
      inFlight.dec({ subgraph });
    },
    details: (state) => ({ span: state.operationType ? { 'graphql.operation.type': state.operationType } : {} }),
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const state = scope.current();
      if (!state) return;
      return {
        async didResolveOperation({ operationName, operation }) {
          state.operationName = plainOperationName(operationName);
          state.operationType = operation?.operation ?? null;
        },
        async willSendResponse({ response, request }) {
          state.operationName ??= plainOperationName(request.operationName);
          const errors =
            response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          scope.finish(state, response.http.status ?? 200, (errors?.length ?? 0) > 0);
        },
      };
    },
  };

  /** Logs an error that is about to be masked, with the id of the request it belongs to. */
  const logMaskedError = (error: unknown) => {
    const state = scope.current();
    // A GraphQLError from a resolver wraps what was thrown. Not `instanceof`: graphql's CommonJS and
    // ES module builds each have their own GraphQLError class, and both are loaded here.
    const { originalError, path } = (error ?? {}) as { originalError?: unknown; path?: readonly (string | number)[] };
    logger.error(
      {
        err: originalError ?? error,
        requestId: state?.requestId,
        operation: state?.operationName ?? null,
        ...(Array.isArray(path) ? { path: path.join('.') } : {}),
      },
      'internal error, masked in the response',
    );
  };

  return { begin: scope.begin, enter: scope.enter, plugin, logMaskedError };
}

/**
 * The database series of one subgraph: `kaz_db_statement_duration_seconds` and
 * `kaz_db_statement_errors_total` for every SQL statement (`observe` is the database's `onStatement`),
 * and `kaz_db_pool_connections{state=total|idle|waiting}`, read from `connections` at each scrape.
 */
export function databaseMetrics(options: {
  subgraph: string;
  registry: Registry;
  connections: () => ConnectionCounts | undefined;
}) {
  const { subgraph, registry, connections } = options;
  const statements = new Histogram({
    name: 'kaz_db_statement_duration_seconds',
    help: 'Time SQL statements took, from sending to reading the result, successful or not',
    labelNames: ['subgraph'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'kaz_db_statement_errors_total',
    help: 'SQL statements that failed',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  errors.inc({ subgraph }, 0);
  new Gauge({
    name: 'kaz_db_pool_connections',
    help: 'Database connections: total open, idle, and callers waiting for one (PGlite: its one connection)',
    labelNames: ['subgraph', 'state'],
    registers: [registry],
    collect() {
      const counts = connections();
      if (!counts) return;
      for (const state of ['total', 'idle', 'waiting'] as const) this.set({ subgraph, state }, counts[state]);
    },
  });
  return {
    observe(statement: StatementTiming) {
      statements.observe({ subgraph }, statement.durationMs / 1000);
      if (statement.failed) errors.inc({ subgraph });
    },
  };
}
