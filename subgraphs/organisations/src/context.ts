import { type Clock, type Principal, systemClock } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export type { Principal };

/** What every resolver of the organisations subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  loaders: Loaders;
  /** The verified principal; null for anonymous requests and for tokens that failed verification. */
  principal: Principal | null;
  /** Where the domain rules take "now" and today's date from (the server's clock; fixed in tests). */
  clock: Clock;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests. */
export function createContext(db: Kysely<Database>, principal: Principal | null, clock: Clock = systemClock): Context {
  return { db, loaders: createLoaders(db), principal, clock };
}
