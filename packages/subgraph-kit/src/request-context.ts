import type { Principal } from '@kaz/auth';
import type { Kysely } from 'kysely';
import { type Clock, systemClock } from './clock.ts';
import { type References, unconfiguredReferences } from './references.ts';

/**
 * What every resolver of a subgraph gets, made fresh for each request. A subgraph's `Context` is this
 * with its own database and loaders, plus what only that subgraph needs (e.g. security's incident
 * visibility).
 */
export interface RequestContext<DB, Loaders> {
  /** The subgraph's database. */
  db: Kysely<DB>;
  /** Who makes the request (verified token); null when anonymous or when the token failed verification. */
  principal: Principal | null;
  /**
   * Every DataLoader of the subgraph, made for this request only, so that nothing is cached across
   * requests or principals; cleared after each committed mutation (`runMutation`), so that later
   * fields never see cached old rows.
   */
  loaders: Loaders;
  /** Where the domain rules take "now" and today's date from (the server's clock; fixed in tests). */
  clock: Clock;
  /**
   * Checks of references to other partners' records against their owner subgraphs, made with this
   * request's bearer token (`referenceChecker`).
   */
  references: References;
}

/**
 * The `createContext` of a subgraph whose context is the request context alone: each call makes
 * fresh loaders with `createLoaders` (given the principal, for loaders that answer per principal).
 * Without a principal the request is anonymous; without a clock it is `systemClock`; without
 * `references` every owner subgraph is unconfigured (a reference check answers REFERENCE_OWNER_UNREACHABLE).
 */
export function requestContextFactory<DB, Loaders>(
  createLoaders: (db: Kysely<DB>, principal: Principal | null) => Loaders,
): (
  db: Kysely<DB>,
  principal?: Principal | null,
  clock?: Clock,
  references?: References,
) => RequestContext<DB, Loaders> {
  return (db, principal = null, clock = systemClock, references = unconfiguredReferences) => ({
    db,
    principal,
    loaders: createLoaders(db, principal),
    clock,
    references,
  });
}
