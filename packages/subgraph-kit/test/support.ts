import { createTestIssuer, type TestIssuer } from '@kaz/auth/testing';
import type { DatabaseConfig } from '@kaz/db';
import { createTestDatabase } from '@kaz/db/testing';
import { municipalitiesSubgraph } from '@kaz/municipalities';
import type { Logger } from '@kaz/telemetry';
import { type RunningSubgraph, type SubgraphDefinition, startSubgraph } from '../src/index.ts';

/** The municipalities subgraph (public reference data, one migration) served for a test. */
export interface OpsSubgraph extends RunningSubgraph<any> {
  issuer: TestIssuer;
  /** SQL statements that succeeded, through the database's `onQuery` hook. */
  statements: string[];
  /** POSTs a GraphQL operation; `operationName` goes into the body when given. */
  post(
    body: { query: string; variables?: Record<string, unknown>; operationName?: string },
    headers?: Record<string, string>,
  ): Promise<Response>;
  /** GETs a path of the server (`/health/ready`, `/metrics`). */
  get(path: string): Promise<Response>;
}

export const POTSDAM = 'query Potsdam { municipality(ags: "12054000") { name population } }';

/**
 * Starts the municipalities subgraph (or `definition`) on a fresh test database (PGlite in memory, or
 * a new PostgreSQL database with TEST_DATABASE_URL) unless `database` names one; `stop()` also drops
 * the fresh database.
 */
export async function startOpsSubgraph(
  options: {
    definition?: SubgraphDefinition<any, any>;
    database?: DatabaseConfig;
    migrate?: boolean;
    logger?: Logger;
    shutdownDelayMs?: number;
  } = {},
): Promise<OpsSubgraph> {
  const fresh = options.database ? undefined : await createTestDatabase('kit_ops');
  const issuer = await createTestIssuer();
  const statements: string[] = [];
  const running = await startSubgraph(options.definition ?? municipalitiesSubgraph, {
    auth: issuer.auth,
    port: 0,
    database: { ...(options.database ?? fresh?.config), onQuery: (sql) => statements.push(sql) },
    migrate: options.migrate,
    logger: options.logger,
    shutdownDelayMs: options.shutdownDelayMs,
  });
  return {
    ...running,
    issuer,
    statements,
    post: (body, headers = {}) =>
      fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    get: (path) => fetch(new URL(path, running.url)),
    stop: async () => {
      await running.stop();
      await fresh?.drop();
    },
  };
}

/** A PostgreSQL URL where nothing listens: a database that does not answer. */
export const UNREACHABLE_DATABASE: DatabaseConfig = { url: 'postgres://kaz@127.0.0.1:1/unreachable', poolSize: 1 };

/** One sample of a Prometheus text exposition. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (what `/metrics` answers) into samples. */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[key!] = value!;
    }
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The value of the one sample with this name whose labels include `labels`; undefined when none. */
export function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

/** Scrapes `/metrics` of a subgraph. */
export async function scrape(subgraph: OpsSubgraph): Promise<Sample[]> {
  const response = await subgraph.get('/metrics');
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parseMetrics(await response.text());
}
