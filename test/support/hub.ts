import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import type { DatabaseConfig } from '@kaz/db';
import { createTestDatabase, ensureTemplateDatabase } from '@kaz/db/testing';
import { type Clock, migrateSubgraph, systemClock } from '@kaz/subgraph-kit';
import type { GraphQLResponse } from '@kaz/subgraph-kit/testing';
import { GATEWAY_ENGINES, type GatewayEngine } from '../../scripts/gateway-engine.ts';
import { type HubOptions, type RunningHub, startHub } from '../../scripts/hub.ts';
import { defaultSnapshotDirectory, snapshotFiles, snapshotKey } from '../../scripts/snapshots.ts';
import { hubSubgraphs } from '../../scripts/subgraphs.ts';

/**
 * Both gateways as `describe.each` rows (`describe.each(ENGINES)('through %s', (_name, engine) => …)`):
 * the end-to-end files that run through both run the same cases, once per engine, and assert where
 * Hive Gateway answers differently explicitly (docs/hive-gateway.md).
 */
export const ENGINES: readonly (readonly [string, GatewayEngine])[] = GATEWAY_ENGINES.map(
  (engine) => [engine === 'hive' ? 'Hive Gateway' : 'our gateway', engine] as const,
);

/** The whole hub for an end-to-end test file, with every subgraph's SQL statements recorded. */
export interface TestHub extends RunningHub {
  /** Sends an operation to the gateway over HTTP. */
  query<Data = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data> & { status: number }>;
  /** Signs the tokens the hub accepts (and makes the ones it must refuse). */
  issuer: TestIssuer;
  /** The subgraphs' clock: a test computes "today" from it (`todayBy(hub.clock)`), never from the wall clock. */
  clock: Clock;
  /**
   * Headers with a token that may read everything there is to read: the Kaz (projects and contracts)
   * together with CERT read access — what the Kaz's own programme dashboard would hold.
   */
  readerHeaders(): Promise<Record<string, string>>;
  /** SQL statements per subgraph since the last `resetStatements()`. */
  statements: Record<string, string[]>;
  resetStatements(): void;
  /** The database of each subgraph, to start one again after stopping it (PGlite: a new, seeded one). */
  databases: Record<string, DatabaseConfig>;
}

/**
 * Starts every subgraph of the hub on fresh databases (PGlite loaded from the migrated and seeded
 * snapshots in .data/snapshots, or new PostgreSQL databases when TEST_DATABASE_URL is set) and the gateway in
 * front of them, all on free loopback ports; `options` change the gateway's settings, the subgraphs'
 * defences and their clock (default the system clock; a `fixedClock` for tests of day-dependent rules),
 * or give a supergraph with subgraphs that run elsewhere (`supergraphSdl`, `foreignSubgraphs`);
 * `engine: 'hive'` puts Hive Gateway in front instead of ours (the shared cases of test/cases run on both).
 */
export async function startTestHub(
  options: Pick<HubOptions, 'engine' | 'gateway' | 'defences' | 'clock' | 'supergraphSdl' | 'foreignSubgraphs'> & {
    /** The issuer whose tokens the hub accepts (default a fresh one), for a subgraph started before the hub. */
    issuer?: TestIssuer | undefined;
  } = {},
): Promise<TestHub> {
  const { issuer: given, ...hubOptions } = options;
  const clock = options.clock ?? systemClock;
  const statements: Record<string, string[]> = {};
  const databases: Record<string, DatabaseConfig> = {};
  const drops: (() => Promise<void>)[] = [];
  const issuer = given ?? (await createTestIssuer());
  // On PostgreSQL every test file copies a migrated and seeded template database per subgraph (made by
  // the first file that needs it, named by the same key as the PGlite snapshots) instead of migrating
  // and seeding five databases itself; TEST_SNAPSHOTS=false migrates and seeds every database instead.
  const serverUrl = process.env.TEST_DATABASE_URL;
  const templates = serverUrl !== undefined && process.env.TEST_SNAPSHOTS !== 'false';
  for (const { definition } of hubSubgraphs) {
    const template = templates
      ? await ensureTemplateDatabase(
          serverUrl,
          `kaz_tpl_${definition.name}_${snapshotKey(definition.name, { sampleData: true, seed: true })}`,
          `kaz_tpl_${definition.name}_`,
          (url) => migrateSubgraph(definition, { database: { url }, seed: true, sampleData: true }),
        )
      : undefined;
    const database = await createTestDatabase(definition.name, { template });
    drops.push(database.drop);
    const recorded: string[] = [];
    statements[definition.name] = recorded;
    databases[definition.name] = { ...database.config, onQuery: (sql) => recorded.push(sql) };
  }
  // In-memory databases start from the snapshots `pnpm start` uses (the first hub of a run writes
  // them when missing or stale); TEST_SNAPSHOTS=false migrates and seeds every database instead.
  const snapshots =
    process.env.TEST_SNAPSHOTS === 'false'
      ? undefined
      : snapshotFiles(
          defaultSnapshotDirectory,
          hubSubgraphs.map(({ definition }) => definition.name),
          { sampleData: true, seed: true },
        );
  let hub: RunningHub;
  try {
    hub = await startHub({
      auth: issuer.auth,
      port: 0,
      databases,
      snapshots,
      // A copy of a template is migrated and seeded already.
      seed: !templates,
      // The gateway's kaz_dangling_references, fresh on every scrape.
      referenceAudit: {
        minIntervalMs: 0,
        authorization: async () =>
          `Bearer ${await issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'] })}`,
      },
      ...hubOptions,
      clock,
    });
  } catch (error) {
    await Promise.all(drops.map((drop) => drop()));
    throw error;
  }
  return {
    ...hub,
    issuer,
    clock,
    readerHeaders: async () => ({
      authorization: `Bearer ${await issuer.sign({ org: 'kaz', scopes: ['projects:write', 'contracts:write', 'security:read'] })}`,
    }),
    statements,
    databases,
    resetStatements: () => {
      for (const list of Object.values(statements)) list.length = 0;
    },
    query: async (query, variables, headers) => {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as GraphQLResponse<any>) };
    },
    stop: async () => {
      await hub.stop();
      await Promise.all(drops.map((drop) => drop()));
    },
  };
}
