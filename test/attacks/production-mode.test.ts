import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { authConfigFromEnv } from '@kaz/auth';
import { createTestIssuer } from '@kaz/auth/testing';
import { createTestDatabase } from '@kaz/db/testing';
import { createGateway, gatewayConfigFromEnv, type RunningGateway } from '@kaz/gateway';
import { type RunningSubgraph, sampleDataFromEnv, startSubgraph, subgraphConfigFromEnv } from '@kaz/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubSubgraphs } from '../../scripts/subgraphs.ts';

// Attack class 5, production mode: "Did you mean" suggestions (enum values among them) mapped the
// schema for anyone, sample data was always seeded, and the local development issuer must never
// run. Here the gateway and the subgraphs take their settings from a production environment exactly
// as their main.ts does (only the token issuer is the test's own).

const root = new URL('../../', import.meta.url).pathname;
const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_JWKS_URL: 'http://127.0.0.1:9/certs',
  AUTH_ISSUER: 'urn:example:issuer',
  AUTH_AUDIENCE: 'kaz-hub',
};
const issuer = await createTestIssuer();
const subgraphs: RunningSubgraph<unknown>[] = [];
const drops: (() => Promise<void>)[] = [];
let gateway: RunningGateway;

beforeAll(async () => {
  for (const { definition } of hubSubgraphs) {
    const database = await createTestDatabase(definition.name);
    drops.push(database.drop);
    const fromEnv = await subgraphConfigFromEnv({ ...PRODUCTION, HUB_MODE: 'production', NODE_ENV: undefined }, 0);
    subgraphs.push(
      await startSubgraph(definition, { ...fromEnv, auth: issuer.auth, port: 0, database: database.config }),
    );
  }
  const fromEnv = await gatewayConfigFromEnv(PRODUCTION);
  gateway = await createGateway({
    ...fromEnv,
    auth: issuer.auth,
    port: 0,
    subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])),
  });
});

afterAll(async () => {
  await gateway?.stop();
  for (const subgraph of subgraphs) await subgraph.stop();
  for (const drop of drops) await drop();
});

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
}

function subgraphUrl(name: string): string {
  return subgraphs.find((subgraph) => subgraph.name === name)?.url as string;
}

// Each mistake, the message graphql-js gives (without its suggestion), and where to send it.
const mistakes = [
  ['a misspelt field', '{ organisations { nme } }', {}, /^Cannot query field "nme" on type "Organisation"\.$/],
  [
    'a misspelt argument',
    '{ municipality(agss: "12054000") { name } }',
    {},
    /^Unknown argument "agss" on field "Query\.municipality"\.$/,
  ],
  ['a misspelt type', 'query ($a: Strin) { municipality(ags: $a) { name } }', {}, /^Unknown type "Strin"\.$/],
  [
    'a misspelt enum value',
    '{ incidents(filter: { severities: [HIGHH] }) { totalCount } }',
    {},
    /^Value "HIGHH" does not exist in "SecurityIncidentSeverity" enum\.$/,
  ],
  [
    'a misspelt enum value in variables',
    'query ($s: [SecurityIncidentSeverity!]) { incidents(filter: { severities: $s }) { totalCount } }',
    { s: ['HIGHH'] },
    /^Variable "\$s" got invalid value "HIGHH" at "s\[0\]"; Value "HIGHH" does not exist in "SecurityIncidentSeverity" enum\.$/,
  ],
] as const;

describe('no suggestions in errors', () => {
  it.each(mistakes)('the gateway answers %s without "Did you mean"', async (_label, query, variables, message) => {
    const result = await post(gateway.url, query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) expect(error.message).not.toMatch(/Did you mean/);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  const direct = mistakes.filter(([label]) => label !== 'a misspelt field');
  it.each(direct)(
    'the subgraph called directly answers %s without "Did you mean"',
    async (_label, query, variables, message) => {
      const url = subgraphUrl(query.includes('municipality') ? 'municipalities' : 'security');
      const result = await post(url, query, variables);
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) expect(error.message).not.toMatch(/Did you mean/);
      expect(result.errors?.[0]?.message).toMatch(message);
    },
  );

  it('a subgraph answers a misspelt field without "Did you mean"', async () => {
    const result = await post(subgraphUrl('organisations'), '{ organisations { nme } }');
    expect(result.errors?.[0]?.message).toBe('Cannot query field "nme" on type "Organisation".');
  });
});

describe('no sample data', () => {
  it('holds the reference data and nothing of the sample data', async () => {
    const token = await issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'] });
    const result = await post(
      gateway.url,
      `{
        municipalities(first: 1) { totalCount }
        organisations { id }
        ozgServices(first: 1) { totalCount }
        committees { id }
        projects(first: 1) { totalCount }
        workOrders(first: 1) { totalCount }
        licences(first: 1) { totalCount }
        procurementProcedures(first: 1) { totalCount }
        incidents(first: 1) { totalCount }
        securityConcepts(first: 1) { totalCount }
        decisions(first: 1) { totalCount }
      }`,
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data;
    expect(data.municipalities.totalCount).toBeGreaterThan(400);
    expect(data.organisations.length).toBeGreaterThan(10);
    expect(data.ozgServices.totalCount).toBeGreaterThan(500);
    expect(data.committees.map((committee: { id: string }) => committee.id)).toEqual(['it-rat']);
    for (const list of [
      'projects',
      'workOrders',
      'licences',
      'procurementProcedures',
      'incidents',
      'securityConcepts',
      'decisions',
    ]) {
      expect({ list, totalCount: data[list].totalCount }).toEqual({ list, totalCount: 0 });
    }
  });

  it('loads sample data in production only when SEED_SAMPLE_DATA=true says so', () => {
    expect(sampleDataFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(sampleDataFromEnv({ HUB_MODE: 'production' })).toBe(false);
    expect(sampleDataFromEnv({ NODE_ENV: 'production', SEED_SAMPLE_DATA: 'true' })).toBe(true);
    expect(sampleDataFromEnv({})).toBe(true);
    expect(() => sampleDataFromEnv({ SEED_SAMPLE_DATA: 'yes' })).toThrow(/SEED_SAMPLE_DATA/);
  });
});

describe('the local development issuer', () => {
  const production = [{ NODE_ENV: 'production' }, { HUB_MODE: 'production' }];

  it.each(production)('is refused by the gateway, every subgraph and the token settings in %o', async (env) => {
    await expect(authConfigFromEnv(env)).rejects.toThrow(/production/);
    await expect(gatewayConfigFromEnv(env)).rejects.toThrow(/production/);
    await expect(subgraphConfigFromEnv(env, 0)).rejects.toThrow(/production/);
  });

  it('pnpm start stops at once in production mode without a real issuer', async () => {
    const run = promisify(execFile)('pnpm', ['-s', 'start'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', AUTH_JWKS_URL: '' },
      timeout: 60_000,
    });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringMatching(/local development issuer is refused/) });
  });

  it('pnpm token:mint refuses to sign in production mode', async () => {
    const run = promisify(execFile)('pnpm', ['-s', 'token:mint', '--org', 'kaz'], {
      cwd: root,
      env: { ...process.env, HUB_MODE: 'production' },
    });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/refused in production/) });
  });
});
