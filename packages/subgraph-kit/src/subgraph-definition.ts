import type { BaseContext } from '@apollo/server';
import type { Principal } from '@kaz/auth';
import type { GraphQLSchema } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import type { Clock } from './clock.ts';

/** Everything that makes one subgraph: its schema, its migrations, its seed and its context. */
export interface SubgraphDefinition<DB, Context extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  migrations: Record<string, Migration>;
  /**
   * Loads the reference data, and the sample data unless `options.sampleData` is false; must be
   * idempotent (a second run changes nothing).
   */
  seed: (db: Kysely<DB>, options?: SeedOptions) => Promise<void>;
  /**
   * A fresh context for every request. `principal` is who the verified bearer token names, or null
   * for anonymous requests and for tokens that fail verification (they get public data only).
   * `clock` is the server's clock (`SubgraphConfig.clock`): every "today" and "now" of a domain rule
   * comes from it.
   */
  createContext: (db: Kysely<DB>, principal: Principal | null, clock: Clock) => Context | Promise<Context>;
  /**
   * Set only when every answer of this subgraph is public reference data, the same for every caller
   * whatever their token: its responses are then marked `Cache-Control: public, max-age=<this many
   * seconds>`, and the gateway may cache operations that touch nothing else. Unset: never cached.
   */
  publicCacheMaxAge?: number | undefined;
}

/** What a seed run loads. */
export interface SeedOptions {
  /** Load the sample data besides the reference data (default true; off in production mode). */
  sampleData?: boolean | undefined;
}
