import { createLogger } from '@kaz/telemetry';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OpsSubgraph, POTSDAM, startOpsSubgraph, UNREACHABLE_DATABASE } from './support.ts';

/** A logger at info level whose JSON lines land in `lines`. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({
    service: 'municipalities',
    level: 'info',
    destination: { write: (line) => lines.push(line) },
  });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, any>) };
}

const log = capturedLogger();
let subgraph: OpsSubgraph;
let unreachable: OpsSubgraph;

beforeAll(async () => {
  subgraph = await startOpsSubgraph({ logger: log.logger });
  unreachable = await startOpsSubgraph({ logger: log.logger, database: UNREACHABLE_DATABASE, migrate: false });
});

afterAll(async () => {
  await subgraph?.stop();
  await unreachable?.stop();
});

beforeEach(() => {
  log.lines.length = 0;
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('JSON logs of a subgraph', () => {
  it('logs one line per request with its request id, operation, outcome and duration, and no token, variables or query', async () => {
    const token = await subgraph.issuer.sign({ org: 'kaz', scopes: ['projects:write'] });
    const response = await subgraph.post(
      {
        query: 'query FindByAgs($ags: String!) { municipality(ags: $ags) { name } }',
        variables: { ags: '12069017' },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'gateway-7f3a.42' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('gateway-7f3a.42');

    const requestLines = log.entries().filter((entry) => entry.msg === 'graphql request');
    expect(requestLines).toEqual([
      {
        level: 'info',
        time: expect.any(String),
        service: 'municipalities',
        msg: 'graphql request',
        requestId: 'gateway-7f3a.42',
        operation: 'FindByAgs',
        outcome: 'success',
        status: 200,
        durationMs: expect.any(Number),
      },
    ]);
    const all = log.lines.join('');
    for (const secret of [token, 'Bearer', 'authorization', '12069017', 'municipality(']) {
      expect(all).not.toContain(secret);
    }
  });

  it('makes up a request id when the incoming one is missing or not a plain token', async () => {
    const odd = await subgraph.post({ query: POTSDAM }, { 'x-request-id': 'two words\u00e4' });
    const none = await subgraph.post({ query: POTSDAM });
    const ids = [odd.headers.get('x-request-id'), none.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);
    expect(log.entries().map((entry) => entry.requestId)).toEqual(ids);
  });

  it('logs and labels only plain operation names, not whatever a client sends as operationName', async () => {
    await subgraph.post({ query: '{ nope }', operationName: 'erika.mustermann@example.org' });
    expect(log.entries()).toEqual([expect.objectContaining({ operation: null, outcome: 'error', status: 400 })]);
    expect(log.lines.join('')).not.toContain('erika');
    expect(await (await subgraph.get('/metrics')).text()).not.toContain('erika');
  });

  it('logs a masked internal error at error level with its cause and request id, never the token', async () => {
    const token = await unreachable.issuer.sign({ org: 'kaz', scopes: ['projects:write'] });
    const response = await unreachable.post(
      { query: POTSDAM },
      { authorization: `Bearer ${token}`, 'x-request-id': 'r-1' },
    );
    expect((await response.json()).errors[0].message).toBe('Internal server error');

    const errors = log.entries().filter((entry) => entry.level === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        service: 'municipalities',
        requestId: 'r-1',
        operation: 'Potsdam',
        path: 'municipality',
        err: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED'), stack: expect.any(String) }),
      }),
    ]);
    expect(log.entries().find((entry) => entry.msg === 'graphql request')).toMatchObject({
      requestId: 'r-1',
      outcome: 'error',
    });
    expect(log.lines.join('')).not.toContain(token);
  });
});
