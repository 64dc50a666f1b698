import { listLoader, type PageKey, type PageOf, pageLoader } from '@kaz/subgraph-kit';
import type DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import {
  countObligations,
  countRolloutsOfOzgServices,
  type ObligationRow,
  type OzgRolloutStatus,
  pageObligations,
  pageOzgServicesLedBy,
  pageRolloutsOfMunicipalities,
  pageRolloutsOfOzgServices,
} from './db/ozg-rollout.ts';

type RolloutPageRow = Awaited<ReturnType<typeof pageRolloutsOfMunicipalities>>[number];

/**
 * The DataLoaders of the OZG rollout, one entry `ozgRollout` of `createLoaders` (fresh per request)
 * with one `clearAll` for all of them, as `runMutation` expects of every entry. Loaders that take
 * a filter (a status, "only open") are one per filter value, made on first use, so that all parents
 * asking with the same filter share one statement.
 */
export function createOzgRolloutLoaders(db: Kysely<Database>) {
  const byStatus = new Map<string, DataLoader<PageKey<string>, PageOf<RolloutPageRow>, string>>();
  const byOpen = new Map<boolean, DataLoader<PageKey<string>, PageOf<ObligationRow>, string>>();
  const fixed = {
    obligationCountsOf: listLoader(
      (ars: readonly string[]) => countObligations(db, ars),
      (row) => row.ars,
    ),
    rolloutsOfOzgService: pageLoader(
      (ids: readonly string[], page) => pageRolloutsOfOzgServices(db, ids, page),
      (row) => row.parent,
    ),
    rolloutCountsOfOzgService: listLoader(
      (ids: readonly string[]) => countRolloutsOfOzgServices(db, ids),
      (row) => row.ozg_service_id,
    ),
    ozgServicesLedBy: pageLoader(
      (ids: readonly string[], page) => pageOzgServicesLedBy(db, ids, page),
      (row) => row.parent,
    ),
  };
  return {
    ...fixed,
    /** One page of a Kommune's rollout records (by ARS), only of `status` when given. */
    rolloutsOfMunicipality: (status: OzgRolloutStatus | null) => {
      const key = status ?? '';
      let loader = byStatus.get(key);
      if (!loader) {
        loader = pageLoader(
          (ars: readonly string[], page) => pageRolloutsOfMunicipalities(db, ars, status, page),
          (row) => row.parent,
        );
        byStatus.set(key, loader);
      }
      return loader;
    },
    /** One page of the obligations of a delivering Kommune (by ARS), only the open ones with `onlyOpen`. */
    obligationsOf: (onlyOpen: boolean) => {
      let loader = byOpen.get(onlyOpen);
      if (!loader) {
        loader = pageLoader(
          (ars: readonly string[], page) => pageObligations(db, ars, onlyOpen, page),
          (row) => row.parent,
        );
        byOpen.set(onlyOpen, loader);
      }
      return loader;
    },
    /** Clears every loader, also the per-filter ones (runMutation clears the loaders after a write). */
    clearAll() {
      for (const loader of Object.values(fixed)) loader.clearAll();
      for (const loader of byStatus.values()) loader.clearAll();
      for (const loader of byOpen.values()) loader.clearAll();
    },
  };
}
