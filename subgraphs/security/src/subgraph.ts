import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { outgoingReferences } from './outgoing-references.ts';
import { schema } from './schema/index.ts';

/**
 * The security subgraph: owned by CERT-Brandenburg (at ZIT-BB); security incidents,
 * IT-Sicherheitskonzepte and the Kommunen's CERT network membership.
 */
export const securitySubgraph: SubgraphDefinition<Database, Context> = {
  name: 'security',
  schema,
  migrations,
  seed,
  createContext,
  references: outgoingReferences,
};
