import { readFileSync } from 'node:fs';
import { authConfigFromEnv, isProduction } from '@kaz/auth';
import type { OperationLimits } from '@kaz/limits';
import type { GatewayConfig } from './gateway.ts';
import { readExampleOperations } from './graphiql.ts';

const repoRoot = new URL('../../', import.meta.url);

/**
 * Reads the gateway's settings from the environment:
 * `PORT` (default 4000), `HOST` (default 127.0.0.1), `SUPERGRAPH_PATH` (default the committed
 * schema/supergraph.graphql), `SUBGRAPH_<NAME>_URL` for each subgraph whose URL differs from the
 * supergraph's routing URL, `INTROSPECTION=false` and `GRAPHIQL=false` to switch those off;
 * the operation limits `GATEWAY_MAX_DEPTH`, `GATEWAY_MAX_ALIASES`, `GATEWAY_MAX_TOKENS`,
 * `GATEWAY_MAX_DIRECTIVES`, `GATEWAY_MAX_COST`, `GATEWAY_DEFAULT_FIRST`; `GATEWAY_PLAN_CACHE_MIB`;
 * `GATEWAY_DEDUPLICATE_READS=false` to send every subgraph read on its own;
 * `GATEWAY_RESPONSE_CACHE=false` to keep no public answers; `SUBGRAPH_TIMEOUT_MS` (default 10000)
 * and `SUBGRAPH_<NAME>_TIMEOUT_MS` for one subgraph; `GATEWAY_MAX_REFUSED_PER_MINUTE` (default 600, 0
 * off) refused requests per client and minute before HTTP 429; `GATEWAY_MAX_MUTATIONS_PER_MINUTE`
 * (default 120, 0 off) mutations per client and minute and `GATEWAY_MAX_MUTATIONS_PER_REQUEST` (default
 * 10, 0 off) mutations per request before HTTP 429 (a client: its verified principal, else its address);
 * the hard limits `GATEWAY_REQUEST_TIMEOUT_MS` (default 15000), `GATEWAY_MAX_RESPONSE_BYTES` (default
 * 8388608) and the per-client `GATEWAY_COST_PER_MINUTE` (default 5000000), each 0 for off;
 * `GATEWAY_SIGNING_SECRET` (the subgraphs' too) to sign every subgraph fetch;
 * `TRUSTED_DOCUMENTS=true` to run only the operations of `PERSISTED_OPERATIONS_PATH` (default the
 * committed schema/persisted-operations.json). Suggestions ("Did you mean …") are removed from errors
 * in production mode (`NODE_ENV=production` or `HUB_MODE=production`). Throws on a value that is not a number where one is expected.
 */
export async function gatewayConfigFromEnv(env: NodeJS.ProcessEnv): Promise<GatewayConfig> {
  const port = env.PORT ? Number(env.PORT) : 4000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const supergraphPath = env.SUPERGRAPH_PATH ?? new URL('schema/supergraph.graphql', repoRoot).pathname;
  return {
    auth: await authConfigFromEnv(env),
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: subgraphUrlsFromEnv(env),
    port,
    host: env.HOST || '127.0.0.1',
    introspection: env.INTROSPECTION !== 'false',
    graphiql: env.GRAPHIQL === 'false' ? false : defaultExampleOperations(),
    limits: operationLimitsFromEnv(env),
    blockFieldSuggestions: isProduction(env),
    queryPlanCacheMiB: positiveInteger(env, 'GATEWAY_PLAN_CACHE_MIB'),
    deduplicateSubgraphReads: env.GATEWAY_DEDUPLICATE_READS !== 'false',
    responseCache: env.GATEWAY_RESPONSE_CACHE !== 'false',
    subgraphTimeoutMs: positiveInteger(env, 'SUBGRAPH_TIMEOUT_MS'),
    maxRefusedPerMinute: wholeNumber(env, 'GATEWAY_MAX_REFUSED_PER_MINUTE'),
    maxMutationsPerMinute: wholeNumber(env, 'GATEWAY_MAX_MUTATIONS_PER_MINUTE'),
    maxMutationsPerRequest: wholeNumber(env, 'GATEWAY_MAX_MUTATIONS_PER_REQUEST'),
    subgraphTimeoutsMs: subgraphTimeoutsFromEnv(env),
    requestTimeoutMs: wholeNumber(env, 'GATEWAY_REQUEST_TIMEOUT_MS'),
    maxResponseBytes: wholeNumber(env, 'GATEWAY_MAX_RESPONSE_BYTES'),
    costPerMinute: wholeNumber(env, 'GATEWAY_COST_PER_MINUTE'),
    gatewaySigningSecret: env.GATEWAY_SIGNING_SECRET || undefined,
    trustedDocuments:
      env.TRUSTED_DOCUMENTS === 'true'
        ? (JSON.parse(
            readFileSync(
              env.PERSISTED_OPERATIONS_PATH ?? new URL('schema/persisted-operations.json', repoRoot).pathname,
              'utf8',
            ),
          ) as Record<string, string>)
        : undefined,
  };
}

/** The limits set in the environment; the ones not set are left out (their defaults apply). */
export function operationLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<OperationLimits> {
  const limits: Partial<OperationLimits> = {};
  const variables = {
    maxDepth: 'GATEWAY_MAX_DEPTH',
    maxAliases: 'GATEWAY_MAX_ALIASES',
    maxTokens: 'GATEWAY_MAX_TOKENS',
    maxDirectives: 'GATEWAY_MAX_DIRECTIVES',
    maxCost: 'GATEWAY_MAX_COST',
    defaultFirst: 'GATEWAY_DEFAULT_FIRST',
  } as const;
  for (const [key, name] of Object.entries(variables) as [keyof OperationLimits, string][]) {
    const value = positiveInteger(env, name);
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/**
 * `SHUTDOWN_DELAY_MS` (default 0): on SIGTERM, how long `/health/ready` answers 503 `stopping` while
 * requests are still served, before the port closes and the requests in flight are finished.
 */
export function shutdownDelayFromEnv(env: NodeJS.ProcessEnv): number {
  return wholeNumber(env, 'SHUTDOWN_DELAY_MS') ?? 0;
}

/** `GATEWAY_WORKERS`: how many worker processes share the port (default 1: no cluster). */
export function workerCountFromEnv(env: NodeJS.ProcessEnv): number {
  return positiveInteger(env, 'GATEWAY_WORKERS') ?? 1;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} is not a whole number: ${raw}`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} is not a positive whole number: ${raw}`);
  return value;
}

/** `SUBGRAPH_SECURITY_TIMEOUT_MS=3000` → `{ security: 3000 }`. */
export function subgraphTimeoutsFromEnv(env: NodeJS.ProcessEnv): Record<string, number> {
  const timeouts: Record<string, number> = {};
  for (const key of Object.keys(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/.exec(key);
    const value = match?.[1] ? positiveInteger(env, key) : undefined;
    if (match?.[1] && value !== undefined) timeouts[match[1].toLowerCase()] = value;
  }
  return timeouts;
}

/** `SUBGRAPH_PROJECTS_URL=http://…` → `{ projects: 'http://…' }`. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match?.[1] && value) urls[match[1].toLowerCase()] = value;
  }
  return urls;
}

/** The example operations committed under schema/operations, preloaded in GraphiQL. */
export function defaultExampleOperations() {
  return readExampleOperations(new URL('schema/operations', repoRoot).pathname);
}
