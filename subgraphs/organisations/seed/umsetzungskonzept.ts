// Over 250 lines: sample rows of three small tables, one file.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import type { MunicipalityContactTable } from '../src/db/municipality-contact.ts';
import type { RecommendationApplicationTable, RecommendationTable } from '../src/db/recommendation.ts';
import type { WorkProgrammeItemTable, WorkProgrammeTable } from '../src/db/work-programme.ts';

// SAMPLE DATA for the Umsetzungskonzept records (issue 13): two Arbeitsprogramme (§4.1), four
// standardisation recommendations (§3) with the Kommunen applying them, and functional contacts of a
// few Kommunen. No source publishes these: every title says "(BEISPIEL)", every row is is_sample, the
// mailboxes are on the reserved domain ".example" (RFC 2606) and the phone numbers in the range
// +49 30 23125 xxx that the Bundesnetzagentur keeps for fiction, so that nobody writes to a real office.

const POTSDAM = '120540000000';
const COTTBUS = '120520000000';
const FRANKFURT_ODER = '120530000000';
const BRANDENBURG_HAVEL = '120510000000';

type Item = [
  title: string,
  kind: string,
  due: string | null,
  status: string,
  progress: number,
  note: string | null,
  project: string | null,
];

const PROGRAMMES: { year: number; decision: string; agreedOn: string; items: Item[] }[] = [
  {
    year: 2025,
    decision: 'sg-2025-1',
    agreedOn: '2025-02-15',
    items: [
      [
        'Einführung des Servicekontos in weiteren Kommunen (BEISPIEL)',
        'PROJECT',
        '2025-12-31',
        'DONE',
        100,
        'In 14 Kommunen eingeführt.',
        'KAZ-2025-01',
      ],
      [
        'Standardisierungsempfehlung zur Informationssicherheit (BEISPIEL)',
        'STANDARDISATION',
        '2025-06-30',
        'DONE',
        100,
        null,
        null,
      ],
      [
        'Mustervergabeunterlagen für Videokonferenzdienste (BEISPIEL)',
        'PROCUREMENT',
        '2025-09-30',
        'DEFERRED',
        40,
        'Auf 2026 verschoben.',
        null,
      ],
      [
        'Workshopreihe Nachnutzung von EfA-Leistungen (BEISPIEL)',
        'KNOWLEDGE_TRANSFER',
        '2025-11-30',
        'DONE',
        100,
        null,
        null,
      ],
    ],
  },
  {
    year: 2026,
    decision: 'sg-2025-2',
    agreedOn: '2025-06-15',
    items: [
      [
        'Anbindung kommunaler Fachverfahren an ePayBL (BEISPIEL)',
        'PROJECT',
        '2026-06-30',
        'DONE',
        100,
        'Abgeschlossen im Juni.',
        'KAZ-2025-02',
      ],
      [
        'Pilot E-Akte in drei Amtsverwaltungen (BEISPIEL)',
        'PROJECT',
        '2026-12-31',
        'IN_PROGRESS',
        60,
        'Zwei von drei Piloten in Betrieb.',
        'KAZ-2025-03',
      ],
      [
        'Mustervergabeunterlagen für Videokonferenzdienste (BEISPIEL)',
        'PROCUREMENT',
        '2026-03-31',
        'IN_PROGRESS',
        80,
        'Abstimmung mit der Vergabestelle läuft.',
        null,
      ],
      [
        'Empfehlung zur E-Mail-Verschlüsselung in Kommunen (BEISPIEL)',
        'STANDARDISATION',
        '2026-09-30',
        'IN_PROGRESS',
        30,
        'Entwurf liegt vor.',
        null,
      ],
      ['Unterstützung der Landkreise bei OZG-Förderanträgen (BEISPIEL)', 'SUPPORT', null, 'PLANNED', 0, null, null],
      [
        'Leitfaden Notfallmanagement für kleine Gemeinden (BEISPIEL)',
        'KNOWLEDGE_TRANSFER',
        '2026-10-31',
        'CANCELLED',
        0,
        'Entfällt: CERT-Brandenburg erstellt den Leitfaden.',
        null,
      ],
    ],
  },
];

/** The sample Arbeitsprogramme and their items. */
export function workProgrammeRows(): {
  programmes: Insertable<WorkProgrammeTable>[];
  items: Insertable<WorkProgrammeItemTable>[];
} {
  const programmes = PROGRAMMES.map((p) => ({
    id: `ap-${p.year}`,
    year: p.year,
    committee_id: 'steuerungsgremium',
    decision_id: p.decision,
    agreed_on: p.agreedOn,
    title: `Arbeitsprogramm des Kaz ${p.year} (BEISPIEL)`,
    is_sample: true,
  }));
  const items = PROGRAMMES.flatMap((p) =>
    p.items.map(([title, kind, due, status, progress, note, project], index) => ({
      id: `ap-${p.year}-${index + 1}`,
      work_programme_id: `ap-${p.year}`,
      position: index + 1,
      title,
      kind,
      responsible_organisation_id: 'kaz',
      due_on: due,
      status,
      progress_percent: progress,
      progress_note: note === null ? null : `${note} (BEISPIEL)`,
      project_id: project,
      is_sample: true,
    })),
  );
  return { programmes, items };
}

