import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AuthConfig, authConfigFromEnv, isProduction } from '@kaz/auth';
import { listenAddressFromEnv, positiveIntegerFromEnv, wholeNumberFromEnv } from '@kaz/http';
import type { OperationLimits } from '@kaz/limits';
import type { Logger } from '@kaz/telemetry';
import type { Registry } from 'prom-client';
import type { CalendarFeedConfig } from './calendar-feed.ts';
import type { ClientRegistry } from './client-usage.ts';
import type { CockpitHosting, CockpitSettings } from './cockpit-route.ts';
import { corsOriginsFromEnv } from './cors.ts';
import { type ExampleOperation, readExampleOperations } from './graphiql.ts';
import type { TrustedDocuments } from './trusted-documents.ts';

const repoRoot = new URL('../../', import.meta.url);

/** What the gateway needs to run; `gatewayConfigFromEnv` below builds it from the environment for `main.ts`. */
export interface GatewayConfig {
  /** Which tokens to accept; the subgraphs verify them again with the same settings. */
  auth: AuthConfig;
  /** The composed supergraph SDL (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URLs by subgraph name that replace the routing URLs of the supergraph. */
  subgraphUrls?: Readonly<Record<string, string>> | undefined;
  /** Port to listen on; 0 picks a free one (default 4000). */
  port?: number | undefined;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string | undefined;
  /** Allow introspection (default true: analysts explore the graph in GraphiQL). */
  introspection?: boolean | undefined;
  /** Serve GraphiQL with these example operations at the gateway URL; `false` disables it. */
  graphiql?: false | readonly ExampleOperation[] | undefined;
  /** Limits for every operation; each one not given keeps its default (`DEFAULT_OPERATION_LIMITS`). */
  limits?: Partial<OperationLimits> | undefined;
  /**
   * Remove every "Did you mean …" suggestion (fields, arguments, types, enum values) from error
   * messages (default false; on in production mode).
   */
  blockFieldSuggestions?: boolean | undefined;
  /**
   * Run only these operations (sha256 of the exact text → text), sent by hash or as full text;
   * anything else gets HTTP 403 PERSISTED_QUERY_NOT_IN_MANIFEST. Absent: any operation, with
   * automatic persisted queries for every client.
   */
  trustedDocuments?: TrustedDocuments | undefined;
  /**
   * The registered clients and documents (schema/registered-clients.json), by which requests and the
   * use of deprecated fields are counted per client (`client-usage.ts`). Absent: every request counts
   * as `other` (a client-name header) or `unknown` (none).
   */
  clientRegistry?: ClientRegistry | undefined;
  /** Approximate size of the query-plan cache in MiB (default 30, @apollo/gateway's default). */
  queryPlanCacheMiB?: number | undefined;
  /**
   * Share one subgraph fetch among identical reads in flight at the same moment (same subgraph, same
   * token, same body; default true). Mutations are always sent one by one.
   */
  deduplicateSubgraphReads?: boolean | undefined;
  /**
   * Keep whole answers of operations whose every subgraph response was marked public and cacheable
   * (the municipalities subgraph's reference data), for the shortest max-age among them; default true.
   * Answers that touch any other subgraph, carry errors or are per user are never kept.
   */
  responseCache?: boolean | undefined;
  /** The longest a fetch to a subgraph may take, in ms (default 10,000); then SUBGRAPH_TIMEOUT. */
  subgraphTimeoutMs?: number | undefined;
  /** Timeouts for single subgraphs by name, replacing `subgraphTimeoutMs` for them. */
  subgraphTimeoutsMs?: Readonly<Record<string, number>> | undefined;
  /**
   * Refused requests (HTTP 4xx/5xx) one client — the verified principal, else the address (a token
   * that does not verify counts against its address) — may cause per minute before all its requests
   * get HTTP 429 RATE_LIMITED for the rest of the minute (default 600; 0 turns the limit off). Answers
   * with data, errors on some fields included, never count.
   */
  maxRefusedPerMinute?: number | undefined;
  /**
   * Root mutation fields one client (verified principal, else address) may run per minute (default
   * 120; 0 off); beyond, HTTP 429 RATE_LIMITED with `Retry-After`, before anything of the request runs.
   */
  maxMutationsPerMinute?: number | undefined;
  /** Root mutation fields one request may carry (default 10; 0 off); more is refused whole with HTTP 429. */
  maxMutationsPerRequest?: number | undefined;
  /**
   * The longest one request may take, in ms (default 15,000; 0 off): then its subgraph fetches are
   * aborted, its resolvers stop and it is answered HTTP 504 REQUEST_TIMEOUT.
   */
  requestTimeoutMs?: number | undefined;
  /**
   * The largest answer in bytes (default 8 MiB; 0 off), counted over the subgraph answers as they come
   * in: past it the request's work stops and it is answered HTTP 413 RESPONSE_TOO_LARGE.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Estimated cost (see `operationCost`) each client — verified principal, else address — may spend
   * per minute (default 5,000,000; 0 off); beyond it HTTP 429 RATE_LIMITED with Retry-After.
   */
  costPerMinute?: number | undefined;
  /**
   * The secret shared with the subgraphs (`GATEWAY_SIGNING_SECRET`, at least 32 characters): every
   * subgraph fetch is signed with it, and subgraphs that have it accept nothing unsigned.
   */
  gatewaySigningSecret?: string | undefined;
  /** Where the JSON log lines go (default: a pino logger on stdout at `LOG_LEVEL`). */
  logger?: Logger | undefined;
  /**
   * Adds series of the process that runs the gateway to its `/metrics` (the in-process hub adds the
   * reference audit's `kaz_dangling_references`); the gateway knows nothing of what they measure.
   */
  metrics?: ((registry: Registry) => void) | undefined;

