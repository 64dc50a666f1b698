import { readDistrictsAndAemter, readMunicipalities, type SampleRandom, toArs } from '@kaz/reference-data';

/** The kinds of Kommune as the municipalities subgraph names them. */
export type KommuneKind =
  | 'LANDKREIS'
  | 'KREISFREIE_STADT'
  | 'AMT'
  | 'VERBANDSGEMEINDE'
  | 'MITVERWALTUNG'
  | 'AMTSFREIE_GEMEINDE'
  | 'AMTSANGEHOERIGE_GEMEINDE';

/** A real Kommune, as far as the sample data needs it. */
export interface Kommune {
  ars: string;
  kind: KommuneKind;
  /** Name for titles, e.g. "Stadt Potsdam", "Amt Gramzow", "Landkreis Uckermark". */
  label: string;
  /** ARS of its Landkreis; null for a Landkreis and for a kreisfreie Stadt. */
  districtArs: string | null;
}

// "Potsdam, Stadt" reads as "Stadt Potsdam" in a title.
function gemeindeLabel(name: string): string {
  const match = /^(.*), (Stadt)$/.exec(name);
  return match ? `${match[2]} ${match[1]}` : name;
}

/**
 * All 479 Kommunen of Brandenburg from the reference data: 14 Landkreise, 52 Gemeindeverbände
 * (Ämter, the Verbandsgemeinde, the Mitverwaltung) and 413 Gemeinden, in this order and by key.
 */
export function readKommunen(): Kommune[] {
  const unions = readDistrictsAndAemter().map(
    (u): Kommune => ({
      ars: toArs(u.key),
      kind: u.kind.toUpperCase() as KommuneKind,
      label: u.display_name,
      districtArs: u.kind === 'landkreis' ? null : toArs(u.district_ags),
    }),
  );
  const gemeinden = readMunicipalities().map(
    (g): Kommune => ({
      ars: g.ars,
      kind: g.kind.toUpperCase() as KommuneKind,
      label: gemeindeLabel(g.name),
      districtArs: g.kind === 'kreisfreie_stadt' ? null : toArs(g.district_ags),
    }),
  );
  return [
    ...unions.filter((k) => k.kind === 'LANDKREIS'),
    ...unions.filter((k) => k.kind !== 'LANDKREIS'),
    ...gemeinden,
  ];
}

/** Picks one item with a probability proportional to its weight (all weights ≥ 0, one > 0). */
export function weightedPick<T>(rng: SampleRandom, items: readonly T[], weightOf: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let remaining = rng.next() * total;
  for (const item of items) {
    remaining -= weightOf(item);
    if (remaining < 0) return item;
  }
  const last = items.at(-1);
  if (last === undefined) throw new Error('weightedPick() needs a non-empty list');
  return last;
}

/** Picks a key of a weight table, e.g. `{ LOW: 30, HIGH: 10 }`. */
export function pickWeighted<K extends string>(rng: SampleRandom, weights: Partial<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  return weightedPick(rng, entries, ([, weight]) => weight)[0];
}
