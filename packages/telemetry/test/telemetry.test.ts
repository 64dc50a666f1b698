import { context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  createLogger,
  createMetricsRegistry,
  OperationLabels,
  plainOperationName,
  requestIdFrom,
  startTracing,
} from '../src/index.ts';
import { startTestTracing } from '../src/testing.ts';

function captured(level = 'info') {
  const lines: string[] = [];
  const logger = createLogger({ service: 'test-service', level, destination: { write: (line) => lines.push(line) } });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with the service, a level name and an ISO time', () => {
    const { logger, lines } = captured();
    logger.info({ requestId: 'r1' }, 'hello');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: 'test-service',
      requestId: 'r1',
      msg: 'hello',
    });
  });

  it('redacts authorization and cookie headers and token fields, nested too', () => {
    const { logger, lines } = captured();
    logger.info({
      token: 'top-secret-1',
      headers: { authorization: 'Bearer top-secret-2', cookie: 'session=top-secret-3', 'set-cookie': 'top-secret-6' },
      req: { headers: { authorization: 'Bearer top-secret-4' }, body: { token: 'top-secret-5' } },
    });
    expect(lines.join('')).not.toContain('top-secret');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      token: '[redacted]',
      headers: { authorization: '[redacted]', cookie: '[redacted]', 'set-cookie': '[redacted]' },
      req: { headers: { authorization: '[redacted]' }, body: { token: '[redacted]' } },
    });
  });

  it('logs an error with its message, code and stack but not the database detail (which may quote a row)', () => {
    const { logger, lines } = captured();
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      detail: 'Key (email)=(erika.mustermann@example.org) already exists.',
    });
    logger.error({ err: error }, 'failed');
    const entry = JSON.parse(lines[0]!);
    expect(entry.err).toEqual({
      type: 'Error',
      message: 'duplicate key value violates unique constraint',
      code: '23505',
      stack: expect.stringContaining('duplicate key'),
    });
    expect(lines[0]).not.toContain('erika');
  });

  it('takes its level from LOG_LEVEL (silent in the test run) unless given one', () => {
    expect(process.env.LOG_LEVEL).toBe('silent');
    const lines: string[] = [];
    const logger = createLogger({ service: 'quiet', destination: { write: (line) => lines.push(line) } });
    logger.error('not written');
    expect(lines).toEqual([]);
    const debug = captured('debug');
    debug.logger.debug('written');
    expect(debug.lines).toHaveLength(1);
  });
});

describe('requestIdFrom', () => {
  it('keeps a plain incoming x-request-id and replaces anything else by a new UUID', () => {
    expect(requestIdFrom({ 'x-request-id': 'gw-1a2b:3c.4_d-5' })).toBe('gw-1a2b:3c.4_d-5');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const headers of [
      {},
      { 'x-request-id': '' },
      { 'x-request-id': 'has space' },
      { 'x-request-id': 'line\nbreak' },
      { 'x-request-id': 'x'.repeat(65) },
    ]) {
      expect(requestIdFrom(headers)).toMatch(uuid);
    }
    expect(requestIdFrom({ 'x-request-id': 'x'.repeat(64) })).toBe('x'.repeat(64));
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });
});

describe('OperationLabels', () => {
  it('gives the first names their own label, later new names `other`, and nameless operations `anonymous`', () => {
    const labels = new OperationLabels(2);
    expect(labels.label('ProjectList')).toBe('ProjectList');
    expect(labels.label(null)).toBe('anonymous');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('')).toBe('anonymous');
    expect(labels.label('ProjectDetail')).toBe('ProjectDetail');
    expect(labels.label('Adhoc1')).toBe('other');
    expect(labels.label('Adhoc2')).toBe('other');
    expect(labels.label('ProjectList')).toBe('ProjectList');
  });

  it('labels names that are not plain GraphQL names `other`', () => {
    const labels = new OperationLabels();
    expect(labels.label('a b')).toBe('other');
    expect(labels.label('erika@example.org')).toBe('other');
    expect(labels.label(`Q${'x'.repeat(100)}`)).toBe('other');
    expect(labels.label(`Q${'x'.repeat(99)}`)).toBe(`Q${'x'.repeat(99)}`);
    expect(plainOperationName('ProjectList_2')).toBe('ProjectList_2');
    expect(plainOperationName('2Fast')).toBeNull();
    expect(plainOperationName(undefined)).toBeNull();
  });

  it('allows 200 distinct names by default', () => {
    const labels = new OperationLabels();
    for (let i = 0; i < 200; i++) expect(labels.label(`Op${i}`)).toBe(`Op${i}`);
    expect(labels.label('Op200')).toBe('other');
  });
});

describe('createMetricsRegistry', () => {
  it('gives every server its own registry with the prefixed process metrics', async () => {
    const first = createMetricsRegistry();
    const second = createMetricsRegistry();
    for (const registry of [first, second]) {
      new Counter({ name: 'kaz_test_total', help: 'a series both servers have', registers: [registry] }).inc();
    }
    for (const registry of [first, second]) {
      const text = await registry.metrics();
      expect(text).toContain('kaz_test_total 1');
      expect(text).toMatch(/^kaz_process_cpu_user_seconds_total \d/m);
      expect(text).toMatch(/^kaz_nodejs_eventloop_lag_seconds \d/m);
    }
    const bare = createMetricsRegistry({ defaultMetrics: false });
    expect((await bare.metrics()).trim()).toBe('');
  });
});

describe('tracing', () => {
  it('records spans into memory, continues an incoming traceparent and propagates its own', () => {
    const tracing = startTestTracing();
    expect(startTestTracing()).toBe(tracing);
    // Tracing runs once per process: a second start hands back the first handle.
    expect(startTracing({ serviceName: 'other' })).toBe(startTracing({ serviceName: 'yet another' }));

    const incoming = propagation.extract(ROOT_CONTEXT, {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });
    const span = trace.getTracer('test').startSpan('work', {}, incoming);
    const outgoing: Record<string, string> = {};
    context.with(trace.setSpan(ROOT_CONTEXT, span), () => propagation.inject(context.active(), outgoing));
    span.end();

    const [recorded] = tracing.spans();
    expect(recorded?.name).toBe('work');
    expect(recorded?.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(recorded?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(recorded?.resource.attributes['service.name']).toBe('kaz-test');
    expect(outgoing.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${span.spanContext().spanId}-01`);
    tracing.reset();
    expect(tracing.spans()).toEqual([]);
  });
});
