import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { schema } from './schema/index.ts';

/** The municipalities subgraph: owned by the municipal associations; reference data of all Kommunen. */
export const municipalitiesSubgraph: SubgraphDefinition<Database, Context> = {
  name: 'municipalities',
  schema,
  migrations,
  seed,
  createContext: (db) => createContext(db),
};
