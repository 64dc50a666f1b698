import { keyLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import {
  findMitverwaltendeGemeinden,
  findMunicipalitiesByAgs,
  findMunicipalitiesByArs,
  pageMembers,
} from './db/municipality.ts';

/** One DataLoader per key of the municipalities subgraph; create them per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    municipalityByArs: keyLoader(
      (ars: readonly string[]) => findMunicipalitiesByArs(db, ars),
      (row) => row.ars,
    ),
    municipalityByAgs: keyLoader(
      (ags: readonly string[]) => findMunicipalitiesByAgs(db, ags),
      (row) => row.ags ?? '',
    ),
    /** The mitverwaltende Gemeinde of a Mitverwaltung, by the Mitverwaltung's ARS. */
    mitverwaltendeGemeinde: keyLoader(
      (ars: readonly string[]) => findMitverwaltendeGemeinden(db, ars),
      (row) => row.mitverwaltung,
    ),
    /** The current Gemeinden of a Landkreis or Amt. */
    members: pageLoader(
      (parents: readonly string[], page) => pageMembers(db, parents, page),
      (row) => row.parent,
    ),
    /** The Gemeinden of a Landkreis or Amt, dissolved ones too. */
    membersIncludingDissolved: pageLoader(
      (parents: readonly string[], page) => pageMembers(db, parents, page, true),
      (row) => row.parent,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
