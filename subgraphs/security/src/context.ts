import type { Principal } from '@kaz/auth';
import {
  type Clock,
  type References,
  type RequestContext,
  systemClock,
  unconfiguredReferences,
} from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { incidentVisibility } from './access.ts';
import type { Database } from './db/database.ts';
import type { IncidentVisibility } from './db/visibility.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of the security subgraph gets: the kit's request context, and the incident visibility. */
export interface Context extends RequestContext<Database, Loaders> {
  /** Which incidents the principal may see; every incident query, count and reference applies it. */
  visibility: IncidentVisibility;
}

/**
 * A fresh context with fresh loaders, so that nothing is cached across requests (or principals).
 * Without a principal the request is anonymous and sees TLP:CLEAR incidents only.
 */
export function createContext(
  db: Kysely<Database>,
  principal: Principal | null = null,
  clock: Clock = systemClock,
  references: References = unconfiguredReferences,
): Context {
  const visibility = incidentVisibility(principal);
  return { db, principal, visibility, loaders: createLoaders(db, visibility), clock, references };
}
