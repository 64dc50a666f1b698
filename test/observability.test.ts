import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { createGateway, type RunningGateway } from '@kaz/gateway';
import { createLogger } from '@kaz/telemetry';
import { startTestTracing } from '@kaz/telemetry/testing';
import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Metrics, traces and logs of the gateway in front of the real subgraphs.

// Before any server starts: this process's spans are recorded in memory.
const tracing = startTestTracing();
let hub: TestHub;
let gateway: RunningGateway;
let headers: Record<string, string>;
const logLines: Record<string, any>[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  headers = await hub.readerHeaders();
  // A second gateway in front of the same subgraphs whose log lines the test reads.
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  gateway = await createGateway({
    auth: hub.issuer.auth,
    supergraphSdl: readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
    subgraphUrls: Object.fromEntries(Object.entries(hub.subgraphs).map(([name, s]) => [name, s.url])),
    port: 0,
    graphiql: false,
    logger: createLogger({ service: 'gateway', level: 'info', destination }),
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await hub?.stop();
});

const KOMMUNE_DETAIL = readFileSync(new URL('../schema/operations/01-kommune-detail.graphql', import.meta.url), 'utf8');

async function post(url: string, body: string, extra: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers, ...extra }, body });
}

describe('traces', () => {
  it('show the gateway span, a child span per subgraph fetch and under each the subgraph’s own span', async () => {
    tracing.reset();
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const clientSpan = 'b7ad6b7169203331';
    const response = await post(hub.url, JSON.stringify({ query: KOMMUNE_DETAIL }), {
      traceparent: `00-${traceId}-${clientSpan}-01`,
    });
    expect(response.status).toBe(200);
    expect((await response.json()).errors).toBeUndefined();

    const spans = tracing.spans().filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
    const isUnder = (span: ReadableSpan, ancestor: ReadableSpan) => {
      for (let p = parentOf(span); p; p = parentOf(p)) if (p === ancestor) return true;
      return false;
    };

    const root = spans.find((span) => span.name === 'gateway');
    expect(root?.kind).toBe(SpanKind.SERVER);
    expect(root?.parentSpanContext?.spanId).toBe(clientSpan);
    expect(root?.attributes['graphql.operation.name']).toBe('KommuneDetail');

    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    const services = fetches.map((span) => span.attributes.service).sort();
    // The Kommune detail page asks all five subgraphs.
    expect(new Set(services)).toEqual(
      new Set(['contracts', 'municipalities', 'organisations', 'projects', 'security']),
    );
    for (const fetch of fetches) expect(isUnder(fetch, root as ReadableSpan)).toBe(true);

    const subgraphSpans = spans.filter((span) => span.name.startsWith('subgraph '));
    expect(subgraphSpans).toHaveLength(fetches.length);
    for (const span of subgraphSpans) {
      const parent = parentOf(span);
      expect(parent?.name).toBe('gateway.fetch');
      expect(`subgraph ${parent?.attributes.service}`).toBe(span.name);
    }
  });
});

describe('metrics', () => {
  it('count requests by operation and outcome, and subgraph fetches by subgraph', async () => {
    await post(hub.url, JSON.stringify({ query: KOMMUNE_DETAIL }));
    await post(hub.url, '{"query": ');
    await post(
      hub.url,
      JSON.stringify({ query: 'query Broken { municipality(ags: "x") { nosuchfield } }', operationName: 'Broken' }),
    );
    const text = await (await fetch(new URL('/metrics', hub.url))).text();
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line ? Number(line.split(' ')[1]) : undefined;
    };
    expect(value('kaz_gateway_requests_total{operation="KommuneDetail",outcome="success"}')).toBeGreaterThanOrEqual(1);
    expect(value('kaz_gateway_requests_total{operation="anonymous",outcome="rejected"}')).toBeGreaterThanOrEqual(1);
    expect(value('kaz_gateway_requests_total{operation="Broken",outcome="rejected"}')).toBe(1);
    expect(
      value('kaz_gateway_request_duration_seconds_count{operation="KommuneDetail",outcome="success"}'),
    ).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['municipalities', 'organisations', 'projects', 'contracts', 'security']) {
      expect(
        value(`kaz_gateway_subgraph_fetch_duration_seconds_count{subgraph="${subgraph}",outcome="success"}`),
      ).toBeGreaterThanOrEqual(1);
    }
    expect(text).toMatch(/^kaz_process_cpu_seconds_total /m);
    expect(text).toMatch(/^# TYPE kaz_gateway_subgraph_fetch_errors_total counter/m);

    // Each subgraph has its own endpoint with its requests and its database statements.
    const projects = await (await fetch(new URL('/metrics', hub.subgraphs.projects?.url))).text();
    expect(projects).toMatch(
      /^kaz_subgraph_requests_total\{subgraph="projects",operation="KommuneDetail__projects__\d+",outcome="success"\} \d+/m,
    );
    expect(projects).toMatch(/^kaz_db_statement_duration_seconds_count\{subgraph="projects"\} [1-9]/m);
    expect(projects).toMatch(/^kaz_db_pool_connections\{subgraph="projects",state="total"\} \d+/m);
  });
});

describe('logs', () => {
  it('write one JSON line per request with its request id, passed on to the subgraphs, and never the token', async () => {
    const token = (headers.authorization ?? '').replace('Bearer ', '');
    const response = await post(gateway.url, JSON.stringify({ query: KOMMUNE_DETAIL }), {
      'x-request-id': 'dashboard-42',
    });
    expect(response.headers.get('x-request-id')).toBe('dashboard-42');
    await post(gateway.url, JSON.stringify({ query: KOMMUNE_DETAIL }), { 'x-request-id': 'not a valid id!' });
    const lines = logLines.filter((line) => line.msg === 'graphql request');
    expect(lines.find((line) => line.requestId === 'dashboard-42')).toMatchObject({
      level: 'info',
      service: 'gateway',
      operation: 'KommuneDetail',
      outcome: 'success',
      status: 200,
      org: 'kaz',
      durationMs: expect.any(Number),
    });
    // An id that is not safe to log is replaced by a fresh one.
    expect(lines.some((line) => /^[0-9a-f-]{36}$/.test(line.requestId))).toBe(true);
    expect(JSON.stringify(logLines)).not.toContain(token);
    expect(JSON.stringify(logLines)).not.toMatch(/authorization|Bearer/i);
  });
});
