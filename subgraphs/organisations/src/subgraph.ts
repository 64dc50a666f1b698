import type { SubgraphDefinition } from '@kaz/subgraph-kit';
import { migrations } from '../migrations/index.ts';
import { seed } from '../seed/seed.ts';
import { type Context, createContext } from './context.ts';
import type { Database } from './db/database.ts';
import { outgoingReferences } from './outgoing-references.ts';
import { schema } from './schema/index.ts';

/**
 * The organisations subgraph: owned by ZIT-BB; the partner organisations, their responsibilities
 * over time, the committees with their members and decisions, and DIKOM membership of Kommunen;
 * and the Kaz's Umsetzungskonzept records: the Arbeitsprogramm, standardisation recommendations and
 * the Kommunen's functional contacts by role.
 */
export const organisationsSubgraph: SubgraphDefinition<Database, Context> = {
  name: 'organisations',
  schema,
  migrations,
  seed,
  createContext,
  references: outgoingReferences,
};
