import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tokenRequestOf } from '@kaz/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Attack class 5, tokens: a token that is validly signed by the hub's issuer but names an
// organisation or Kommune that does not exist, or was issued (iat) or becomes valid (nbf) in the
// future beyond the allowed clock skew (60 s), is refused at the gateway with HTTP 401 and counts as
// no token at a subgraph called directly.

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});

afterAll(async () => {
  await hub?.stop();
});

const SECURITY_TEAM = tokenRequestOf('security-team');
const badTokens = [
  ['for an organisation that does not exist', () => hub.issuer.sign({ ...SECURITY_TEAM, org: 'acme_gmbh' })],
  ['for an ARS that is no Kommune', () => hub.issuer.sign({ ...SECURITY_TEAM, org: '129999999999' })],
  ['issued five minutes in the future', () => hub.issuer.issuedInFuture(SECURITY_TEAM, 300)],
  ['valid only from five minutes on (nbf)', () => hub.issuer.notYetValid(SECURITY_TEAM, 300)],
] as const;

describe('the gateway', () => {
  it.each(badTokens)('refuses a token %s with HTTP 401 UNAUTHENTICATED, asking no subgraph', async (_label, make) => {
    hub.resetStatements();
    const result = await hub.query(
      '{ incidents(first: 1) { totalCount } }',
      {},
      {
        authorization: `Bearer ${await make()}`,
      },
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
    for (const statements of Object.values(hub.statements)) expect(statements).toEqual([]);
  });

  it('accepts the same token for a known organisation, issued within the clock skew', async () => {
    const result = await hub.query(
      '{ incidents(first: 1) { totalCount } }',
      {},
      {
        authorization: `Bearer ${await hub.issuer.issuedInFuture(SECURITY_TEAM, 20)}`,
      },
    );
    expect(result.status).toBe(200);
    expect(result.data?.incidents.totalCount).toBeGreaterThan(0);
  });
});

describe('a subgraph called directly', () => {
  async function incidentCount(authorization?: string): Promise<number> {
    const response = await fetch(hub.subgraphs.security?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ incidents(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { incidents: { totalCount: number } } };
    return body.data?.incidents.totalCount ?? Number.NaN;
  }

  it('shows the security team more incidents than anyone anonymous (the probe works)', async () => {
    const team = await incidentCount(`Bearer ${await hub.issuer.sign(SECURITY_TEAM)}`);
    expect(team).toBeGreaterThan(await incidentCount());
  });

  it.each(badTokens)('treats a token %s as no token', async (_label, make) => {
    expect(await incidentCount(`Bearer ${await make()}`)).toBe(await incidentCount());
  });
});

describe('pnpm token:mint', () => {
  it('refuses to sign for an organisation or Kommune that does not exist, saying so', async () => {
    const run = promisify(execFile)('pnpm', ['-s', 'token:mint', '--org', 'acme_gmbh'], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, NODE_ENV: 'development' },
    });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown organisation or Kommune: acme_gmbh/),
    });
  });
});
