import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import { ANONYMOUS_VISIBLE_TLP, type Tlp } from './db/visibility.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the security subgraph gets; made fresh for each request. */
export interface Context {
  db: Kysely<Database>;
  /** The TLP levels this request may see; every incident query, count and reference applies it. */
  visibleTlp: readonly Tlp[];
  loaders: Loaders;
}

/** What decides the visibility of a request. */
export interface Visibility {
  visibleTlp?: readonly Tlp[] | undefined;
}

/**
 * A fresh context with fresh loaders, so that nothing is cached across requests. Without a
 * `visibleTlp` the request is anonymous and sees TLP:CLEAR only.
 */
export function createContext(db: Kysely<Database>, visibility: Visibility = {}): Context {
  const visibleTlp = visibility.visibleTlp ?? ANONYMOUS_VISIBLE_TLP;
  return { db, visibleTlp, loaders: createLoaders(db, visibleTlp) };
}
