import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';

/** A Landkreis or kreisfreie Stadt that a sample project is based in. */
export interface HomePlace {
  /** ARS of the Landkreis or kreisfreie Stadt. */
  ars: string;
  /** Where, as a title says it: "im Landkreis Barnim", "in Cottbus/Chóśebuz". */
  where: string;
  /** ARS of the Gemeinden of a Landkreis; empty for a kreisfreie Stadt. */
  gemeinden: string[];
}

/** The Kommunen sample data may refer to: all Landkreise and Gemeinden of the reference data. */
export interface Places {
  /** The 14 Landkreise and 4 kreisfreie Städte, Landkreise first, each in ARS order. */
  homes: HomePlace[];
  /** ARS of every Landkreis and Gemeinde (427 Kommunen), sorted. */
  all: string[];
}

/** Reads the Landkreise and Gemeinden from the reference data. */
export function readPlaces(): Places {
  const gemeinden = readMunicipalities();
  const byDistrict = new Map<string, string[]>();
  for (const gemeinde of gemeinden) {
    if (gemeinde.kind === 'kreisfreie_stadt') continue;
    const district = toArs(gemeinde.district_ags);
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), gemeinde.ars]);
  }
  const landkreise: HomePlace[] = readDistrictsAndAemter()
    .filter((record) => record.kind === 'landkreis')
    .map((record) => {
      const ars = toArs(record.key);
      return { ars, where: `im Landkreis ${record.name}`, gemeinden: byDistrict.get(ars) ?? [] };
    });
  const cities: HomePlace[] = gemeinden
    .filter((gemeinde) => gemeinde.kind === 'kreisfreie_stadt')
    .map((gemeinde) => ({ ars: gemeinde.ars, where: `in ${gemeinde.name.replace(/, Stadt$/, '')}`, gemeinden: [] }));
  const homes = [...landkreise, ...cities];
  const all = [...landkreise.map((home) => home.ars), ...gemeinden.map((gemeinde) => gemeinde.ars)].sort();
  return { homes, all };
}
