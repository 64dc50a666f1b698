export { EditionError, type EditionSummary, formatSummary, type SuccessorMapping } from '../seed/apply-edition.ts';
export { loadGv100ad, parseSuccessorFile, parseSuccessorOption } from '../seed/load-gv100ad.ts';
export type { Database } from './db/database.ts';
export { schema } from './schema/index.ts';
export { municipalitiesSubgraph } from './subgraph.ts';
