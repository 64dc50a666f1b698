import { readOrganisations } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import { ORGANISATION_KINDS, type OrganisationKind, type OrganisationTable } from '../src/db/organisation.ts';
import type { ResponsibilityTable } from '../src/db/responsibility.ts';

/**
 * The 18 partner organisations of `brandenburg-organisations.csv`, parents before children so that
 * every `parent_id` exists when its row is written.
 */
export function organisationRows(): Insertable<OrganisationTable>[] {
  const rows = readOrganisations().map((record): Insertable<OrganisationTable> => {
    const kind = record.kind.toUpperCase() as OrganisationKind;
    if (!ORGANISATION_KINDS.includes(kind)) {
      throw new Error(`unknown kind "${record.kind}" for ${record.key} in brandenburg-organisations.csv`);
    }
    return {
      id: record.key,
      name: record.name,
      short_name: record.short_name || null,
      kind,
      parent_id: record.parent_key || null,
      website: record.website || null,
      note: record.note || null,
    };
  });
  const ordered: Insertable<OrganisationTable>[] = [];
  const placed = new Set<string>();
  // Place a row once its parent is placed; the hierarchy is shallow, so a few passes do.
  while (ordered.length < rows.length) {
    const ready = rows.filter((row) => !placed.has(row.id) && (!row.parent_id || placed.has(row.parent_id)));
    if (ready.length === 0) throw new Error('brandenburg-organisations.csv has an unknown or cyclic parent_key');
    for (const row of ready) {
      ordered.push(row);
      placed.add(row.id);
    }
  }
  return ordered;
}

/**
 * The responsibilities stated in the notes and sources of the organisation reference data (not
 * sample data). Where a source names only a year or a quarter, the period starts on its first day
 * and the note says so.
 */
export function responsibilityRows(): Insertable<ResponsibilityTable>[] {
  return [
    {
      area: 'E_GOVERNMENT',
      organisation_id: 'mik',
      valid_from: '2019-02-01',
      valid_to: '2025-01-31',
      note:
        'MIK-Abt. 6 "Digitalisierung, E-Government und IT-Leitstelle", eingerichtet 2019 (Quelle nennt nur das Jahr; ' +
        'Beginn 01.02.2019 angenommen); zum 01.02.2025 auf das MdJD übergegangen. [S-B2,S-B3,S-B4,S-B10]',
      is_sample: false,
    },
    {
      area: 'E_GOVERNMENT',
      organisation_id: 'mdjd',
      valid_from: '2025-02-01',
      valid_to: null,
      note:
        'Seit 01.02.2025 Abt. 4 "Digitalpolitik, E-Government und IT-Leitstelle" des MdJD (zentrale Koordinierung und ' +
        'Steuerung des E-Government); Zuständigkeiten von StK, MIK, MWAEK und MWFK übergegangen. [S-B2,S-B3,S-B4,S-B6,S-B10]',
      is_sample: false,
    },
    {
      area: 'KOMMUNALAUFSICHT',
      organisation_id: 'mik',
      valid_from: '2014-01-01',
      valid_to: null,
      note:
        'Kommunalaufsicht beim MIK (genehmigte am 10.03.2020 die DIKOM-Verbandssatzung). Ministerium unter diesem Namen ' +
        'seit 2014; der Tag ist nicht belegt, Beginn 01.01.2014 als Näherung. [S-B2,S-B10,S-B17]',
      is_sample: false,
    },
    {
      area: 'DATA_PROTECTION_SUPERVISION',
      organisation_id: 'lda',
      valid_from: '1992-01-01',
      valid_to: null,
      note:
        'Unabhängige Aufsichtsbehörde für den Datenschutz, seit 1992 (Tag nicht belegt; Beginn 01.01.1992 als ' +
        'Näherung). [S-B25,S-B26,S-B27]',
      is_sample: false,
    },
    {
      area: 'IT_SECURITY',
      organisation_id: 'zit_bb',
      valid_from: '2009-01-01',
      valid_to: null,
      note:
        'CERT für die Landesverwaltung (CERT-Brandenburg) beim ZIT-BB; Beginn = Errichtung des ZIT-BB zum 01.01.2009, ' +
        'der Start des CERT selbst ist nicht belegt. [S-B13,S-B14,S-B15]',
      is_sample: false,
    },
    {
      area: 'STATE_IT_SERVICES',
      organisation_id: 'zit_bb',
      valid_from: '2009-01-01',
      valid_to: null,
      note:
        'Zentraler IT-Dienstleister der unmittelbaren Landesverwaltung, errichtet zum 01.01.2009 (Rechtsnachfolger des ' +
        'LDS); betreibt das Landesverwaltungsnetz, an das alle Kommunen angeschlossen sind. [S-B13,S-B14,S-B15]',
      is_sample: false,
    },
    {
      area: 'KOMMUNALPAKT_COORDINATION',
      organisation_id: 'kaz',
      valid_from: '2024-07-01',
      valid_to: null,
      note:
        'Das Kaz steuert und koordiniert den Kommunalpakt Brandenburg ab Q3/2024 (Beginn 01.07.2024 als Näherung), ' +
        'mit ZV DIKOM, DigitalAgentur Brandenburg, TUIV-AG und MIK. [S-B16]',
      is_sample: false,
    },
  ];
}
