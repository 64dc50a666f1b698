import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { hubSubgraphEntries } from './hub-names.ts';

/** One subgraph of the hub with the port it listens on when run alone. */
export interface HubSubgraph {
  // Each subgraph has its own Database and Context types; the hub only starts and composes them.
  definition: SubgraphDefinition<any, any>;
  defaultPort: number;
}

/**
 * The subgraph definition of the package `@kaz/<name>`: its export `<name>Subgraph` (e.g.
 * `securitySubgraph`), whose `name` is `name`. Imported by its path (the package's only export), a
 * pattern that `pnpm start`'s build (scripts/compile.mjs) can bundle; a bare `@kaz/${name}` it could
 * not, and Node would then meet the TypeScript source.
 */
async function loadDefinition(name: string): Promise<SubgraphDefinition<any, any>> {
  const exports = (await import(`../subgraphs/${name}/src/index.ts`)) as Record<
    string,
    SubgraphDefinition<any, any> | undefined
  >;
  const definition = exports[`${name}Subgraph`];
  if (definition?.name !== name) {
    throw new Error(`@kaz/${name} does not export ${name}Subgraph, the definition of the subgraph "${name}"`);
  }
  return definition;
}

/**
 * The partner subgraphs of scripts/hub-subgraphs.json, in composition order. The routing URL in the
 * committed supergraph is `http://localhost:<defaultPort>/graphql`; deployments override it with
 * SUBGRAPH_<NAME>_URL.
 */
export const hubSubgraphs: readonly HubSubgraph[] = await Promise.all(
  hubSubgraphEntries.map(async ({ name, defaultPort }) => ({ definition: await loadDefinition(name), defaultPort })),
);

/** The routing URL of a subgraph in the committed supergraph. */
export function routingUrl(subgraph: HubSubgraph): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}
