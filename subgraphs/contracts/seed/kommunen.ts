import { readDistrictsAndAemter, readMunicipalities, toArs } from '@kaz/reference-data';

/** A real Kommune as the sample data needs it: key, kind, names for display and for host names. */
export interface SampleKommune {
  ars: string;
  kind:
    | 'landkreis'
    | 'kreisfreie_stadt'
    | 'amt'
    | 'verbandsgemeinde'
    | 'amtsfreie_gemeinde'
    | 'amtsangehoerige_gemeinde';
  /** e.g. "Landkreis Uckermark", "Stadt Beeskow", "Gemeinde Gramzow". */
  displayName: string;
  /** Host-name part made from the name, e.g. "uckermark", "beeskow", "frankfurt-oder". */
  slug: string;
  /** Slug of the Landkreis (empty for a kreisfreie Stadt), to tell apart Kommunen of the same name. */
  districtSlug: string;
}

/**
 * Lower-case ASCII host-name part of a name: umlauts spelled out, other accents dropped, words
 * joined by "-". Of a name with "/" (e.g. the bilingual "Cottbus/Chóśebuz") only the first part counts.
 */
export function slugOf(name: string): string {
  return (name.replace(/, Stadt$/, '').split('/')[0] ?? name)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function gemeindeDisplayName(name: string): string {
  return name.endsWith(', Stadt') ? `Stadt ${name.slice(0, -', Stadt'.length)}` : `Gemeinde ${name}`;
}

/**
 * Every Kommune of the reference data that the sample data may refer to: the 14 Landkreise, the 50
 * Ämter, the Verbandsgemeinde and the 413 Gemeinden, in ARS order. (The Mitverwaltung Schwedt/Oder
 * is left out: its administering Stadt is in the list as a Gemeinde.)
 */
export function sampleKommunen(): SampleKommune[] {
  const unions = readDistrictsAndAemter();
  const districtSlugs = new Map(
    unions.filter((u) => u.kind === 'landkreis').map((u) => [u.key, slugOf(u.name)] as const),
  );
  const result: SampleKommune[] = [];
  for (const u of unions) {
    if (u.kind === 'mitverwaltung') continue;
    result.push({
      ars: toArs(u.key),
      kind: u.kind,
      displayName: u.display_name,
      slug: slugOf(u.name),
      districtSlug: districtSlugs.get(u.district_ags) ?? '',
    });
  }
  for (const g of readMunicipalities()) {
    result.push({
      ars: g.ars,
      kind: g.kind,
      displayName: gemeindeDisplayName(g.name),
      slug: slugOf(g.name),
      districtSlug: districtSlugs.get(g.district_ags) ?? '',
    });
  }
  return result.sort((a, b) => a.ars.localeCompare(b.ars));
}

/**
 * The Kommunen with an administration of their own (Verwaltungen), which are the ones that procure,
 * hold contracts and run IT: Landkreise, kreisfreie Städte, Ämter, the Verbandsgemeinde and the
 * amtsfreie Gemeinden. Amtsangehörige Gemeinden are administered by their Amt.
 */
export function administrations(kommunen: readonly SampleKommune[]): SampleKommune[] {
  return kommunen.filter((k) => k.kind !== 'amtsangehoerige_gemeinde');
}
