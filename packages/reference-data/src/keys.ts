import { readDistrictsAndAemter, readMunicipalities, toArs } from './municipalities.ts';
import { readOrganisations } from './organisations.ts';

/** The shape of an ARS (Amtlicher Regionalschlüssel): 12 digits, e.g. `120540000000`. */
export const ARS_PATTERN = /^\d{12}$/;

/** The shape of an AGS (Amtlicher Gemeindeschlüssel): 8 digits, e.g. `12054000`. */
export const AGS_PATTERN = /^\d{8}$/;

/**
 * The shape of an organisation key (`kaz`, `mdjd`, `lda`): a lower-case letter, then 1 to 31 lower-case
 * letters, digits or underscores. Tokens' `org` claims and every subgraph's organisation keys share it.
 */
export const ORGANISATION_KEY_PATTERN = /^[a-z][a-z0-9_]{1,31}$/;

let kommunen: ReadonlySet<string> | undefined;
let organisations: ReadonlySet<string> | undefined;
let ministries: ReadonlySet<string> | undefined;

/**
 * The ARS of every Kommune: the 413 Gemeinden (with the kreisfreie Städte), the 14 Landkreise, the
 * Ämter, the Verbandsgemeinde and the Mitverwaltung — the keys of the municipalities subgraph's
 * `Municipality`. Read from the files once per process.
 */
export function kommuneArsSet(): ReadonlySet<string> {
  kommunen ??= new Set([
    ...readMunicipalities().map((gemeinde) => gemeinde.ars),
    ...readDistrictsAndAemter().map((union) => toArs(union.key)),
  ]);
  return kommunen;
}

/** The keys of the partner organisations (e.g. `kaz`, `mdjd`, `lda`). Read once per process. */
export function organisationKeySet(): ReadonlySet<string> {
  organisations ??= new Set(readOrganisations().map((organisation) => organisation.key));
  return organisations;
}

/** The keys of the Land's ministries (Ressorts). Read once per process. */
export function ministryKeySet(): ReadonlySet<string> {
  ministries ??= new Set(
    readOrganisations()
      .filter((o) => o.kind === 'ministry')
      .map((o) => o.key),
  );
  return ministries;
}
