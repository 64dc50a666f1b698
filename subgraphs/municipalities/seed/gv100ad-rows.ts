import { type Gv100adEdition, Gv100adError, MITVERWALTUNGEN, toArs } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { MunicipalityKind, MunicipalityTable } from '../src/db/municipality.ts';

/**
 * The form of a Gemeinde of a Landkreis by the body that runs its administration (Kommunalverfassung,
 * Verbandsgemeinde- und Mitverwaltungsgesetz 2018): none (amtsfrei), an Amt (amtsangehörig), a
 * Verbandsgemeinde (Ortsgemeinde) or a Mitverwaltung (mitverwaltet) — except the mitverwaltende
 * Gemeinde (`mitverwaltend`), which runs the Mitverwaltung and administers itself. Also gives the
 * Kommune that `amt_ars` names: the Gemeindeverband, or none when the Gemeinde administers itself.
 */
export function gemeindeForm(
  union: { kind: MunicipalityKind; ars: string } | null,
  mitverwaltend: boolean,
): { kind: MunicipalityKind; amtArs: string | null } {
  if (!union || mitverwaltend) return { kind: 'AMTSFREIE_GEMEINDE', amtArs: null };
  const kind: MunicipalityKind =
    union.kind === 'VERBANDSGEMEINDE'
      ? 'ORTSGEMEINDE'
      : union.kind === 'MITVERWALTUNG'
        ? 'MITVERWALTETE_GEMEINDE'
        : 'AMTSANGEHOERIGE_GEMEINDE';
  return { kind, amtArs: union.ars };
}

/** A row of the municipality table as an edition gives it (without the history columns). */
export type EditionRow = Omit<Insertable<MunicipalityTable>, 'dissolved_on' | 'successor_ars' | 'valid_from'>;

const UNION_KIND_BY_TEXT_KEY: Record<string, MunicipalityKind> = { '51': 'AMT', '53': 'VERBANDSGEMEINDE' };
const UNION_WORD: Partial<Record<MunicipalityKind, string>> = {
  LANDKREIS: 'Landkreis',
  AMT: 'Amt',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
};

/**
 * The reference date of an edition's population and area: 31 December of the year before its
 * Gebietsstand (the 30.11.2023 edition carries the figures of 31.12.2022).
 */
export function figuresDateOf(territorialStatusDate: string): string {
  return `${Number(territorialStatusDate.slice(0, 4)) - 1}-12-31`;
}

/**
 * The rows of all Kommunen of one edition, as the seed writes them from the CSV files: Landkreise
 * (Satzart 40, Textkennzeichen 44), Ämter, Verbandsgemeinden and Mitverwaltungen (Satzart 50, 51 or 53)
 * and Gemeinden (Satzart 60), in that order, so that each row's references come before it. A
 * verbandsfreie Gemeinde (Textkennzeichen 50) and the Kreis record of a kreisfreie Stadt (41) give no
 * row of their own. Population and area of a union are the sums over its Gemeinden. Throws
 * `Gv100adError` (with the record's line) for a Kreis or Gemeindeverband kind Brandenburg does not have.
 */
export function editionRows(edition: Gv100adEdition): EditionRow[] {
  const territorial = edition.territorialStatusDate;
  const figuresDate = figuresDateOf(territorial);
  const kreisKinds = new Map(edition.kreise.map((k) => [k.key, k.textKey]));
  const verbandKinds = new Map<string, MunicipalityKind | null>();
  for (const verband of edition.verbaende) {
    if (verband.textKey === '50') verbandKinds.set(verband.key, null);
    else if (MITVERWALTUNGEN[verband.key] && verband.textKey === '51') verbandKinds.set(verband.key, 'MITVERWALTUNG');
    else {
      const kind = UNION_KIND_BY_TEXT_KEY[verband.textKey];
      if (!kind) {
        throw new Gv100adError(
          verband.line,
          123,
          `Textkennzeichen ${verband.textKey} is not a kind of Gemeindeverband Brandenburg has (50, 51, 53)`,
        );
      }
      verbandKinds.set(verband.key, kind);
    }
  }
  const totals = new Map<string, { population: number; area: number }>();
  const add = (ars: string, population: number, area: number) => {
    const total = totals.get(ars) ?? { population: 0, area: 0 };
    total.population += population;
    total.area += area;
    totals.set(ars, total);
  };
  const gemeindeRows = edition.gemeinden.map((g): EditionRow => {
    const kreisfrei = g.textKey === '61' || kreisKinds.get(g.ags.slice(0, 5)) === '41';
    const unionKind = verbandKinds.get(g.verbandKey) ?? null;
    const unionArs = unionKind ? toArs(g.verbandKey) : null;
    const form = kreisfrei
      ? { kind: 'KREISFREIE_STADT' as const, amtArs: null }
      : gemeindeForm(
          unionKind && unionArs ? { kind: unionKind, ars: unionArs } : null,
          MITVERWALTUNGEN[g.verbandKey] === g.ags,
        );
    const districtArs = kreisfrei ? null : toArs(g.ags.slice(0, 5));
    const area = g.areaHa / 100;
    if (districtArs) add(districtArs, g.population, area);
    // A Mitverwaltung's figures cover its whole area, the mitverwaltende Gemeinde included.
    if (unionArs) add(unionArs, g.population, area);
    return {
      ars: g.ars,
      ags: g.ags,
      name: g.name,
      display_name: g.name,
      kind: form.kind,
      district_ars: districtArs,
      amt_ars: form.amtArs,
      seat: null,
      postal_code: g.postalCode || null,
      population: g.population,
      area_km2: area,
      figures_date: figuresDate,
      territorial_status_date: territorial,
    };
  });
  const union = (key: string, kind: MunicipalityKind, name: string, seat: string): EditionRow => {
    const ars = toArs(key);
    const total = totals.get(ars);
    const word = UNION_WORD[kind];
    return {
      ars,
      ags: null,
      name,
      display_name: word ? `${word} ${name}` : name,
      kind,
      district_ars: kind === 'LANDKREIS' ? null : toArs(key.slice(0, 5)),
      amt_ars: null,
      seat: seat || null,
      postal_code: null,
      population: total?.population ?? null,
      area_km2: total ? Math.round(total.area * 100) / 100 : null,
      figures_date: figuresDate,
      territorial_status_date: territorial,
    };
  };
  const landkreise = edition.kreise
    .filter((k) => k.textKey !== '41')
    .map((k) => {
      if (k.textKey !== '44') {
        throw new Gv100adError(
          k.line,
          123,
          `Textkennzeichen ${k.textKey} is not a kind of Kreis Brandenburg has (41, 44)`,
        );
      }
      return union(k.key, 'LANDKREIS', k.name, k.seat);
    });
  const verbaende = edition.verbaende.flatMap((v) => {
    const kind = verbandKinds.get(v.key);
    return kind ? [union(v.key, kind, v.name, v.seat)] : [];
  });
  return [...landkreise, ...verbaende, ...gemeindeRows];
}
