import { runSubgraphMain } from '@kaz/subgraph-kit';
import { contractsSubgraph } from './subgraph.ts';

await runSubgraphMain(contractsSubgraph, 4004);
