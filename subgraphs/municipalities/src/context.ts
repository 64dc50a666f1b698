import { type Clock, systemClock } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the municipalities subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  loaders: Loaders;
  /** Where the domain rules take "now" and today's date from (the server's clock; fixed in tests). */
  clock: Clock;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests. */
export function createContext(db: Kysely<Database>, clock: Clock = systemClock): Context {
  return { db, loaders: createLoaders(db), clock };
}
