import { type RequestContext, requestContextFactory } from '@kaz/subgraph-kit';
import type { Database } from './db/database.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the municipalities subgraph gets: the kit's request context with this subgraph's loaders. */
export type Context = RequestContext<Database, Loaders>;

/** A fresh context with fresh loaders, so that nothing is cached across requests or principals. */
export const createContext = requestContextFactory<Database, Loaders>(createLoaders);
