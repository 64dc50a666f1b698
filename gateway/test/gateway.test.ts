import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestIssuer } from '@kaz/auth/testing';
import { describe, expect, it } from 'vitest';
import { gatewayConfigFromEnv, subgraphUrlsFromEnv } from '../src/config.ts';
import { createGateway } from '../src/gateway.ts';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const { auth } = await createTestIssuer();
// The local development issuer keeps its key here instead of in the repository's .data folder.
const DEV_ISSUER_DIR = join(mkdtempSync(join(tmpdir(), 'kaz-gw-')), 'issuer');

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

  it('defaults to port 4000, the committed supergraph, introspection and GraphiQL on', async () => {
    const config = await gatewayConfigFromEnv({ DEV_ISSUER_DIR });
    expect(config.port).toBe(4000);
    expect(config.supergraphSdl).toBe(supergraphSdl);
    expect(config.introspection).toBe(true);
    expect(Array.isArray(config.graphiql) && config.graphiql.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses to start in production mode without a real token issuer', async () => {
    await expect(gatewayConfigFromEnv({ NODE_ENV: 'production', DEV_ISSUER_DIR })).rejects.toThrow(/AUTH_JWKS_URL/);
  });

  it('rejects a port that is not a number', async () => {
    await expect(gatewayConfigFromEnv({ PORT: 'eighty', DEV_ISSUER_DIR })).rejects.toThrow(/PORT/);
  });

  it('switches introspection and GraphiQL off when told', async () => {
    const config = await gatewayConfigFromEnv({ INTROSPECTION: 'false', GRAPHIQL: 'false', DEV_ISSUER_DIR });
    expect(config.introspection).toBe(false);
    expect(config.graphiql).toBe(false);
  });
});

describe('gateway start', () => {
  it('fails loudly on a URL override for a subgraph the supergraph does not have', async () => {
    await expect(
      createGateway({ auth, supergraphSdl, port: 0, subgraphUrls: { projekts: 'http://127.0.0.1:1/graphql' } }),
    ).rejects.toThrow(/unknown subgraph in URL overrides: projekts/);
  });

  it('answers introspection without any subgraph running, and refuses it when switched off', async () => {
    const query = JSON.stringify({ query: '{ __schema { queryType { name } } }' });
    const headers = { 'content-type': 'application/json' };
    const open = await createGateway({ auth, supergraphSdl, port: 0 });
    const closed = await createGateway({ auth, supergraphSdl, port: 0, introspection: false });
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
