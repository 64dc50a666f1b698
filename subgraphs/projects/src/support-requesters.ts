import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';

let requesters: ReadonlySet<string> | undefined;

/**
 * The ARS of the Kommunen that may ask the Kaz for support today: "zunächst" (first) the 14
 * Landkreise and the 4 kreisfreie Städte (Umsetzungskonzept Kaz, §2.1), from the reference data.
 * Read once, then cached: the reference data does not change while the process runs.
 */
export function supportRequesterArsSet(): ReadonlySet<string> {
  requesters ??= new Set([
    ...readDistrictsAndAemter()
      .filter((record) => record.kind === 'landkreis')
      .map((record) => toArs(record.key)),
    ...readMunicipalities()
      .filter((gemeinde) => gemeinde.kind === 'kreisfreie_stadt')
      .map((gemeinde) => gemeinde.ars),
  ]);
  return requesters;
}