  /**
   * The calendar feed's feed tokens (`CALENDAR_FEED_SECRET`); without it `GET /calendar/deadlines.ics`
   * takes only an Authorization header. See docs/access-control.md for the trade-off.
   */
  calendarFeed?: CalendarFeedConfig | undefined;

  /** The Programm-Cockpit at `/cockpit/` (apps/cockpit's build), when set. */
  cockpit?: CockpitHosting | undefined;

  /**
   * Redis (`redis://[user:password@]host:port[/db]`, `rediss://` for TLS) in which several gateway
   * replicas share their state: automatic persisted queries, the public-answer cache, the rejection
   * cache, the refused-request limit, the write quota and the cost budget. Absent: all of it in this
   * process. Redis unreachable: caches skipped, limits counted locally, `/health/ready` degraded.
   */
  redisUrl?: string | undefined;
  /** Prepended to every key the gateway writes to Redis (default `kaz:gateway:`). */
  redisKeyPrefix?: string | undefined;

  /**
   * Exact origins (`https://cockpit.example`) whose pages may call the GraphQL endpoint from a browser
   * (CORS, GraphQL route and its preflight only); none when empty or absent.
   */
  corsAllowedOrigins?: readonly string[] | undefined;
}

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
 * committed schema/persisted-operations.json); `REGISTERED_CLIENTS_PATH` (default the committed
 * schema/registered-clients.json; an empty value for none) for the per-client counts. Suggestions ("Did you mean …") are removed from errors
 * in production mode (`NODE_ENV=production` or `HUB_MODE=production`). Throws on a value that is not a number where one is expected.
 * The Programm-Cockpit: see `cockpitFromEnv` (`COCKPIT_DIR` and the `COCKPIT_OIDC_*` settings);
 * `CORS_ALLOWED_ORIGINS` (comma-separated exact origins) for a cockpit served from elsewhere.
 * `REDIS_URL` (and `REDIS_KEY_PREFIX`, default `kaz:gateway:`) for state shared by several replicas.
 */
