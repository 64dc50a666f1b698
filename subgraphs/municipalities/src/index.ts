export { municipalitiesSubgraph } from './subgraph.ts';
export { schema } from './schema/index.ts';
export type { Database } from './db/database.ts';
