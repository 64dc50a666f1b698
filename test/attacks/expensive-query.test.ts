import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Attack class 1 of issue 9: one allowed query freezes everyone. A query nesting
// FrameworkContract.eligibleMunicipalities (about 200 Kommunen each) three levels deep was estimated
// at plain lists of 10 items, passed the cost limit and ran for 40 s. Now every list declares its size
// (@listSize), hard limits of time and answer size hold whatever the estimate says, and a client's
// expensive operations spend its own cost budget only.

const NESTED = `{ frameworkContracts { nodes { eligibleMunicipalities { contracts { nodes {
  eligibleMunicipalities { contracts { nodes { eligibleMunicipalities { name } } } } } } } } } }`;

// One level of the same lists: allowed, and it does run SQL (so that counting statements proves something).
const ONE_LEVEL = '{ frameworkContracts(first: 3) { nodes { id eligibleMunicipalities { name } } } }';

// 71,001 by the estimate (500 Kommunen × pages of 140 projects), with a small answer: allowed, but
// three of them exceed a budget of 150,000 per minute (refilled at 2,500 a second: 25 s to the third).
const PAGE_OF_PAGES = '{ municipalities(first: 500) { nodes { projects(first: 140) { totalCount } } } }';

const ALL_GEMEINDEN = `{ municipalities(first: 500) { nodes { ars ags name displayName kind population figuresDate
  territorialStatusDate seat postalCode district { name } amt { name } } } }`;
const MAX_RESPONSE_BYTES = 100_000;

const statementCount = (hub: TestHub) => Object.values(hub.statements).reduce((sum, list) => sum + list.length, 0);

describe('an expensive query through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ gateway: { costPerMinute: 150_000, maxResponseBytes: MAX_RESPONSE_BYTES } });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('is refused with COST_LIMIT_EXCEEDED when it nests eligibleMunicipalities three levels deep, and runs no SQL', async () => {
    hub.resetStatements();
    const allowed = await hub.query(ONE_LEVEL);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.frameworkContracts.nodes[0].eligibleMunicipalities.length).toBeGreaterThan(0);
    expect(statementCount(hub)).toBeGreaterThan(0);

    hub.resetStatements();
    const refused = await hub.query(NESTED);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    // 50 contracts × 500 Kommunen × 50 contracts × 500 × 50 × 500 (declared sizes), far above 200,000.
    expect(refused.errors?.[0]?.extensions?.cost).toBeGreaterThan(1e12);
    expect(statementCount(hub)).toBe(0);
  });

  it('is stopped with RESPONSE_TOO_LARGE when its answer grows beyond the size limit, without partial data', async () => {
    // The same data straight from the subgraph (whose own limit is 8 MiB) is larger than the gateway's limit.
    const direct = await fetch(hub.subgraphs.municipalities!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ALL_GEMEINDEN }),
    });
    expect(direct.status).toBe(200);
    expect((await direct.text()).length).toBeGreaterThan(MAX_RESPONSE_BYTES);

    const result = await hub.query(ALL_GEMEINDEN);
    expect(result.status).toBe(413);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('slows only the client that sends it: 429 RATE_LIMITED with Retry-After once its cost budget is spent', async () => {
    const spender = { authorization: `Bearer ${await hub.issuer.sign({ org: 'kaz', scopes: ['projects:write'] })}` };
    for (const _ of [1, 2]) {
      const allowed = await hub.query(PAGE_OF_PAGES, {}, spender);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.municipalities.nodes.length).toBeGreaterThan(400);
    }

    hub.resetStatements();
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...spender },
      body: JSON.stringify({ query: PAGE_OF_PAGES }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(statementCount(hub)).toBe(0);

    // Another client, the same expensive operation: answered.
    const other = { authorization: `Bearer ${await hub.issuer.sign({ org: 'mik', scopes: [] })}` };
    const answered = await hub.query(PAGE_OF_PAGES, {}, other);
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.municipalities.nodes.length).toBeGreaterThan(400);
  });
});

describe('a slow query through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    // Limits so short that any request through the gateway, and any SQL in a subgraph, passes them.
    hub = await startTestHub({ gateway: { requestTimeoutMs: 5 }, defences: { hardLimits: { requestTimeoutMs: 1 } } });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('is stopped with REQUEST_TIMEOUT at the time limit, in the gateway and in the subgraph', async () => {
    const started = performance.now();
    const result = await hub.query(PAGE_OF_PAGES);
    expect(result.status).toBe(504);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(10_000);

    const direct = await fetch(hub.subgraphs.projects!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects(first: 100) { nodes { id title municipalities { ars } } } }' }),
    });
    expect(direct.status).toBe(504);
    const body = (await direct.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('REQUEST_TIMEOUT');
  });
});