/** The sample standardisation recommendations. */
export function recommendationRows(): Insertable<RecommendationTable>[] {
  const base = { withdrawn_on: null, withdrawal_note: null, is_sample: true };
  return [
    {
      ...base,
      id: 'empf-2023-1',
      title: 'Einheitliches Dateiformat für kommunale Formulare (BEISPIEL)',
      subject: 'Formulare der Kommunen als barrierefreie PDF/UA-Dateien (BEISPIEL).',
      status: 'WITHDRAWN',
      decision_id: 'itrat-2023-1',
      adopted_on: '2023-02-15',
      withdrawn_on: '2025-06-15',
      withdrawal_note: 'Ersetzt durch das gemeinsame Formularsystem (BEISPIEL).',
    },
    {
      ...base,
      id: 'empf-2024-1',
      title: 'Schnittstelle XBau für digitale Bauanträge (BEISPIEL)',
      subject: 'Bauaufsichtsbehörden nehmen Bauanträge über den Standard XBau entgegen (BEISPIEL).',
      status: 'ADOPTED',
      decision_id: 'itrat-2024-2',
      adopted_on: '2024-06-15',
    },
    {
      ...base,
      id: 'empf-2025-1',
      title: 'Mindestanforderungen an kommunale Informationssicherheitskonzepte (BEISPIEL)',
      subject: 'Sicherheitskonzepte nach BSI IT-Grundschutz-Profil Basis-Absicherung Kommunalverwaltung (BEISPIEL).',
      status: 'ADOPTED',
      decision_id: 'itrat-2025-1',
      adopted_on: '2025-02-15',
    },
    {
      ...base,
      id: 'empf-2025-2',
      title: 'Verschlüsselte E-Mail zwischen Land und Kommunen (BEISPIEL)',
      subject: 'Transportverschlüsselung und S/MIME für den Austausch mit Landesbehörden (BEISPIEL).',
      status: 'DRAFT',
      decision_id: null,
      adopted_on: null,
    },
  ];
}

/** The sample Kommunen applying a recommendation. */
export function recommendationApplicationRows(): Insertable<RecommendationApplicationTable>[] {
  const rows: [string, string, string][] = [
    ['empf-2023-1', POTSDAM, '2023-05-01'],
    ['empf-2024-1', POTSDAM, '2024-09-01'],
    ['empf-2024-1', COTTBUS, '2024-11-15'],
    ['empf-2024-1', BRANDENBURG_HAVEL, '2025-03-01'],
    ['empf-2025-1', POTSDAM, '2025-04-01'],
    ['empf-2025-1', FRANKFURT_ODER, '2025-07-01'],
  ];
  return rows.map(([recommendation_id, ars, applied_since]) => ({
    recommendation_id,
    ars,
    applied_since,
    is_sample: true,
  }));
}

/** The sample functional contacts (reserved .example domains and fiction phone numbers). */
export function municipalityContactRows(): Insertable<MunicipalityContactTable>[] {
  const rows: [string, string, string, string | null, boolean][] = [
    [POTSDAM, 'ISB', 'informationssicherheit@potsdam.example', '+49 30 23125 101', false],
    [POTSDAM, 'EMERGENCY', 'it-notfall@potsdam.example', '+49 30 23125 102', true],
    [POTSDAM, 'DATA_PROTECTION', 'datenschutz@potsdam.example', null, false],
    [COTTBUS, 'ISB', 'isb@cottbus.example', '+49 30 23125 201', false],
    [COTTBUS, 'EMERGENCY', 'it-bereitschaft@cottbus.example', '+49 30 23125 202', true],
    [FRANKFURT_ODER, 'ISB', 'it-sicherheit@frankfurt-oder.example', '+49 30 23125 301', false],
    [FRANKFURT_ODER, 'IT_LEAD', 'it-leitung@frankfurt-oder.example', null, false],
  ];
  return rows.map(([ars, role, email, phone, around]) => ({
    ars,
    role,
    email,
    phone,
    available_around_the_clock: around,
    is_sample: true,
  }));
}

/**
 * Writes the sample rows above; rows that exist are left as they are (they change through the audited
 * mutations), so a second run adds nothing.
 */
export async function seedUmsetzungskonzept(db: Kysely<Database>): Promise<void> {
  const { programmes, items } = workProgrammeRows();
  await db
    .insertInto('work_programme')
    .values(programmes)
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('work_programme_item')
    .values(items)
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('recommendation')
    .values(recommendationRows())
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('recommendation_application')
    .values(recommendationApplicationRows())
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('municipality_contact')
    .values(municipalityContactRows())
    .onConflict((oc) => oc.doNothing())
    .execute();
}
