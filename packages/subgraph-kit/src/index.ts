export { badUserInput, clientError, isClientErrorCode, type ClientErrorCode } from './errors.ts';
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  encodeCursor,
  pageFromArgs,
  toConnection,
  type ConnectionResult,
  type Page,
  type PageArgs,
} from './pagination.ts';
export { keyLoader, listLoader, pageLoader, type PageKey, type PageOf, type Positioned } from './loaders.ts';
export { pageWindowFilter } from './sql.ts';
export { maskError, serveSubgraph, type RunningServer, type SubgraphServerOptions } from './server.ts';
export {
  runSubgraphMain,
  startSubgraph,
  subgraphConfigFromEnv,
  type RunningSubgraph,
  type SubgraphConfig,
  type SubgraphDefinition,
} from './subgraph.ts';
export { relayOptions } from './relay.ts';
