import { type Clock, systemClock } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Principal } from './access.ts';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the projects subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  /** Who makes the request; null when anonymous (or when the token failed verification). */
  principal: Principal | null;
  /** Cleared after each committed mutation (runMutation), so that later fields never see cached old rows. */
  loaders: Loaders;
  /** Where the domain rules take "now" and today's date from (the server's clock; fixed in tests). */
  clock: Clock;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests. */
export function createContext(db: Kysely<Database>, principal: Principal | null, clock: Clock = systemClock): Context {
  return { db, principal, loaders: createLoaders(db), clock };
}
