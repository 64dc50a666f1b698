import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpsSubgraph, POTSDAM, parseMetrics, sampleValue, scrape, startOpsSubgraph } from './support.ts';

let subgraph: OpsSubgraph;

beforeAll(async () => {
  subgraph = await startOpsSubgraph();
});

afterAll(async () => {
  await subgraph?.stop();
});

const labels = { subgraph: 'municipalities' };

describe('/metrics of a subgraph', () => {
  it('counts requests and their durations by operation name and outcome', async () => {
    for (let i = 0; i < 3; i++) expect((await subgraph.post({ query: POTSDAM })).status).toBe(200);
    // A client error in the resolver (BAD_USER_INPUT) and one that fails validation: both are errors.
    const malformed = await subgraph.post({ query: 'query Malformed { municipality(ags: "x") { name } }' });
    expect((await malformed.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await subgraph.post({ query: 'query Misspelt { municipalty { name } }', operationName: 'Misspelt' });
    await subgraph.post({ query: '{ municipality(ags: "12054000") { name } }' });

    const response = await subgraph.get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(await response.text());
    const series = (operation: string, outcome: string) => ({ ...labels, operation, outcome });
    expect(sampleValue(samples, 'kaz_subgraph_requests_total', series('Potsdam', 'success'))).toBe(3);
    expect(sampleValue(samples, 'kaz_subgraph_requests_total', series('Malformed', 'error'))).toBe(1);
    expect(sampleValue(samples, 'kaz_subgraph_requests_total', series('Misspelt', 'error'))).toBe(1);
    expect(sampleValue(samples, 'kaz_subgraph_requests_total', series('anonymous', 'success'))).toBe(1);
    expect(sampleValue(samples, 'kaz_subgraph_request_duration_seconds_count', series('Potsdam', 'success'))).toBe(3);
    expect(
      sampleValue(samples, 'kaz_subgraph_request_duration_seconds_bucket', {
        ...series('Potsdam', 'success'),
        le: '+Inf',
      }),
    ).toBe(3);
    expect(sampleValue(samples, 'kaz_subgraph_request_duration_seconds_count', series('Malformed', 'error'))).toBe(1);
    expect(sampleValue(samples, 'kaz_subgraph_requests_in_flight', labels)).toBe(0);
    // The default process metrics, prefixed.
    expect(sampleValue(samples, 'kaz_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'kaz_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('times every SQL statement: the count grows by the statements a request ran', async () => {
    const before = sampleValue(await scrape(subgraph), 'kaz_db_statement_duration_seconds_count', labels)!;
    const statementsBefore = subgraph.statements.length;
    expect((await subgraph.post({ query: POTSDAM })).status).toBe(200);
    expect((await subgraph.post({ query: '{ municipalities(first: 5) { totalCount } }' })).status).toBe(200);
    const ran = subgraph.statements.length - statementsBefore;
    expect(ran).toBeGreaterThanOrEqual(2);
    const after = sampleValue(await scrape(subgraph), 'kaz_db_statement_duration_seconds_count', labels)!;
    expect(after - before).toBe(ran);
  });

  it('counts failed statements', async () => {
    const before = sampleValue(await scrape(subgraph), 'kaz_db_statement_errors_total', labels);
    expect(before).toBe(0);
    await expect(sql`select * from no_such_table`.execute(subgraph.db)).rejects.toThrow();
    expect(sampleValue(await scrape(subgraph), 'kaz_db_statement_errors_total', labels)).toBe(1);
  });

  it('shows the connection pool: total, idle and waiting', async () => {
    const samples = await scrape(subgraph);
    const pool = (state: string) => sampleValue(samples, 'kaz_db_pool_connections', { ...labels, state });
    if (process.env.TEST_DATABASE_URL) {
      // createTestDatabase gives PostgreSQL pools of 4; between requests every open one is idle.
      expect(pool('total')).toBeGreaterThanOrEqual(1);
      expect(pool('total')).toBeLessThanOrEqual(4);
      expect(pool('idle')).toBe(pool('total'));
    } else {
      expect(pool('total')).toBe(1);
      expect(pool('idle')).toBe(1);
    }
    expect(pool('waiting')).toBe(0);
  });
});
