import type { requireScope } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/**
 * Who makes a request (the verified token's subject, organisation and scopes). Taken from the kit's
 * signature rather than imported from @kaz/auth, which is not a dependency of this package.
 */
export type Principal = NonNullable<Parameters<typeof requireScope>[0]>;

/** What every resolver of the organisations subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  loaders: Loaders;
  /** The verified principal; null for anonymous requests and for tokens that failed verification. */
  principal: Principal | null;
}

/** A fresh context with fresh loaders, so that nothing is cached across requests. */
export function createContext(db: Kysely<Database>, principal: Principal | null): Context {
  return { db, loaders: createLoaders(db), principal };
}
