// Builds GV100AD editions for tests: the shipped reference data as GV100AD records, and next editions
// made from it by the changes Destatis would publish (mergers, renames, changes of Amt).
import {
  formatGv100ad,
  type Gv100adEdition,
  type Gv100adGemeinde,
  readDistrictsAndAemter,
  readMunicipalities,
} from '@kaz/reference-data';

const GEMEINDE_TEXT_KEYS: Record<string, string> = { kreisfreie_stadt: '61', stadt: '63', gemeinde: '64' };

/** The shipped edition (Gebietsstand 30.11.2023) rebuilt from the reference CSV files, as GV100AD records hold it. */
export function shippedEdition(): Gv100adEdition {
  const gemeinden = readMunicipalities();
  const unions = readDistrictsAndAemter();
  const kreise = unions
    .filter((u) => u.kind === 'landkreis')
    .map((u) => ({ key: u.key, name: u.name, seat: u.seat, textKey: '44', line: 0 }));
  const verbaende = unions
    .filter((u) => u.kind !== 'landkreis')
    .map((u) => ({
      key: u.key,
      name: u.name,
      seat: u.seat,
      textKey: u.kind === 'verbandsgemeinde' ? '53' : '51',
      line: 0,
    }));
  for (const g of gemeinden) {
    const verbandKey = g.ars.slice(0, 9);
    if (g.kind === 'kreisfreie_stadt') {
      kreise.push({
        key: g.district_ags,
        name: g.district_name,
        seat: g.district_name.replace(/, Stadt$/, ''),
        textKey: '41',
        line: 0,
      });
    }
    if (!g.amt_ars) verbaende.push({ key: verbandKey, name: g.name, seat: '', textKey: '50', line: 0 });
  }
  return {
    territorialStatusDate: gemeinden[0]?.territorial_status_date ?? '2023-11-30',
    land: { key: '12', name: 'Brandenburg', seat: 'Potsdam' },
    kreise,
    verbaende,
    gemeinden: gemeinden.map(
      (g): Gv100adGemeinde => ({
        ags: g.ags,
        ars: g.ars,
        verbandKey: g.ars.slice(0, 9),
        name: g.name,
        textKey: GEMEINDE_TEXT_KEYS[g.municipality_type] ?? '64',
        areaHa: Math.round(Number(g.area_km2) * 100),
        population: Number(g.population),
        postalCode: g.postal_code,
        postalCodeMultiple: g.postal_code_multiple === 'true',
        line: 0,
      }),
    ),
  };
}

/** A copy of `edition` on another Gebietsstand. */
export function nextEdition(edition: Gv100adEdition, territorialStatusDate: string): Gv100adEdition {
  return structuredClone({ ...edition, territorialStatusDate });
}

function gemeinde(edition: Gv100adEdition, ags: string): Gv100adGemeinde {
  const found = edition.gemeinden.find((g) => g.ags === ags);
  if (!found) throw new Error(`no Gemeinde ${ags} in the edition`);
  return found;
}

/** Eingemeindung: `ags` is dissolved into `intoAgs`, which takes its inhabitants and area. */
export function mergeInto(edition: Gv100adEdition, ags: string, intoAgs: string): void {
  const gone = gemeinde(edition, ags);
  const into = gemeinde(edition, intoAgs);
  into.population += gone.population;
  into.areaHa += gone.areaHa;
  edition.gemeinden = edition.gemeinden.filter((g) => g !== gone);
}

/** Zusammenschluss: the Gemeinden `agsList` form a new Gemeinde with a new key in the first one's Amt. */
export function mergeIntoNew(
  edition: Gv100adEdition,
  agsList: string[],
  newAgs: string,
  name: string,
): Gv100adGemeinde {
  const parts = agsList.map((ags) => gemeinde(edition, ags));
  const first = parts[0] as Gv100adGemeinde;
  const merged: Gv100adGemeinde = {
    ...first,
    ags: newAgs,
    ars: first.verbandKey + newAgs.slice(5),
    name,
    population: parts.reduce((sum, g) => sum + g.population, 0),
    areaHa: parts.reduce((sum, g) => sum + g.areaHa, 0),
  };
  edition.gemeinden = [...edition.gemeinden.filter((g) => !parts.includes(g)), merged];
  return merged;
}

/** Umbenennung: the Gemeinde `ags` gets a new name. */
export function rename(edition: Gv100adEdition, ags: string, name: string): void {
  gemeinde(edition, ags).name = name;
}

/** Wechsel des Amtes: the Gemeinde `ags` joins the Gemeindeverband `verbandKey` (9 digits); its ARS changes. */
export function moveToVerband(edition: Gv100adEdition, ags: string, verbandKey: string): void {
  const moving = gemeinde(edition, ags);
  moving.verbandKey = verbandKey;
  moving.ars = verbandKey + ags.slice(5);
}

/** The edition as the bytes of a GV100AD file. */
export function gv100adFile(edition: Gv100adEdition): Uint8Array {
  return new TextEncoder().encode(formatGv100ad(edition));
}
