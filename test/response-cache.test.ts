import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Public reference data (the municipalities subgraph) is kept by the gateway for a while; anything
// that touches another subgraph, or depends on who asks, is fetched again every time.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 120_000);
afterAll(async () => {
  await hub?.stop();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { cacheControl: response.headers.get('cache-control'), body: (await response.json()) as any };
}

const byName = `query Gemeinden($search: String!) {
  municipalities(filter: { nameContains: $search }, first: 10) { totalCount nodes { ars name population district { name } } }
}`;

describe('the public answer cache', () => {
  it('answers a repeated reference-data query from the cache, marked public, for every caller', async () => {
    hub.resetStatements();
    const first = await post(byName, { search: 'Mittenwalde' });
    expect(first.body.data.municipalities.totalCount).toBe(2);
    expect(hub.statements.municipalities?.length).toBeGreaterThan(0);
    expect(first.cacheControl).toBe('max-age=300, public');

    hub.resetStatements();
    const anonymous = await post(byName, { search: 'Mittenwalde' });
    const withToken = await post(byName, { search: 'Mittenwalde' }, await hub.readerHeaders());
    expect(hub.statements.municipalities).toEqual([]);
    expect(anonymous.body).toEqual(first.body);
    expect(withToken.body).toEqual(first.body);
  });

  it('keys the cache by the variables', async () => {
    await post(byName, { search: 'Gramzow' });
    hub.resetStatements();
    const other = await post(byName, { search: 'Potsdam' });
    expect(other.body.data.municipalities.nodes.map((m: { name: string }) => m.name)).toContain('Potsdam, Stadt');
    expect(hub.statements.municipalities?.length).toBeGreaterThan(0);
  });

  it('never keeps an answer that touches another subgraph', async () => {
    const mixed = `{ municipalities(filter: { nameContains: "Potsdam" }, first: 1) {
      nodes { name projects(first: 5) { totalCount } securityPosture { openIncidentCount } } } }`;
    const headers = await hub.readerHeaders();
    const first = await post(mixed, {}, headers);
    expect(first.body.errors).toBeUndefined();
    expect(first.cacheControl).toBe('no-store');
    hub.resetStatements();
    await post(mixed, {}, headers);
    expect(hub.statements.projects?.length).toBeGreaterThan(0);
    expect(hub.statements.security?.length).toBeGreaterThan(0);
  });

  it('never keeps an answer with errors', async () => {
    // One field is answered from the database, the other is refused: the answer carries an error.
    const failing = '{ municipalities(first: 1) { totalCount } tooMany: municipalities(first: 501) { totalCount } }';
    const first = await post(failing);
    expect(first.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(first.cacheControl).toBe('no-store');
    hub.resetStatements();
    await post(failing);
    expect(hub.statements.municipalities?.length).toBeGreaterThan(0);
  });
});
