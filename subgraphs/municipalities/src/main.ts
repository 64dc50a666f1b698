import { runSubgraphMain } from '@kaz/subgraph-kit';
import { municipalitiesSubgraph } from './subgraph.ts';

await runSubgraphMain(municipalitiesSubgraph, 4001);
