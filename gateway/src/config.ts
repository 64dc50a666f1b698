import { readFileSync } from 'node:fs';
import { authConfigFromEnv } from '@kaz/auth';
import type { GatewayConfig } from './gateway.ts';
import { readExampleOperations } from './graphiql.ts';

const repoRoot = new URL('../../', import.meta.url);

/**
 * Reads the gateway's settings from the environment:
 * `PORT` (default 4000), `HOST` (default 127.0.0.1), `SUPERGRAPH_PATH` (default the committed
 * schema/supergraph.graphql), `SUBGRAPH_<NAME>_URL` for each subgraph whose URL differs from the
 * supergraph's routing URL, `INTROSPECTION=false` and `GRAPHIQL=false` to switch those off.
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
  };
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
