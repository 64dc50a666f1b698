import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the organisations subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  loaders: Loaders;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests. */
export function createContext(db: Kysely<Database>): Context {
  return { db, loaders: createLoaders(db) };
}
