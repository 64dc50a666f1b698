import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { schema } from './schema/index.ts';

/** The municipalities subgraph: owned by the municipal associations; reference data of all Kommunen (public). */
export const municipalitiesSubgraph: SubgraphDefinition<Database, Context> = {
  name: 'municipalities',
  schema,
  migrations,
  seed,
  createContext,
  // Reference data from official sources, the same for every caller and changed only by a new
  // release (seed) or a new edition of the Gemeindeverzeichnis (`pnpm data:gv100ad`): the gateway may keep
  // answers that touch nothing else for five minutes.
  publicCacheMaxAge: 300,
};
