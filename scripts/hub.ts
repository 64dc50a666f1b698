import { readFileSync } from 'node:fs';
import type { AuthConfig } from '@kaz/auth';
import type { DatabaseConfig, EmbeddedClient } from '@kaz/db';
import { PGliteWorkerHost } from '@kaz/db/pglite-worker';
import { createGateway, defaultExampleOperations, type GatewayConfig, type RunningGateway } from '@kaz/gateway';
import { type Clock, isInMemory, type RunningSubgraph, type SubgraphConfig, startSubgraph } from '@kaz/subgraph-kit';
import type { GatewayEngine } from './gateway-engine.ts';
import { auditReferences, registerReferenceGauge } from './reference-audit.ts';
import { loadSnapshots } from './snapshots.ts';
import { hubSubgraphs } from './subgraphs.ts';

/** How to start the whole hub in one process. */
export interface HubOptions {
  /** Which tokens the gateway and every subgraph accept. */
  auth: AuthConfig;
  /** Gateway port (0 picks a free one). Subgraphs always get free ports. */
  port?: number | undefined;
  host?: string | undefined;
  /** The database of each subgraph by name; PGlite in memory when absent. */
  databases?: Readonly<Record<string, DatabaseConfig>> | undefined;
  /**
   * PostgreSQL only: each subgraph's database as the owner role that migrates and seeds, while
   * `databases` names the serving role (see `SubgraphConfig.migrationDatabase`).
   */
  migrationDatabases?: Readonly<Record<string, DatabaseConfig>> | undefined;
  /**
   * In-memory PGlite only: each subgraph's snapshot file by name, to start from instead of migrating
   * and seeding (written after a full migration when missing or stale; see `SubgraphConfig.snapshot`
   * and scripts/snapshots.ts for the file names).
   */
  snapshots?: Readonly<Record<string, string>> | undefined;
  /**
   * With `snapshots`: each snapshot already loading in a worker thread (`loadSnapshots`), by subgraph
   * name (see `SubgraphConfig.snapshotDatabase`). Without it the hub loads `snapshots` in a worker
   * thread of its own, which `stop()` ends.
   */
  snapshotDatabases?: Readonly<Record<string, Promise<EmbeddedClient>>> | undefined;
  /** Run each subgraph's seed (default true). */
  seed?: boolean | undefined;
  /** Let the seeds load sample data besides the reference data (default true). */
  sampleData?: boolean | undefined;
  /** Production mode's error hygiene: no "Did you mean …" suggestions, at the gateway or a subgraph. */
  hideSuggestions?: boolean | undefined;
  /** The supergraph SDL; default the committed schema/supergraph.graphql. */
  supergraphSdl?: string | undefined;
  /**
   * Subgraphs of `supergraphSdl` that run elsewhere (a partner's own, docs/joining.md): their GraphQL
   * URLs by subgraph name. The hub starts only its own subgraphs and sends the gateway to these.
   */
  foreignSubgraphs?: Readonly<Record<string, string>> | undefined;
  /**
   * Which gateway runs in front of the subgraphs (default `apollo`, ours): `hive` starts Hive Gateway
   * (scripts/hive-gateway.ts, docs/hive-gateway.md), which takes only the settings of `gateway` it has
   * an equivalent for (signing secret, subgraph and request timeouts, suggestions, GraphiQL).
   */
  engine?: GatewayEngine | undefined;
  /** More gateway settings (limits, hard limits, cost budget, signing secret). */
  gateway?: Partial<GatewayConfig> | undefined;
  /** Every subgraph's own defences (limits, hard limits, signing secret). */
  defences?: SubgraphConfig['defences'];
  /** Every subgraph's clock for its domain rules (today in Berlin, deadlines); default the system clock. */
  clock?: Clock | undefined;
  /**
   * Owner subgraph URLs by name for the subgraphs' reference checks, replacing the hub's own (each
   * subgraph checks references against the other subgraphs of this hub by default).
   */
  referenceOwnerUrls?: Readonly<Record<string, string>> | undefined;
  /**
   * The reference audit behind the gateway's `kaz_dangling_references` gauge (computed on scrape, at
   * most once per `minIntervalMs`, default 60 s): `authorization` gives the Authorization header it
   * reads with (every work order, procedure, licence, concept and incident: the Kaz with
   * projects:write, contracts:write and security:read).
   * Absent: no such gauge.
   */
  referenceAudit?: { authorization: () => Promise<string>; minIntervalMs?: number | undefined } | undefined;
}

