import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayEngineFromEnv } from '../scripts/gateway-engine.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

// Hive Gateway's own plumbing (scripts/hive-gateway.ts, docs/hive-gateway.md); the end-to-end cases it
// shares with our gateway run through both in test/example-operations, access-matrix, tlp and
// partial-results.

describe('GATEWAY_ENGINE', () => {
  it('is our gateway when unset or empty, Hive Gateway when hive', () => {
    expect(gatewayEngineFromEnv({})).toBe('apollo');
    expect(gatewayEngineFromEnv({ GATEWAY_ENGINE: '' })).toBe('apollo');
    expect(gatewayEngineFromEnv({ GATEWAY_ENGINE: 'apollo' })).toBe('apollo');
    expect(gatewayEngineFromEnv({ GATEWAY_ENGINE: 'hive' })).toBe('hive');
    expect(gatewayEngineFromEnv({ GATEWAY_ENGINE: ' Hive ' })).toBe('hive');
  });

  it('refuses any other value with a sentence naming the ones it takes', () => {
    expect(() => gatewayEngineFromEnv({ GATEWAY_ENGINE: 'hive-router' })).toThrow(
      'GATEWAY_ENGINE must be one of apollo, hive (default apollo); it is "hive-router".',
    );
  });
});

describe('Hive Gateway in front of subgraphs that take only signed requests', () => {
  const SECRET = 'a-test-secret-of-at-least-32-characters!';
  // Contracts, then municipalities for each contract's Kommunen: a root fetch and an entity fetch.
  const CONTRACTS = '{ frameworkContracts(first: 2) { nodes { id eligibleMunicipalities { ars name } } } }';
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({
      engine: 'hive',
      gateway: { gatewaySigningSecret: SECRET },
      defences: { gatewaySigningSecret: SECRET },
    });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('signs every fetch of the plan, so the subgraphs answer it', async () => {
    const answer = await hub.query(CONTRACTS, {}, await hub.readerHeaders());
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.frameworkContracts.nodes).toHaveLength(2);
    expect(answer.data?.frameworkContracts.nodes[0].eligibleMunicipalities[0].name).toEqual(expect.any(String));
  });

  it('is the only way in: the same request sent straight to the subgraph is refused', async () => {
    const response = await fetch(hub.subgraphs.contracts!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await hub.readerHeaders()) },
      body: JSON.stringify({ query: '{ frameworkContracts(first: 2) { nodes { id } } }' }),
    });
    expect(response.status).toBe(401);
    const answer = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe('GATEWAY_SIGNATURE_REQUIRED');
  });
});
