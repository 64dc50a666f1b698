import { runSubgraphMain } from '@kaz/subgraph-kit';
import { organisationsSubgraph } from './subgraph.ts';

await runSubgraphMain(organisationsSubgraph, 4002);
