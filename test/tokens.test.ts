import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.ts';

// Tokens are checked twice: the gateway refuses a bad one before planning, and every subgraph
// verifies again, so a request sent straight to a subgraph with a bad token gets public data only.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

const request = { org: 'zit_bb', scopes: ['security:read'] };
const badTokens = [
  ['forged (unknown key)', () => hub.issuer.forged(request)],
  ['expired', () => hub.issuer.expired(request)],
  ['for another audience', () => hub.issuer.wrongAudience(request)],
  ['from another issuer', () => hub.issuer.wrongIssuer(request)],
  ['unsigned (alg: none)', async () => hub.issuer.unsigned(request)],
] as const;

describe('the gateway', () => {
  it('answers public queries without a token', async () => {
    const result = await hub.query(`{ municipality(ags: "12054000") { name } }`);
    expect(result.status).toBe(200);
    expect(result.data?.municipality.name).toBe('Potsdam, Stadt');
  });

  it('accepts a valid token', async () => {
    const token = await hub.issuer.sign(request);
    const result = await hub.query(
      `{ municipality(ags: "12054000") { name } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it.each(badTokens)(
    'refuses a token %s with HTTP 401 and UNAUTHENTICATED, before asking any subgraph',
    async (_label, make) => {
      hub.resetStatements();
      const result = await hub.query(
        `{ municipality(ags: "12054000") { name } }`,
        {},
        { authorization: `Bearer ${await make()}` },
      );
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
      for (const statements of Object.values(hub.statements)) expect(statements).toEqual([]);
    },
  );

  it('refuses an Authorization header that is not a bearer token', async () => {
    const result = await hub.query(`{ organisations { id } }`, {}, { authorization: 'Basic a2F6OnNlY3JldA==' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toMatch(/Bearer/);
  });
});

describe('a subgraph called directly', () => {
  // For each subgraph, a query that touches its internal data, and how to tell that it was answered.
  const internal: Record<string, { query: string; answered: (data: any) => boolean; token: () => Promise<string> }> = {
    projects: {
      query: '{ workOrders(first: 1) { totalCount } }',
      answered: (data) => (data?.workOrders?.totalCount ?? 0) > 0,
      token: () => hub.issuer.sign({ org: 'kaz', scopes: ['projects:write'] }),
    },
    contracts: {
      query: '{ licences(first: 1) { totalCount } }',
      answered: (data) => (data?.licences?.totalCount ?? 0) > 0,
      token: () => hub.issuer.sign({ org: 'kaz', scopes: ['contracts:write'] }),
    },
    security: {
      query: '{ incidents(filter: { }, first: 1) { totalCount } securityConcepts(first: 1) { totalCount } }',
      answered: (data) => (data?.securityConcepts?.totalCount ?? 0) > 0,
      token: () => hub.issuer.sign(request),
    },
    organisations: {
      query: '{ organisationsAuditLog(first: 1) { totalCount } }',
      answered: (data) => data?.organisationsAuditLog != null,
      token: () => hub.issuer.sign({ org: 'lda', scopes: ['audit:read'] }),
    },
  };

  async function ask(subgraph: string, authorization?: string) {
    const response = await fetch(hub.subgraphs[subgraph]?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: internal[subgraph]?.query }),
    });
    return ((await response.json()) as { data?: unknown }).data;
  }

  it.each(Object.keys(internal))('%s answers its internal data to a valid token', async (subgraph) => {
    const check = internal[subgraph];
    if (!check) throw new Error(subgraph);
    expect(check.answered(await ask(subgraph, `Bearer ${await check.token()}`))).toBe(true);
  });

  const cases = Object.keys(internal).flatMap((subgraph) =>
    badTokens.map(([label, make]) => [subgraph, label, make] as const),
  );
  it.each(cases)('%s treats a token %s as no token: no internal data', async (subgraph, _label, make) => {
    expect(internal[subgraph]?.answered(await ask(subgraph, `Bearer ${await make()}`))).toBe(false);
  });

  it('security shows a valid security-team token more incidents than an anonymous request', async () => {
    const count = async (authorization?: string) => {
      const response = await fetch(hub.subgraphs.security?.url as string, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ incidents(first: 1) { totalCount } }' }),
      });
      return ((await response.json()) as { data: { incidents: { totalCount: number } } }).data.incidents.totalCount;
    };
    const anonymous = await count();
    expect(await count(`Bearer ${await hub.issuer.sign(request)}`)).toBeGreaterThan(anonymous);
    for (const [, make] of badTokens) expect(await count(`Bearer ${await make()}`)).toBe(anonymous);
  });
});
