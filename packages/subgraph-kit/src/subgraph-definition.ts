import type { BaseContext } from '@apollo/server';
import type { Principal } from '@kaz/auth';
import type { GraphQLSchema } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import type { Clock } from './clock.ts';
import type { References } from './references.ts';

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
   * comes from it. `references` checks references to other partners' records with the request's token.
   */
  createContext: (
    db: Kysely<DB>,
    principal: Principal | null,
    clock: Clock,
    references: References,
  ) => Context | Promise<Context>;
  /**
   * The references this subgraph's records hold to other partners' records, for the reference audit
   * (`pnpm references:check`). Default none.
   */
  references?: readonly OutgoingReference[] | undefined;
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

/**
 * A reference from this subgraph's records to another partner's entity, as the reference audit reads
 * it: `query` lists a page of records on this subgraph (variables `$first: Int!` and `$after: String`)
 * with the root field aliased `page` (a connection with `pageInfo { hasNextPage endCursor }`) and each
 * node as `{ key, ref }`: `key` the record's key, `ref` the referenced entity's key as `{ key }`, a list
 * of them, or null for none. Records that have no root list of their own but hang under one (a
 * licence's allocations, a project's result transfers) are listed through it: the node is then
 * `{ records }`, a list of such `{ key, ref }` records (e.g. `nodes { records: allocations { key: id
 * ref: municipality { key: ars } } }`).
 */
export interface OutgoingReference {
  /** The referencing record's type, e.g. `WorkOrder`. */
  recordType: string;
  /** The field that holds the reference, e.g. `decisionId`. */
  field: string;
  /** The referenced entity: owner subgraph, type and key field. */
  target: { owner: string; typename: string; keyField?: string | undefined };
  /**
   * When a resolving target is still dangling: its field `field` is non-null, or equals `equals` when
   * that is given; `reason` names it in the report (e.g. `withdrawn`, `dissolved`). Checked only when the
   * owner's schema has the field.
   */
  stale?: { field: string; equals?: string | undefined; reason: string } | undefined;
  /** The page query on this subgraph (see above). */
  query: string;
}
