import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { outgoingReferences } from './outgoing-references.ts';
import { schema } from './schema/index.ts';

/** The contracts subgraph: owned by the Kaz procurement & licence management. */
export const contractsSubgraph: SubgraphDefinition<Database, Context> = {
  name: 'contracts',
  schema,
  migrations,
  seed,
  createContext,
  references: outgoingReferences,
};
