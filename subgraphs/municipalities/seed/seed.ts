import { MITVERWALTUNGEN, readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';
import { chunksOf } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { newestEditionDate } from '../src/db/edition.ts';
import type { MunicipalityKind } from '../src/db/municipality.ts';
import { applyEdition } from './apply-edition.ts';
import { type EditionRow, gemeindeForm } from './gv100ad-rows.ts';

const UNION_KINDS: Record<string, MunicipalityKind> = {
  landkreis: 'LANDKREIS',
  amt: 'AMT',
  verbandsgemeinde: 'VERBANDSGEMEINDE',
  mitverwaltung: 'MITVERWALTUNG',
};

/**
 * Builds the rows of all Brandenburg Kommunen from the reference files: 14 Landkreise, 52
 * Gemeindeverbände (50 Ämter, the Verbandsgemeinde, the Mitverwaltung) and 413 Gemeinden. Population
 * and area of a Landkreis or Gemeindeverband are the sums over its Gemeinden.
 */
export function municipalityRows(): EditionRow[] {
  const gemeinden = readMunicipalities();
  const figuresDate = gemeinden[0]?.reference_date ?? null;
  const territorialDate = gemeinden[0]?.territorial_status_date ?? '2023-11-30';
  const totals = new Map<string, { population: number; area: number }>();
  const add = (ars: string, population: number, area: number) => {
    const total = totals.get(ars) ?? { population: 0, area: 0 };
    total.population += population;
    total.area += area;
    totals.set(ars, total);
  };
  const gemeindeRows = gemeinden.map((g): EditionRow => {
    const population = Number(g.population);
    const area = Number(g.area_km2);
    const districtArs = g.kind === 'kreisfreie_stadt' ? null : toArs(g.district_ags);
    const unionArs = g.amt_ars ? toArs(g.amt_ars) : null;
    const unionKind = g.amt_kind ? UNION_KINDS[g.amt_kind] : undefined;
    // The CSV keeps Destatis's two Gemeinde kinds and names the Gemeindeverband's kind in `amt_kind`.
    const form =
      g.kind === 'kreisfreie_stadt'
        ? { kind: 'KREISFREIE_STADT' as const, amtArs: null }
        : gemeindeForm(
            unionArs && unionKind ? { kind: unionKind, ars: unionArs } : null,
            MITVERWALTUNGEN[g.amt_ars] === g.ags,
          );
    if (districtArs) add(districtArs, population, area);
    // A Mitverwaltung's figures cover its whole area, the mitverwaltende Gemeinde included.
    if (unionArs) add(unionArs, population, area);
    return {
      ars: g.ars,
      ags: g.ags,
      name: g.name,
      display_name: g.name,
      kind: form.kind,
      district_ars: districtArs,
      amt_ars: form.amtArs,
      seat: null,
      postal_code: g.postal_code || null,
      population,
      area_km2: area,
      figures_date: g.reference_date,
      territorial_status_date: g.territorial_status_date,
    };
  });
  const unionRows = readDistrictsAndAemter().map((u): EditionRow => {
    const kind = UNION_KINDS[u.kind];
    if (!kind) throw new Error(`unknown kind "${u.kind}" for ${u.key} in brandenburg-districts-and-amter.csv`);
    const ars = toArs(u.key);
    const total = totals.get(ars);
    return {
      ars,
      ags: null,
      name: u.name,
      display_name: u.display_name,
      kind,
      district_ars: kind === 'LANDKREIS' ? null : toArs(u.district_ags),
      amt_ars: null,
      seat: u.seat || null,
      postal_code: null,
      population: total?.population ?? null,
      area_km2: total ? Math.round(total.area * 100) / 100 : null,
      figures_date: figuresDate,
      territorial_status_date: territorialDate,
    };
  });
  // Landkreise first, then the Gemeindeverbände, then the Gemeinden: each row's references exist
  // before it is written.
  return [
    ...unionRows.filter((row) => row.kind === 'LANDKREIS'),
    ...unionRows.filter((row) => row.kind !== 'LANDKREIS'),
    ...gemeindeRows,
  ];
}

/**
 * Writes the reference data (there is no sample data here, so the seed options change nothing) as an
 * edition of the Gemeindeverzeichnis (`applyEdition`): on an empty database all Kommunen, afterwards
 * only what differs from the shipped files. Once a newer edition has been loaded (`pnpm data:gv100ad`),
 * the seed only inserts keys that are missing and never goes back behind it: no dissolved Kommune comes
 * back and no name reverts. A second run changes nothing.
 */
export async function seed(db: Kysely<Database>): Promise<void> {
  const rows = municipalityRows();
  const shipped = rows[0]?.territorial_status_date ?? '2023-11-30';
  const newest = await newestEditionDate(db);
  if (newest === null || newest <= shipped) {
    await applyEdition(db, { territorialStatusDate: shipped, rows, source: 'seed' });
    return;
  }
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunksOf(rows)) {
      await trx
        .insertInto('municipality')
        .values(chunk)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
}
