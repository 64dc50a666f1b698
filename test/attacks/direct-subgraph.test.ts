import { GATEWAY_SIGNATURE_HEADER, GatewaySigner } from '@kaz/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub.ts';

// Attack class 1 of issue 9, the side door: a subgraph called straight had no depth or cost limit at
// all (13 MB in 9 s from one anonymous request). Now each subgraph applies the gateway's limits itself
// (shared code, @kaz/limits), counts `_entities` representations in the cost, and with a signing
// secret accepts only requests the gateway signed.

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const MAX_RESPONSE_BYTES = 50_000;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({
    gateway: { gatewaySigningSecret: SECRET },
    defences: { gatewaySigningSecret: SECRET, hardLimits: { maxResponseBytes: MAX_RESPONSE_BYTES } },
  });
});
afterAll(async () => {
  await hub?.stop();
});

const signer = new GatewaySigner(SECRET);
const CONTRACTS = '{ frameworkContracts(first: 2) { nodes { id eligibleMunicipalities { ars } } } }';

/** Posts straight to a subgraph; `sign` says how the request is signed. */
async function direct(
  subgraph: string,
  body: unknown,
  sign: 'gateway' | 'none' | 'wrong secret' | 'other body' | 'expired' = 'gateway',
) {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sign === 'gateway') headers[GATEWAY_SIGNATURE_HEADER] = signer.sign('POST', text);
  if (sign === 'wrong secret') {
    headers[GATEWAY_SIGNATURE_HEADER] = new GatewaySigner('another-secret-of-at-least-32-characters').sign(
      'POST',
      text,
    );
  }
  if (sign === 'other body') headers[GATEWAY_SIGNATURE_HEADER] = signer.sign('POST', `${text} `);
  if (sign === 'expired') {
    headers[GATEWAY_SIGNATURE_HEADER] = new GatewaySigner(SECRET, () => Date.now() - 60_000).sign('POST', text);
  }
  const response = await fetch(hub.subgraphs[subgraph]!.url, { method: 'POST', headers, body: text });
  const answer = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, ...answer };
}

describe('a subgraph with a signing secret', () => {
  it('answers the gateway, which signs every fetch', async () => {
    const result = await hub.query(CONTRACTS);
    expect(result.errors).toBeUndefined();
    expect(result.data?.frameworkContracts.nodes).toHaveLength(2);
    expect(result.data?.frameworkContracts.nodes[0].eligibleMunicipalities.length).toBeGreaterThan(0);
  });

  it.each(['none', 'wrong secret', 'other body', 'expired'] as const)(
    'refuses a request signed %s with 401 GATEWAY_SIGNATURE_REQUIRED and runs no SQL',
    async (sign) => {
      hub.resetStatements();
      const result = await direct('contracts', { query: CONTRACTS }, sign);
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
      expect(hub.statements.contracts).toHaveLength(0);
    },
  );

  it('answers a request with a valid signature', async () => {
    const result = await direct('contracts', { query: CONTRACTS });
    expect(result.status).toBe(200);
    expect(result.data?.frameworkContracts.nodes).toHaveLength(2);
  });
});

describe('a subgraph called straight (even with a valid signature)', () => {
  it('refuses a deep operation with DEPTH_LIMIT_EXCEEDED', async () => {
    const query = `{ municipality(ags: "12054000") { ${'district { '.repeat(13)}name${' }'.repeat(13)} } }`;
    const result = await direct('municipalities', { query });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
  });

  it('refuses the nested eligibleMunicipalities query with COST_LIMIT_EXCEEDED and runs no SQL', async () => {
    hub.resetStatements();
    const query = `{ frameworkContracts { nodes { eligibleMunicipalities { contracts { nodes {
      eligibleMunicipalities { contracts { nodes { eligibleMunicipalities { ars } } } } } } } } } }`;
    const result = await direct('contracts', { query });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(hub.statements.contracts).toHaveLength(0);
  });

  it('counts the representations of an _entities fetch in its cost', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Municipality { contracts(first: 100) { nodes { eligibleMunicipalities { ars } } } } } }`;
    const potsdam = { __typename: 'Municipality', ars: '120540000000' };
    const one = await direct('contracts', { query, variables: { representations: [potsdam] } });
    expect(one.status).toBe(200);
    expect(one.errors).toBeUndefined();
    expect(one.data?._entities).toHaveLength(1);

    hub.resetStatements();
    const many = await direct('contracts', { query, variables: { representations: Array(20).fill(potsdam) } });
    expect(many.status).toBe(400);
    expect(many.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(hub.statements.contracts).toHaveLength(0);
  });

  it('stops an answer larger than its size limit with RESPONSE_TOO_LARGE', async () => {
    const query = '{ municipalities(first: 500) { nodes { ars ags name displayName kind seat postalCode } } }';
    const result = await direct('municipalities', { query });
    expect(result.status).toBe(413);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    // A page of 100 is well under it.
    const page = await direct('municipalities', { query: query.replace('500', '100') });
    expect(page.status).toBe(200);
    expect(page.data?.municipalities.nodes).toHaveLength(100);
  });

  it('refuses a request body over its body limit with 413', async () => {
    const result = await direct('municipalities', { query: `{ __typename }${' '.repeat(6 * 1024 * 1024)}` });
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
