import { type Clock, systemClock } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Principal } from './access.ts';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the contracts subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  /** Who makes the request; null for anonymous requests and for tokens that failed verification. */
  principal: Principal | null;
  loaders: Loaders;
  /** Where the domain rules take "now" and today's date from (the server's clock; fixed in tests). */
  clock: Clock;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests or principals. */
export function createContext(db: Kysely<Database>, principal: Principal | null, clock: Clock = systemClock): Context {
  return { db, principal, loaders: createLoaders(db, principal), clock };
}
