import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';

/** What this subgraph knows of a Kommune from the reference data: its kind and who runs its administration. */
export interface KommuneOfRecord {
  ars: string;
  name: string;
  kind:
    | 'kreisfreie_stadt'
    | 'amtsfreie_gemeinde'
    | 'amtsangehoerige_gemeinde'
    | 'landkreis'
    | 'amt'
    | 'verbandsgemeinde'
    | 'mitverwaltung';
  /**
   * ARS of the Kommune whose administration delivers the Kommune's OZG-Leistungen: the Amt (or the
   * Verbandsgemeinde, or the mitverwaltende Gemeinde's Mitverwaltung) for a Gemeinde that belongs to
   * one, the Kommune itself otherwise.
   */
  deliveredBy: string;
}

let kommunen: ReadonlyMap<string, KommuneOfRecord> | undefined;

/**
 * Every Kommune of the reference data (`@kaz/reference-data`: Gemeinden, Ämter, the Verbandsgemeinde,
 * the Mitverwaltung, Landkreise) by ARS; read once per process. Undefined for an unknown ARS.
 */
export function kommuneOf(ars: string): KommuneOfRecord | undefined {
  kommunen ??= new Map([
    ...readMunicipalities().map((g): [string, KommuneOfRecord] => [
      g.ars,
      { ars: g.ars, name: g.name, kind: g.kind, deliveredBy: deliveredBy(g) },
    ]),
    ...readDistrictsAndAemter().map((u): [string, KommuneOfRecord] => {
      const ars = toArs(u.key);
      return [ars, { ars, name: u.display_name || u.name, kind: u.kind, deliveredBy: ars }];
    }),
  ]);
  return kommunen.get(ars);
}

/**
 * A Gemeinde's own administration delivers unless it belongs to an Amt, the Verbandsgemeinde or the
 * Mitverwaltung: an amtsfreie Gemeinde always delivers itself (Schwedt/Oder carries the ARS of the
 * Mitverwaltung it runs for Pinnow, yet delivers its own Leistungen).
 */
function deliveredBy(g: { ars: string; kind: string; amt_ars: string }): string {
  return g.kind === 'amtsangehoerige_gemeinde' && g.amt_ars ? toArs(g.amt_ars) : g.ars;
}

/** The Landkreis (or kreisfreie Stadt) of an ARS: its first five digits, as a 12-digit ARS. */
export function districtArsOf(ars: string): string {
  return toArs(ars.slice(0, 5));
}
