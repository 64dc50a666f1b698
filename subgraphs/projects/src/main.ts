import { runSubgraphMain } from '@kaz/subgraph-kit';
import { projectsSubgraph } from './subgraph.ts';

await runSubgraphMain(projectsSubgraph, 4003);
