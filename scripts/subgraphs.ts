import { contractsSubgraph } from '@kaz/contracts';
import { municipalitiesSubgraph } from '@kaz/municipalities';
import { organisationsSubgraph } from '@kaz/organisations';
import { projectsSubgraph } from '@kaz/projects';
import { securitySubgraph } from '@kaz/security';
import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { hubSubgraphNames } from './hub-names.ts';

/** One subgraph of the hub with the port it listens on when run alone. */
export interface HubSubgraph {
  // Each subgraph has its own Database and Context types; the hub only starts and composes them.
  definition: SubgraphDefinition<any, any>;
  defaultPort: number;
}

/**
 * The five partner subgraphs, in composition order. The routing URL in the committed supergraph is
 * `http://localhost:<defaultPort>/graphql`; deployments override it with SUBGRAPH_<NAME>_URL.
 */
export const hubSubgraphs: readonly HubSubgraph[] = [
  { definition: municipalitiesSubgraph, defaultPort: 4001 },
  { definition: organisationsSubgraph, defaultPort: 4002 },
  { definition: projectsSubgraph, defaultPort: 4003 },
  { definition: contractsSubgraph, defaultPort: 4004 },
  { definition: securitySubgraph, defaultPort: 4005 },
];

if (hubSubgraphs.map(({ definition }) => definition.name).join() !== hubSubgraphNames.join()) {
  throw new Error(`scripts/hub-names.ts does not list the subgraphs of scripts/subgraphs.ts in their order`);
}

/** The routing URL of a subgraph in the committed supergraph. */
export function routingUrl(subgraph: HubSubgraph): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}