/** The running hub: the gateway and the subgraphs of scripts/hub-subgraphs.json. */
export interface RunningHub {
  url: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph<any>>;
  stop(): Promise<void>;
}

/**
 * Starts the gateway of `engine` with `config`: ours (`createGateway`), or Hive Gateway with the
 * settings it has an equivalent for (`startHiveGateway`, loaded only then).
 */
export async function startGateway(engine: GatewayEngine, config: GatewayConfig): Promise<RunningGateway> {
  if (engine === 'apollo') return createGateway(config);
  const { startHiveGateway } = await import('./hive-gateway.ts');
  return startHiveGateway(config);
}

/**
 * Starts every subgraph on its own database (migrated and seeded) on a free port, then the gateway
 * in front of them with their actual URLs. `stop()` stops the gateway first, then the subgraphs.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const subgraphs: Record<string, RunningSubgraph<any>> = {};
  const worker = options.snapshots && !options.snapshotDatabases ? new PGliteWorkerHost() : undefined;
  const snapshotDatabases =
    options.snapshotDatabases ??
    (worker && options.snapshots
      ? loadSnapshots(worker, options.snapshots, (name) =>
          isInMemory({ database: options.databases?.[name], migrationDatabase: options.migrationDatabases?.[name] }),
        )
      : undefined);
  // Every subgraph checks references against the others' live data (`SubgraphConfig.referenceOwners`).
  // The URLs are known only once all listen on their free ports; the checks read this object when
  // they run, so it is filled in below.
  const ownerUrls: Record<string, string> = {};
  const referenceAudit = options.referenceAudit;
  try {
    const started = await Promise.all(
      hubSubgraphs.map(({ definition }) =>
        startSubgraph(definition, {
          auth: options.auth,
          port: 0,
          host: options.host,
          seed: options.seed,
          sampleData: options.sampleData,
          hideSuggestions: options.hideSuggestions,
          database: options.databases?.[definition.name],
          migrationDatabase: options.migrationDatabases?.[definition.name],
          snapshot: options.snapshots?.[definition.name],
          snapshotDatabase: snapshotDatabases?.[definition.name],
          defences: options.defences,
          clock: options.clock,
          referenceOwners: { urls: ownerUrls },
        }),
      ),
    );
    for (const subgraph of started) subgraphs[subgraph.name] = subgraph;
    Object.assign(
      ownerUrls,
      Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph.url])),
      options.referenceOwnerUrls,
    );
    const supergraphSdl =
      options.supergraphSdl ?? readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
    const subgraphUrls = {
      ...options.foreignSubgraphs,
      ...Object.fromEntries(started.map((subgraph) => [subgraph.name, subgraph.url])),
    };
    const gateway = await startGateway(options.engine ?? 'apollo', {
      auth: options.auth,
      supergraphSdl,
      subgraphUrls,
      port: options.port ?? 0,
      host: options.host,
      graphiql: defaultExampleOperations(),
      blockFieldSuggestions: options.hideSuggestions,
      metrics: referenceAudit
        ? (registry) =>
            registerReferenceGauge(registry, {
              minIntervalMs: referenceAudit.minIntervalMs,
              audit: async () =>
                auditReferences({
                  subgraphs: hubSubgraphs.map(({ definition }) => definition),
                  urls: ownerUrls,
                  authorization: await referenceAudit.authorization(),
                  signingSecret: options.defences?.gatewaySigningSecret,
                }),
              onError: (error) => console.warn(`reference audit failed: ${(error as Error).message}`),
            })
        : undefined,
      ...options.gateway,
    });
    return {
      url: gateway.url,
      gateway,
      subgraphs,
      stop: async () => {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
        await worker?.close();
      },
    };
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop().catch(() => {})));
    await worker?.close();
    throw error;
  }
}
