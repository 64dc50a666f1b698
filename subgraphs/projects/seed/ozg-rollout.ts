import { readDistrictsAndAemter, readMunicipalities, SampleRandom, toArs } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { Land, OzgRolloutStatus, OzgRolloutTable } from '../src/db/ozg-rollout.ts';

// SAMPLE DATA. The OZG-Umsetzungskatalog of 2019 (`/work/shared/data/ozg-services.csv`, see its
// SOURCES.md) names neither the Federführung of a Leistung in Brandenburg nor its rollout per
// Kommune; the official source would be the Dashboard Digitale Verwaltung (Open-PVOG API), of which
// no copy is at hand. So both are made up here and marked: every rollout row is_sample, every
// ministry assignment lead_ministry_is_sample.

/**
 * SAMPLE Federführung: the Brandenburg ministry (key of `brandenburg-organisations.csv`) whose
 * portfolio fits a Themenfeld, for every OZG-Leistung of that Themenfeld.
 */
export const SAMPLE_LEAD_MINISTRY_BY_THEMENFELD: Readonly<Record<string, string>> = {
  'Arbeit & Ruhestand': 'mgs',
  'Bauen & Wohnen': 'mil',
  Bildung: 'mbjs',
  'Ein- & Auswanderung': 'mik',
  'Engagement & Hobby': 'mik',
  'Familie & Kind': 'mbjs',
  'Forschung & Förderung': 'mwfk',
  Gesundheit: 'mgs',
  'Mobilität & Reisen': 'mil',
  Querschnitt: 'mdjd',
  'Recht & Ordnung': 'mdjd',
  'Steuern & Zoll': 'mdfe',
  Umwelt: 'mleuv',
  'Unternehmensführung & -entwicklung': 'mwaek',
};

/** A sample Leistung and the Land that built its "Einer für Alle" service, where the sample names one. */
type SampleLeistung = readonly [ozgId: string, efa: Land | null];

// Leistungen of the Kreis level: delivered by the Landkreise and the kreisfreie Städte.
const KREIS_LEISTUNGEN: readonly SampleLeistung[] = [
  ['10092', 'SH'], // Wohngeld
  ['10519', 'MV'], // Bauvorbescheid und Baugenehmigung
  ['10439', null], // Kraftfahrzeugzulassung, -um- und Abmeldung
  ['10169', null], // Führerschein
  ['10035', null], // Unterhaltsvorschuss
  ['10173', null], // Parkausweise und Zufahrtsberechtigungen
];

// Leistungen of the Gemeinde level: delivered by the kreisfreie Städte, amtsfreie Gemeinden and Ämter.
const GEMEINDE_LEISTUNGEN: readonly SampleLeistung[] = [
  ['10124', 'HH'], // Wohnsitzmeldungen
  ['10559', 'HH'], // Meldebescheinigung und -registerauskunft
  ['10160', null], // Hundehaltung
  ['10364', null], // Gewerbesteuer
  ['10026', null], // Eheschließung und -beurkundung
  ['10557', null], // Geburtsurkunde und -bescheinigung
  ['10348', null], // Sondernutzung von Straßen und Verkehrsraumeinschränkung
];

/**
 * SAMPLE DATA: the rollout of 13 OZG-Leistungen at the Kommunen that deliver them (Kreis-level ones
 * at the 14 Landkreise and 4 kreisfreie Städte, Gemeinde-level ones at the kreisfreie Städte,
 * amtsfreie Gemeinden, Ämter, the Verbandsgemeinde and the Mitverwaltung), with real ARS; about one
 * pair in seven has no record (nothing planned yet). Deterministic (fixed seed), ordered by ARS and OZG-ID.
 */
export function sampleOzgRolloutRows(): Insertable<OzgRolloutTable>[] {
  const random = new SampleRandom(20_171_014);
  const gemeinden = readMunicipalities();
  const unions = readDistrictsAndAemter();
  const kreisLevel = [
    ...gemeinden.filter((g) => g.kind === 'kreisfreie_stadt').map((g) => g.ars),
    ...unions.filter((u) => u.kind === 'landkreis').map((u) => toArs(u.key)),
  ];
  const gemeindeLevel = [
    ...gemeinden.filter((g) => g.kind !== 'amtsangehoerige_gemeinde').map((g) => g.ars),
    ...unions.filter((u) => u.kind !== 'landkreis').map((u) => toArs(u.key)),
  ];
  const rows: Insertable<OzgRolloutTable>[] = [];
  const add = (kommunen: readonly string[], leistungen: readonly SampleLeistung[]) => {
    for (const ars of kommunen) {
      for (const [ozgId, efa] of leistungen) {
        const roll = random.next();
        if (roll < 0.15) continue;
        const status: OzgRolloutStatus = roll < 0.6 ? 'ONLINE' : roll < 0.85 ? 'IN_PROGRESS' : 'PLANNED';
        rows.push({
          ars,
          ozg_service_id: ozgId,
          status,
          online_since: status === 'ONLINE' ? random.date('2021-03-01', '2025-11-28') : null,
          efa_source: efa,
          is_sample: true,
          version: 1,
        });
      }
    }
  };
  add(kreisLevel, KREIS_LEISTUNGEN);
  add(gemeindeLevel, GEMEINDE_LEISTUNGEN);
  return rows.sort((a, b) => a.ars.localeCompare(b.ars) || a.ozg_service_id.localeCompare(b.ozg_service_id));
}
