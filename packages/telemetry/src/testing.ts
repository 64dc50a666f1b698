import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing, tracingStarted } from './tracing.ts';

/** Tracing into memory, for tests. */
export interface TestTracing {
  exporter: InMemorySpanExporter;
  /** Every span ended since the start or the last `reset()`, in the order they ended. */
  spans(): ReadableSpan[];
  reset(): void;
}

export type { ReadableSpan };

let testTracing: TestTracing | undefined;

/**
 * Starts this process's tracing (`startTracing`) with an in-memory exporter behind a simple span
 * processor, so a span is in `spans()` as soon as it ends. Call it before anything else starts
 * tracing in the test file; a second call returns the same exporter. Throws when tracing was already
 * started without it.
 */
export function startTestTracing(): TestTracing {
  if (testTracing) return testTracing;
  // startTracing hands back the first handle when tracing already runs; the spans would then go
  // elsewhere, and a test that looked for them would only fail later and less clearly.
  if (tracingStarted()) throw new Error('startTestTracing: tracing was already started in this process');
  const exporter = new InMemorySpanExporter();
  startTracing({ serviceName: 'kaz-test', exporter });
  testTracing = {
    exporter,
    spans: () => exporter.getFinishedSpans(),
    reset: () => exporter.reset(),
  };
  return testTracing;
}
