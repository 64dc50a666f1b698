import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { authConfigFromEnv } from '@kaz/auth';
import { createTestIssuer } from '@kaz/auth/testing';
import { createTestDatabase } from '@kaz/db/testing';
import { createGateway, gatewayConfigFromEnv, type RunningGateway } from '@kaz/gateway';
import {
  productionSampleDataWarning,
  type RunningSubgraph,
  sampleDataFromEnv,
  startSubgraph,
  subgraphConfigFromEnv,
} from '@kaz/subgraph-kit';
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
    expect(data.committees.map((committee: { id: string }) => committee.id)).toEqual(['it-rat', 'it-planungsrat']);
    // The decisions the Umsetzungskonzept Kaz cites are real: Entscheidung 2020/3 and the concept's adoption.
    expect(data.decisions.totalCount).toBe(2);
    for (const list of [
      'projects',
      'workOrders',
      'licences',
      'procurementProcedures',
      'incidents',
      'securityConcepts',
    ]) {
      expect({ list, totalCount: data[list].totalCount }).toEqual({ list, totalCount: 0 });
    }
  });

  it('holds the reference rows and not one sample or invented row in any table of any subgraph', async () => {
    const tables: Record<string, Record<string, number>> = {};
    const sampleRows: Record<string, Record<string, number>> = {};
    for (const subgraph of subgraphs) {
      const counts = await countRows(subgraph.db as AnyDatabase);
      tables[subgraph.name] = counts.rows;
      sampleRows[subgraph.name] = counts.sampleRows;
    }
    // Every table of every subgraph, join tables and audit log included: a new table must be added
    // here, with the rows production may hold.
    expect(tables).toEqual({
      municipalities: { municipality: 14 + 52 + 413, municipality_edition: 1 }, // Landkreise, Gemeindeverbände, Gemeinden; the shipped edition
      organisations: {
        audit_log: 0,
        committee: 2, // the IT-Rat and the IT-Planungsrat
        committee_membership: 8, // the IT-Rat's seats under § 15 BbgEGovG
        decision: 2, // the IT-Rat decisions the Umsetzungskonzept Kaz cites
        dikom_membership: 0,
        external_body: 0,
        municipality_contact: 0,
        organisation: 18,
        recommendation: 0,
        recommendation_application: 0,
        responsibility: 7,
        work_programme: 0,
        work_programme_item: 0,
      },
      projects: {
        audit_log: 0,
        budget_line: 0,
        milestone: 0,
        ozg_rollout: 0,
        ozg_service: 557,
        project: 0,
        project_group: 0,
        project_group_member: 0,
        project_lead_ministry: 0,
        project_municipality: 0,
        project_ozg_service: 0,
        project_participant: 0,
        project_template: 0,
        project_template_item: 0,
        result_transfer: 0,
        reusable_result: 0,
        reuse_request: 0,
        support_request: 0,
        work_order: 0,
      },
      contracts: {
        audit_log: 0,
        certificate: 0,
        framework_contract: 0,
        framework_contract_eligibility: 0,
        licence: 0,
        licence_allocation: 0,
        procurement_participant: 0,
        procurement_procedure: 0,
        procurement_template: 0,
        procurement_template_use: 0,
      },
      security: {
        advisory: 0,
        advisory_product: 0,
        audit_log: 0,
        cert_network_membership: 0,
        incident_recipient: 0,
        security_concept: 0,
        security_incident: 0,
        security_incident_municipality: 0,
      },
    });
    for (const [name, counts] of Object.entries(sampleRows)) {
      for (const [table, count] of Object.entries(counts))
        expect({ name, table, count }).toEqual({ name, table, count: 0 });
    }
    expect(Object.keys(sampleRows.organisations ?? {})).toContain('committee_membership');
  });

  it('refuses SEED_SAMPLE_DATA=true in production mode: only HUB_PRODUCTION_SAMPLE_DATA=true loads the sample data', async () => {
    expect(sampleDataFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(sampleDataFromEnv({ HUB_MODE: 'production' })).toBe(false);
    expect(sampleDataFromEnv({ HUB_MODE: 'production', SEED_SAMPLE_DATA: 'false' })).toBe(false);
    expect(() => sampleDataFromEnv({ NODE_ENV: 'production', SEED_SAMPLE_DATA: 'true' })).toThrow(
      /SEED_SAMPLE_DATA=true is refused in production mode.*HUB_PRODUCTION_SAMPLE_DATA=true/,
    );
    await expect(subgraphConfigFromEnv({ ...PRODUCTION, SEED_SAMPLE_DATA: 'true' }, 0)).rejects.toThrow(
      /HUB_PRODUCTION_SAMPLE_DATA=true/,
    );
    expect(sampleDataFromEnv({ NODE_ENV: 'production', HUB_PRODUCTION_SAMPLE_DATA: 'true' })).toBe(true);
    expect(
      sampleDataFromEnv({ HUB_MODE: 'production', HUB_PRODUCTION_SAMPLE_DATA: 'true', SEED_SAMPLE_DATA: 'true' }),
    ).toBe(true);
    expect(() =>
      sampleDataFromEnv({ NODE_ENV: 'production', HUB_PRODUCTION_SAMPLE_DATA: 'true', SEED_SAMPLE_DATA: 'false' }),
    ).toThrow(/contradict/);
    expect(() => sampleDataFromEnv({ NODE_ENV: 'production', HUB_PRODUCTION_SAMPLE_DATA: 'yes' })).toThrow(
      /HUB_PRODUCTION_SAMPLE_DATA is true or false, not yes/,
    );
    // Outside production mode SEED_SAMPLE_DATA is the switch, on by default.
    expect(sampleDataFromEnv({})).toBe(true);
    expect(sampleDataFromEnv({ SEED_SAMPLE_DATA: 'false' })).toBe(false);
    expect(() => sampleDataFromEnv({ SEED_SAMPLE_DATA: 'yes' })).toThrow(/SEED_SAMPLE_DATA/);
  });

  it('warns loudly when HUB_PRODUCTION_SAMPLE_DATA=true loads the sample data in production mode', () => {
    expect(productionSampleDataWarning({ HUB_MODE: 'production', HUB_PRODUCTION_SAMPLE_DATA: 'true' })).toMatch(
      /^WARNING: HUB_PRODUCTION_SAMPLE_DATA=true: this production-mode hub loads the SAMPLE DATA/,
    );
    expect(productionSampleDataWarning({ HUB_MODE: 'production' })).toBeUndefined();
    expect(productionSampleDataWarning({ HUB_PRODUCTION_SAMPLE_DATA: 'true' })).toBeUndefined();
  });

  it('loads the sample data, each row flagged, when HUB_PRODUCTION_SAMPLE_DATA=true names it', async () => {
    const definition = hubSubgraphs.find(({ definition }) => definition.name === 'organisations')?.definition;
    if (!definition) throw new Error('no organisations subgraph');
    const database = await createTestDatabase('production_sample_data');
    const fromEnv = await subgraphConfigFromEnv({ ...PRODUCTION, HUB_PRODUCTION_SAMPLE_DATA: 'true' }, 0);
    const subgraph = await startSubgraph(definition, {
      ...fromEnv,
      auth: issuer.auth,
      port: 0,
      database: database.config,
    });
    try {
      const { rows, sampleRows } = await countRows(subgraph.db as AnyDatabase);
      expect(rows.decision).toBeGreaterThan(0);
      // Every decision but the two real ones the Umsetzungskonzept Kaz cites.
      expect(sampleRows.decision).toBe((rows.decision ?? 0) - 2);
      expect(sampleRows.dikom_membership).toBe(rows.dikom_membership);
      expect(rows.dikom_membership).toBeGreaterThan(0);
    } finally {
      await subgraph.stop();
      await database.drop();
    }
  });

  it('a subgraph migrating in production mode with HUB_PRODUCTION_SAMPLE_DATA=true logs the warning first', {
    timeout: 120_000,
  }, async () => {
    const { stdout } = await promisify(execFile)('pnpm', ['-s', '--filter', '@kaz/organisations', 'db:migrate'], {
      cwd: root,
      env: {
        ...process.env,
        ...PRODUCTION,
        HUB_PRODUCTION_SAMPLE_DATA: 'true',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
        DATA_DIR: '',
      },
      timeout: 120_000,
    });
    const lines = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number | string; msg: string });
    expect(lines[0]?.msg).toMatch(
      /^WARNING: HUB_PRODUCTION_SAMPLE_DATA=true: this production-mode hub loads the SAMPLE DATA/,
    );
    expect(lines.at(-1)?.msg).toBe('organisations: database migrated and seeded');
  });

  it('pnpm start stops at once in production mode with SEED_SAMPLE_DATA=true, naming the flag to use', {
    timeout: 120_000,
  }, async () => {
    const run = promisify(execFile)('pnpm', ['-s', 'start'], {
      cwd: root,
      env: { ...process.env, ...PRODUCTION, SEED_SAMPLE_DATA: 'true', PORT: '0' },
      timeout: 60_000,
    });
    await expect(run).rejects.toMatchObject({
      stderr: expect.stringMatching(
        /SEED_SAMPLE_DATA=true is refused in production mode.*HUB_PRODUCTION_SAMPLE_DATA=true/,
      ),
    });
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

type AnyDatabase = RunningSubgraph<any>['db'];

/**
 * Rows per table (every table of the database, kysely's own two left out), and rows with `is_sample`
 * true per table that has that column. A few statements per table: a test aid.
 */
async function countRows(db: AnyDatabase) {
  const rows: Record<string, number> = {};
  const sampleRows: Record<string, number> = {};
  for (const table of await db.introspection.getTables()) {
    if (table.isView) continue;
    const count = async (onlySample: boolean) => {
      const query = db.selectFrom(table.name).select((eb) => eb.fn.countAll().as('n'));
      const row = await (onlySample ? query.where('is_sample', '=', true) : query).executeTakeFirstOrThrow();
      return Number(row.n);
    };
    rows[table.name] = await count(false);
    if (table.columns.some((column) => column.name === 'is_sample')) sampleRows[table.name] = await count(true);
  }
  return { rows, sampleRows };
}
