import type { Insertable } from 'kysely';
import type { CommitteeTable } from '../src/db/committee.ts';
import type { CommitteeMembershipTable, CommitteeRole } from '../src/db/committee-membership.ts';

/** The four committees; the ids are fixed because other subgraphs refer to them. */
export function committeeRows(): Insertable<CommitteeTable>[] {
  return [
    {
      id: 'it-rat',
      name: 'IT-Rat Brandenburg',
      short_name: 'IT-Rat',
      kind: 'IT_COUNCIL',
      description:
        'Gremium nach § 15 BbgEGovG, entstanden mit Inkrafttreten des Brandenburgischen E-Government-Gesetzes ' +
        '(Nov. 2018; erste Sitzung Dez. 2018). Paritätisch besetzt: für das Land Chef/in der Staatskanzlei, ' +
        'IT-Beauftragte/r und Staatssekretär/innen für Finanzen und Wirtschaft; für die Kommunen je zwei Vertreter ' +
        'von Städte- und Gemeindebund und Landkreistag. Vorsitz: IT-Beauftragte/r des Landes; ZIT-BB beratend; ' +
        'Konsensprinzip; tagt i.d.R. dreimal jährlich (GO vom 22.03.2023). [S-B22,S-B23,S-B24]',
      organisation_id: 'it_rat',
      decision_prefix: 'itrat',
      is_sample: false,
    },
    {
      // Real body (IT-Staatsvertrag, Art. 91c GG); its decisions in the seed are sample data.
      id: 'it-planungsrat',
      name: 'IT-Planungsrat',
      short_name: 'IT-PLR',
      kind: 'IT_PLANNING_COUNCIL',
      description:
        'Gremium von Bund und Ländern nach Art. 91c GG und dem IT-Staatsvertrag (seit 2010): steuert die ' +
        'Zusammenarbeit in der Informationstechnik, beschließt fachunabhängige IT-Interoperabilitäts- und ' +
        'IT-Sicherheitsstandards und steuert die Umsetzung des OZG; die FITKO unterstützt ihn. Das Kaz setzt seine ' +
        'Entscheidungen neben denen des IT-Rats für die Kommunen in Brandenburg um (Umsetzungskonzept Kaz, §3).',
      organisation_id: null,
      decision_prefix: 'itplr',
      is_sample: false,
    },
    {
      id: 'steuerungsgremium',
      name: 'Steuerungsgremium des Kommunalen Anwendungszentrums',
      short_name: 'Steuerungsgremium',
      kind: 'STEERING_GROUP',
      description:
        'BEISPIELDATEN. Steuert die Arbeit des Kaz und den Kommunalpakt Brandenburg: beschließt den jährlichen ' +
        'Arbeitsplan, priorisiert Vorhaben der Nachnutzung von EfA-Leistungen und nimmt die Berichte des Kaz entgegen. ' +
        'Vorsitz beim ZIT-BB; Mitglieder aus DIKOM, den kommunalen Spitzenverbänden, der TUIV-AG und dem Kaz.',
      organisation_id: null,
      decision_prefix: 'sg',
      is_sample: true,
    },
    {
      id: 'pg-ozg',
      name: 'Projektgruppe OZG-Umsetzung in den Kommunen',
      short_name: 'PG OZG',
      kind: 'PROJECT_GROUP',
      description:
        'BEISPIELDATEN. Arbeitsgremium unter Leitung des Kaz für die Umsetzung des Onlinezugangsgesetzes (OZG) in den ' +
        'Kommunen: bereitet die Freigabe von EfA-Nachnutzungen vor, plant Rollouts und stimmt Schnittstellen der ' +
        'kommunalen Fachverfahren ab.',
      organisation_id: null,
      decision_prefix: 'pgozg',
      is_sample: true,
    },
  ];
}

const IT_RAT_SOURCES = '[S-B22,S-B23,S-B24,S-B4]';
const IT_RAT_START = '2018-12-01';
const IT_RAT_START_NOTE =
  'Beginn: erste Sitzung Dez. 2018 (Tag nicht belegt, 01.12.2018 als Näherung); Besetzung nach der GO vom 22.03.2023, ' +
  'für die Zeit davor angenommen.';

