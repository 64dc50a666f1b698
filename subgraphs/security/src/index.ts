export type { Database } from './db/database.ts';
export { schema } from './schema/index.ts';
export { securitySubgraph } from './subgraph.ts';
