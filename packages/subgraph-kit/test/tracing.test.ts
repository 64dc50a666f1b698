import { startTestTracing } from '@kaz/telemetry/testing';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpsSubgraph, POTSDAM, startOpsSubgraph } from './support.ts';

// Before any server starts: the process's tracing records into memory.
const tracing = startTestTracing();
let subgraph: OpsSubgraph;

beforeAll(async () => {
  subgraph = await startOpsSubgraph();
});

afterAll(async () => {
  await subgraph?.stop();
});

beforeEach(() => tracing.reset());

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN_ID = '00f067aa0ba902b7';

function subgraphSpans() {
  return tracing.spans().filter((span) => span.name === 'subgraph municipalities');
}

describe('trace context of a subgraph', () => {
  it("runs a request in a server span that is a child of the caller's traceparent", async () => {
    const response = await subgraph.post({ query: POTSDAM }, { traceparent: `00-${TRACE_ID}-${PARENT_SPAN_ID}-01` });
    expect(response.status).toBe(200);
    const spans = subgraphSpans();
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(span!.kind).toBe(SpanKind.SERVER);
    expect(span!.spanContext().traceId).toBe(TRACE_ID);
    expect(span!.parentSpanContext?.spanId).toBe(PARENT_SPAN_ID);
    expect(span!.parentSpanContext?.isRemote).toBe(true);
    expect(span!.attributes).toMatchObject({
      'graphql.operation.name': 'Potsdam',
      'graphql.operation.type': 'query',
      'http.response.status_code': 200,
    });
    expect(span!.status.code).not.toBe(SpanStatusCode.ERROR);
  });

  it('starts a new trace without a traceparent, and marks a failed operation as an error', async () => {
    await subgraph.post({ query: 'query Malformed { municipality(ags: "x") { name } }' });
    const [span] = subgraphSpans();
    expect(span!.parentSpanContext).toBeUndefined();
    expect(span!.spanContext().traceId).not.toBe(TRACE_ID);
    expect(span!.status.code).toBe(SpanStatusCode.ERROR);
    expect(span!.attributes['graphql.operation.name']).toBe('Malformed');
  });
});
