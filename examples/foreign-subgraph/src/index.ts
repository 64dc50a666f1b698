export {
  type ForeignSubgraphConfig,
  type RequestLogLine,
  type RunningForeignSubgraph,
  startForeignSubgraph,
} from './server.ts';
export type { Principal, TokenSettings } from './token.ts';
