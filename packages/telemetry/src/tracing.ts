import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** How to trace this process. */
export interface TracingOptions {
  /** `service.name` of every span (e.g. `kaz-gateway`, `kaz-projects`). */
  serviceName: string;
  /** Send every span here as soon as it ends (tests); replaces OTLP. */
  exporter?: SpanExporter | undefined;
  /** Where to read the OTLP settings (default `process.env`). */
  env?: NodeJS.ProcessEnv | undefined;
}

/** The tracing of this process. */
export interface Tracing {
  /** Exports what is still buffered and stops recording. */
  shutdown(): Promise<void>;
  /** Exports what is buffered now. */
  forceFlush(): Promise<void>;
}

let started: Tracing | undefined;

/**
 * Starts tracing for this process, once: a NodeTracerProvider registered globally with W3C trace
 * context (`traceparent`) propagation and the AsyncLocalStorage context manager, so every
 * `@opentelemetry/api` user (the servers, @apollo/gateway) records through it.
 *
 * Spans go to `options.exporter` when given, else over OTLP/HTTP (protobuf-free JSON) to
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or to `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`, in
 * batches. With neither, no span is recorded (an always-off sampler), though trace context still
 * passes through. A second call returns the first call's handle, whatever its options.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (started) return started;
  const env = options.env ?? process.env;
  const url = otlpTracesUrl(env);
  const processors: SpanProcessor[] = options.exporter
    ? [new SimpleSpanProcessor(options.exporter)]
    : url
      ? [new BatchSpanProcessor(new OTLPTraceExporter({ url }))]
      : [];
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName })),
    spanProcessors: processors,
    ...(processors.length === 0 ? { sampler: new AlwaysOffSampler() } : {}),
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  started = {
    shutdown: () => provider.shutdown(),
    forceFlush: () => provider.forceFlush(),
  };
  return started;
}

/** True once `startTracing` ran in this process (for `startTestTracing`). */
export function tracingStarted(): boolean {
  return started !== undefined;
}

/** The OTLP/HTTP traces URL the environment names, or undefined. */
function otlpTracesUrl(env: NodeJS.ProcessEnv): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (base) return `${base.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}