type Seat = [
  organisationId: string,
  role: CommitteeRole,
  validFrom: string,
  validTo: string | null,
  note: string | null,
];

function seats(committeeId: string, isSample: boolean, list: Seat[]): Insertable<CommitteeMembershipTable>[] {
  return list.map(([organisationId, role, validFrom, validTo, note]) => ({
    committee_id: committeeId,
    organisation_id: organisationId,
    role,
    valid_from: validFrom,
    valid_to: validTo,
    note,
    is_sample: isSample,
  }));
}

/**
 * The seats in the committees. The IT-Rat's come from the organisation reference data (its
 * composition under § 15 BbgEGovG), so they are not sample data; the chair follows the
 * IT-Beauftragte/r from the MIK to the MdJD on 01.02.2025. The other committees' seats are SAMPLE DATA.
 */
export function committeeMembershipRows(): Insertable<CommitteeMembershipTable>[] {
  const itRat = (text: string) => `${text} ${IT_RAT_START_NOTE} ${IT_RAT_SOURCES}`;
  return [
    ...seats('it-rat', false, [
      [
        'mik',
        'CHAIR',
        IT_RAT_START,
        '2025-01-31',
        itRat('Vorsitz: IT-Beauftragte/r des Landes, bis 31.01.2025 im MIK (abgeleitet).'),
      ],
      [
        'mdjd',
        'CHAIR',
        '2025-02-01',
        null,
        `Vorsitz: IT-Beauftragte/r des Landes, seit 01.02.2025 im MdJD (abgeleitet aus GO § 2 und MdJD-PM 09.02.2025). ${IT_RAT_SOURCES}`,
      ],
      ['stk', 'MEMBER', IT_RAT_START, null, itRat('Chef/in der Staatskanzlei.')],
      ['mdfe', 'MEMBER', IT_RAT_START, null, itRat('Staatssekretär/in für Finanzen.')],
      ['mwaek', 'MEMBER', IT_RAT_START, null, itRat('Staatssekretär/in für Wirtschaft.')],
      ['lkt_bb', 'MEMBER', IT_RAT_START, null, itRat('Zwei Vertreter des Landkreistags.')],
      ['stgb_bb', 'MEMBER', IT_RAT_START, null, itRat('Zwei Vertreter des Städte- und Gemeindebundes.')],
      ['zit_bb', 'ADVISORY', IT_RAT_START, null, itRat('ZIT-BB beratend.')],
    ]),
    ...seats('steuerungsgremium', true, [
      ['zit_bb', 'CHAIR', '2021-01-01', null, null],
      ['dikom', 'MEMBER', '2021-01-01', null, null],
      ['kaz', 'MEMBER', '2021-01-01', null, null],
      ['lkt_bb', 'MEMBER', '2021-01-01', null, null],
      ['stgb_bb', 'MEMBER', '2021-01-01', null, null],
      ['tuiv_ag', 'MEMBER', '2021-01-01', null, null],
      ['mik', 'ADVISORY', '2021-01-01', '2025-01-31', null],
      ['mdjd', 'ADVISORY', '2025-02-01', null, null],
    ]),
    ...seats('pg-ozg', true, [
      ['kaz', 'CHAIR', '2022-01-01', null, null],
      ['dikom', 'MEMBER', '2022-01-01', null, null],
      ['lkt_bb', 'MEMBER', '2022-01-01', null, null],
      ['stgb_bb', 'MEMBER', '2022-01-01', null, null],
      ['tuiv_ag', 'MEMBER', '2022-03-01', null, null],
      ['zit_bb', 'ADVISORY', '2022-01-01', null, null],
      ['mik', 'ADVISORY', '2022-01-01', '2025-01-31', null],
      ['mdjd', 'ADVISORY', '2025-02-01', null, null],
    ]),
  ];
}
