import { runSubgraphMain } from '@kaz/subgraph-kit';
import { securitySubgraph } from './subgraph.ts';

await runSubgraphMain(securitySubgraph, 4005);