export async function gatewayConfigFromEnv(env: NodeJS.ProcessEnv): Promise<GatewayConfig> {
  const supergraphPath = env.SUPERGRAPH_PATH ?? new URL('schema/supergraph.graphql', repoRoot).pathname;
  const registryPath = env.REGISTERED_CLIENTS_PATH ?? new URL('schema/registered-clients.json', repoRoot).pathname;
  const auth = await authConfigFromEnv(env);
  return {
    auth,
    cockpit: cockpitFromEnv(env, auth),
    corsAllowedOrigins: corsOriginsFromEnv(env),
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: subgraphUrlsFromEnv(env),
    ...listenAddressFromEnv(env, 4000),
    introspection: env.INTROSPECTION !== 'false',
    graphiql: env.GRAPHIQL === 'false' ? false : defaultExampleOperations(),
    limits: operationLimitsFromEnv(env),
    blockFieldSuggestions: isProduction(env),
    clientRegistry: registryPath ? (JSON.parse(readFileSync(registryPath, 'utf8')) as ClientRegistry) : undefined,
    queryPlanCacheMiB: positiveIntegerFromEnv(env, 'GATEWAY_PLAN_CACHE_MIB'),
    deduplicateSubgraphReads: env.GATEWAY_DEDUPLICATE_READS !== 'false',
    responseCache: env.GATEWAY_RESPONSE_CACHE !== 'false',
    subgraphTimeoutMs: positiveIntegerFromEnv(env, 'SUBGRAPH_TIMEOUT_MS'),
    maxRefusedPerMinute: wholeNumberFromEnv(env, 'GATEWAY_MAX_REFUSED_PER_MINUTE'),
    maxMutationsPerMinute: wholeNumberFromEnv(env, 'GATEWAY_MAX_MUTATIONS_PER_MINUTE'),
    maxMutationsPerRequest: wholeNumberFromEnv(env, 'GATEWAY_MAX_MUTATIONS_PER_REQUEST'),
    subgraphTimeoutsMs: subgraphTimeoutsFromEnv(env),
    requestTimeoutMs: wholeNumberFromEnv(env, 'GATEWAY_REQUEST_TIMEOUT_MS'),
    maxResponseBytes: wholeNumberFromEnv(env, 'GATEWAY_MAX_RESPONSE_BYTES'),
    costPerMinute: wholeNumberFromEnv(env, 'GATEWAY_COST_PER_MINUTE'),
    gatewaySigningSecret: env.GATEWAY_SIGNING_SECRET || undefined,
    redisUrl: redisUrlFromEnv(env),
    redisKeyPrefix: env.REDIS_KEY_PREFIX || undefined,
    calendarFeed: calendarFeedFromEnv(env),
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
    const value = positiveIntegerFromEnv(env, name);
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** `REDIS_URL`, when set: a `redis://` or `rediss://` URL, else an error that says so. */
export function redisUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.REDIS_URL;
  if (!url) return undefined;
  if (!/^rediss?:\/\//.test(url) || !URL.canParse(url)) {
    throw new Error(
      'REDIS_URL must be a redis:// or rediss:// URL (redis://host:6379, rediss://user:password@host:6380/0)',
    );
  }
  return url;
}

/** `GATEWAY_WORKERS`: how many worker processes share the port (default 1: no cluster). */
export function workerCountFromEnv(env: NodeJS.ProcessEnv): number {
  return positiveIntegerFromEnv(env, 'GATEWAY_WORKERS') ?? 1;
}

/** `SUBGRAPH_SECURITY_TIMEOUT_MS=3000` → `{ security: 3000 }`. */
export function subgraphTimeoutsFromEnv(env: NodeJS.ProcessEnv): Record<string, number> {
  const timeouts: Record<string, number> = {};
  for (const key of Object.keys(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/.exec(key);
    const value = match?.[1] ? positiveIntegerFromEnv(env, key) : undefined;
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

/**
 * `CALENDAR_FEED_SECRET` (at least 32 characters) turns feed tokens on; `CALENDAR_FEED_NOT_BEFORE`
 * (ISO 8601) revokes every feed token issued before it. Without a `mintAccessToken` (set in code)
 * feed URLs are issued but refused: the subgraphs need a bearer token they verify themselves.
 */
function calendarFeedFromEnv(env: NodeJS.ProcessEnv): CalendarFeedConfig | undefined {
  const secret = env.CALENDAR_FEED_SECRET;
  if (!secret) return undefined;
  if (secret.length < 32) throw new Error('CALENDAR_FEED_SECRET must be at least 32 characters');
  const notBefore = env.CALENDAR_FEED_NOT_BEFORE ? new Date(env.CALENDAR_FEED_NOT_BEFORE) : undefined;
  if (notBefore && Number.isNaN(notBefore.getTime())) throw new Error('CALENDAR_FEED_NOT_BEFORE is not a date');
  return { secret, notBefore };
}

/**
 * How people sign in to the cockpit with a real issuer: OpenID Connect (authorization code with
 * PKCE) at `COCKPIT_OIDC_ISSUER` (default `AUTH_ISSUER`) as the public client `COCKPIT_OIDC_CLIENT_ID`,
 * asking for `COCKPIT_OIDC_SCOPE` (default `openid profile`) and, as RFC 8707 resource, for
 * `COCKPIT_OIDC_AUDIENCE` (default `AUTH_AUDIENCE`). Undefined without a client id or an issuer.
 * Throws when the issuer is not an http(s) URL.
 */
export function cockpitOidcSettingsFromEnv(env: NodeJS.ProcessEnv): CockpitSettings['auth'] | undefined {
  const issuer = env.COCKPIT_OIDC_ISSUER || env.AUTH_ISSUER;
  const clientId = env.COCKPIT_OIDC_CLIENT_ID;
  if (!issuer || !clientId) return undefined;
  if (!/^https?:\/\//.test(issuer) || !URL.canParse(issuer)) {
    throw new Error(`the cockpit's issuer must be the OpenID Connect issuer's URL: ${issuer}`);
  }
  return {
    mode: 'oidc',
    issuer,
    clientId,
    scope: env.COCKPIT_OIDC_SCOPE || 'openid profile',
    audience: env.COCKPIT_OIDC_AUDIENCE || env.AUTH_AUDIENCE || undefined,
  };
}

/**
 * The standalone gateway serves the Programm-Cockpit at /cockpit/ when `COCKPIT_DIR` names its built
 * folder (apps/cockpit/dist) — only with a real issuer (`AUTH_JWKS_URL`) and the OpenID Connect
 * settings (`cockpitOidcSettingsFromEnv`); the development sign-in comes only with `pnpm start`.
 * Throws when `COCKPIT_DIR` is set but has no index.html or those settings are missing: a cockpit
 * nobody can sign in to is a deployment error.
 */
export function cockpitFromEnv(env: NodeJS.ProcessEnv, auth: AuthConfig): CockpitHosting | undefined {
  const directory = env.COCKPIT_DIR;
  if (!directory) return undefined;
  if (!existsSync(join(directory, 'index.html'))) {
    throw new Error(`COCKPIT_DIR has no index.html (build the cockpit: pnpm cockpit:build): ${directory}`);
  }
  const signIn = auth.jwksUrl ? cockpitOidcSettingsFromEnv(env) : undefined;
  if (!signIn) {
    throw new Error(
      'COCKPIT_DIR needs a real token issuer (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE) and ' +
        'COCKPIT_OIDC_CLIENT_ID (the public client people sign in with, see docs/cockpit.md)',
    );
  }
  return { directory, settings: { graphqlUrl: '../graphql', auth: signIn } };
}
