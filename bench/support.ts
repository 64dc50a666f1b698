/**
 * What the benchmark scripts share: their workloads (the same operations with the same tokens, so
 * that `pnpm bench` and `pnpm bench:subgraphs` measure the same thing), the environment their servers
 * run in, and the arithmetic of their figures.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevIssuer } from '@kaz/auth';

const root = new URL('../', import.meta.url).pathname;

/** A benchmark workload: one operation, the token it runs with, and its owner when it has one. */
export interface Workload {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  token: string;
  /** The one subgraph that can answer it alone (for the gateway-overhead ratio, and called directly). */
  owner?: string;
  /** Also measured through our gateway with two workers (GATEWAY_WORKERS=2). */
  workers?: boolean;
  /**
   * For an operation that takes seconds when every read is sent: fewer connections and longer runs,
   * so that each run completes enough requests (answers still in flight when a run ends are not counted).
   */
  slow?: boolean;
}

/** The Gemeinden reference list: every Kommune with its key figures, from the municipalities subgraph alone. */
export const GEMEINDEN_QUERY =
  '{ municipalities(first: 500) { totalCount nodes { ars ags name kind population areaKm2 } } }';

/**
 * A temporary folder, the environment of the servers a benchmark starts (development issuer in that
 * folder, no GraphiQL, LOG_LEVEL=warn: our servers' one JSON line per request would be work Hive
 * Gateway, logging only errors, does not do), and the workloads with tokens of that issuer (`readerToken`:
 * the Kaz's, which reads everything but the security subgraph's TLP:RED records).
 */
export async function benchSetup(folderPrefix: string) {
  const work = mkdtempSync(join(tmpdir(), folderPrefix));
  const env = {
    ...process.env,
    DEV_ISSUER_DIR: join(work, 'issuer'),
    NODE_ENV: 'development',
    GRAPHIQL: 'false',
    LOG_LEVEL: 'warn',
  };
  const issuer = await loadOrCreateDevIssuer(env.DEV_ISSUER_DIR);
  const readerToken = await issuer.sign({
    org: 'kaz',
    scopes: ['projects:write', 'contracts:write', 'security:read'],
    ttl: '2h',
  });
  const securityToken = await issuer.sign({ org: 'zit_bb', scopes: ['security:read'], ttl: '2h' });
  return { work, env, issuer, readerToken, workloads: benchWorkloads(readerToken, securityToken) };
}

/** The five workloads: a dashboard, a detail page, a nested list over all Gemeinden, a protected list, a reference list. */
function benchWorkloads(readerToken: string, securityToken: string): Workload[] {
  return [
    {
      name: 'dashboard overview',
      token: readerToken,
      workers: true,
      query: `{
      projectStatistics { byPhase { phase projectCount } byDistrict { district { name } projectCount } }
      licenceTotals { seats allocatedSeats annualCostEur }
      incidentTotals { open resolved overdueLdaNotifications }
      projects(first: 20) { totalCount nodes { id title phase leadMinistry { shortName } } }
      certificates(expiringWithinDays: 60, first: 10) { totalCount nodes { id commonName validTo } }
      incidents(first: 10) { totalCount nodes { id title severity status } }
    }`,
    },
    {
      name: 'Kommune detail (5 subgraphs)',
      token: readerToken,
      query: readFileSync(join(root, 'schema/operations/01-kommune-detail.graphql'), 'utf8'),
    },
    {
      name: 'all 413 Gemeinden, nested',
      token: readerToken,
      slow: true,
      query: `{ municipalities(filter: { kinds: [KREISFREIE_STADT, AMTSFREIE_GEMEINDE, AMTSANGEHOERIGE_GEMEINDE, ORTSGEMEINDE, MITVERWALTETE_GEMEINDE] }, first: 500) {
      totalCount nodes { ars name population district { name }
        projects(first: 3) { totalCount nodes { id title } }
        licences(first: 3) { totalCount }
        securityPosture { certNetworkMember openIncidentCount } } } }`,
    },
    {
      name: 'incident list with token',
      token: securityToken,
      owner: 'security',
      workers: true,
      query: `{ incidents(first: 50) { totalCount nodes { id title category severity status tlp detectedAt ldaNotificationOverdue } } }`,
    },
    { name: 'Gemeinden reference list', token: readerToken, owner: 'municipalities', query: GEMEINDEN_QUERY },
  ];
}

/** CPU seconds (user + system) process `pid` has used so far (Linux /proc, 100 ticks a second). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): state ppid … utime (14th) stime (15th).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The true median: the middle value, or the mean of the two middle values. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
