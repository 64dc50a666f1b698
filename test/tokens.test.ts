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
  const incidentsQuery = `{ incidents(first: 500) { totalCount } }`;

  async function incidentCount(authorization?: string) {
    const response = await fetch(hub.subgraphs.security?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: incidentsQuery }),
    });
    const body = (await response.json()) as { data?: { incidents: { totalCount: number } } };
    return body.data?.incidents.totalCount;
  }

  it('shows a valid security-team token more incidents than an anonymous request', async () => {
    const token = await hub.issuer.sign(request);
    expect(await incidentCount(`Bearer ${token}`)).toBeGreaterThan((await incidentCount()) as number);
  });

  it.each(badTokens)('treats a token %s as no token: public data only', async (_label, make) => {
    const anonymous = await incidentCount();
    expect(await incidentCount(`Bearer ${await make()}`)).toBe(anonymous);
  });
});
