import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayConfigFromEnv, subgraphUrlsFromEnv } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');

describe('gateway configuration from the environment', () => {
  it('reads one URL override per SUBGRAPH_<NAME>_URL variable', () => {
    expect(
      subgraphUrlsFromEnv({
        SUBGRAPH_PROJECTS_URL: 'http://projects.internal:8080/graphql',
        SUBGRAPH_SECURITY_URL: 'http://10.0.0.5/graphql',
        SUBGRAPH_EMPTY_URL: '',
        OTHER: 'x',
      }),
    ).toEqual({ projects: 'http://projects.internal:8080/graphql', security: 'http://10.0.0.5/graphql' });
  });

  it('defaults to port 4000, the committed supergraph, introspection and GraphiQL on', () => {
    const config = gatewayConfigFromEnv({});
    expect(config.port).toBe(4000);
    expect(config.supergraphSdl).toBe(supergraphSdl);
    expect(config.introspection).toBe(true);
    expect(Array.isArray(config.graphiql) && config.graphiql.length).toBeGreaterThanOrEqual(6);
  });

  it('rejects a port that is not a number', () => {
    expect(() => gatewayConfigFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('switches introspection and GraphiQL off when told', () => {
    const config = gatewayConfigFromEnv({ INTROSPECTION: 'false', GRAPHIQL: 'false' });
    expect(config.introspection).toBe(false);
    expect(config.graphiql).toBe(false);
  });
});

describe('gateway start', () => {
  it('fails loudly on a URL override for a subgraph the supergraph does not have', async () => {
    await expect(
      createGateway({ supergraphSdl, port: 0, subgraphUrls: { projekts: 'http://127.0.0.1:1/graphql' } }),
    ).rejects.toThrow(/unknown subgraph in URL overrides: projekts/);
  });

  it('answers introspection without any subgraph running, and refuses it when switched off', async () => {
    const query = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    const headers = { 'content-type': 'application/json' };
    const open = await createGateway({ supergraphSdl, port: 0 });
    const closed = await createGateway({ supergraphSdl, port: 0, introspection: false });
    try {
      const allowed = await (await fetch(open.url, { method: 'POST', headers, body: query })).json();
      expect(allowed.data.__schema.queryType.name).toBe('Query');
      const refused = await (await fetch(closed.url, { method: 'POST', headers, body: query })).json();
      expect(refused.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await open.stop();
      await closed.stop();
    }
  });
});
