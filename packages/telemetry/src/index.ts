export { createLogger, type Logger, type LoggerOptions, requestIdFrom } from './logger.ts';
export { createMetricsRegistry, METRICS_PREFIX, OperationLabels, plainOperationName } from './metrics.ts';
export { type RequestScopeOptions, type RequestState, requestScope } from './request-scope.ts';
export { startTracing, type Tracing, type TracingOptions } from './tracing.ts';
