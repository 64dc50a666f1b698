import { addDays, SampleRandom, sampleDecisionKeys } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { DecisionTable } from '../src/db/decision.ts';

type Topic = [title: string, body: string];

// SAMPLE DATA: the subjects of each committee's decisions in the order they were taken; the n-th
// decision of a committee gets the n-th subject.
const TOPICS: Record<string, Topic[]> = {
  'it-rat': [
    [
      'Einführung eines landesweiten Servicekontos für Kommunen',
      'Bürgerinnen, Bürger und Unternehmen sollen sich mit einem Servicekonto bei Land und Kommunen anmelden können.',
    ],
    [
      'Anbindung der Kommunen an das Landesverwaltungsnetz für OZG-Onlinedienste',
      'Kommunale Onlinedienste werden über das Landesverwaltungsnetz an die Basisdienste des Landes angebunden.',
    ],
    [
      'Priorisierung der OZG-Leistungen für die kommunale Umsetzung',
      'Die Leistungen mit den höchsten Fallzahlen in den Kommunen werden vorrangig digitalisiert.',
    ],
    [
      'Gemeinsame Nutzung des Landesverwaltungsnetzes durch kommunale Rechenzentren',
      'Kommunale Rechenzentren dürfen das Landesverwaltungsnetz für den Datenaustausch nutzen.',
    ],
    // itrat-2020-3 is real: REAL_DECISIONS below.
    ['', ''],
    [
      'Gemeinsame Beschaffung von Videokonferenzdiensten für Landes- und Kommunalverwaltung',
      'Land und Kommunen beschaffen einen datenschutzkonformen Videokonferenzdienst gemeinsam.',
    ],
    [
      'Gemeinsame Beschaffung von Signaturkarten für kommunale Bedienstete',
      'Land und Kommunen beschaffen qualifizierte Signaturkarten gemeinsam.',
    ],
    [
      'Freigabe der EfA-Nachnutzung für Leistungen des Themenfelds Familie & Kind',
      'Nach dem Prinzip "Einer für Alle" entwickelte Onlinedienste werden den Kommunen zur Nachnutzung bereitgestellt.',
    ],
    [
      'Mindeststandard zur Informationssicherheit in den Kommunen',
      'Die Kommunen richten ihre Sicherheitskonzepte am BSI IT-Grundschutz aus; das Kaz stellt Muster bereit.',
    ],
    [
      'Anbindung kommunaler Fachverfahren an die Bezahlplattform ePayBL',
      'Gebühren kommunaler Onlinedienste können einheitlich über ePayBL bezahlt werden.',
    ],
    [
      'Freigabe der EfA-Nachnutzung für Leistungen des Themenfelds Bauen & Wohnen',
      'Die Onlinedienste für Bauantrag und Wohngeld werden den Kommunen zur Nachnutzung angeboten.',
    ],
    [
      'Ausbau des kommunalen Anschlusses an das CERT-Brandenburg',
      'Die Kommunen erhalten Warnmeldungen des CERT und melden Sicherheitsvorfälle über einen gemeinsamen Weg.',
    ],
    [
      'Einführung der E-Akte in kommunalen Pilotverwaltungen',
      'Ausgewählte Kommunen erproben die elektronische Aktenführung mit einer gemeinsamen Lösung.',
    ],
    [
      'Fortführung des Kommunalpakts Brandenburg ab dem dritten Quartal 2024',
      'Das Kaz steuert und koordiniert den Kommunalpakt mit DIKOM, TUIV-AG und den Spitzenverbänden.',
    ],
    [
      'Kommunale OZG-Sprechstunde als ständiges Beratungsangebot',
      'Die Sprechstunde berät Kommunen regelmäßig zu Nachnutzung und Anbindung von Onlinediensten.',
    ],
    [
      'Überleitung der E-Government-Koordinierung an das MdJD',
      'Geschäftsstelle und laufende Vorhaben des IT-Rats gehen zum 01.02.2025 auf das MdJD über.',
    ],
    [
      'Nachnutzung der BundID für kommunale Onlinedienste',
      'Kommunale Onlinedienste binden die BundID als Nutzerkonto an.',
    ],
  ],
  steuerungsgremium: [
    [
      'Arbeitsplan des Kaz für 2021',
      'Der Arbeitsplan legt die Vorhaben, Meilensteine und Pilotkommunen des Jahres fest.',
    ],
    [
      'Auswahl der Pilotkommunen für die EfA-Nachnutzung',
      'Die Pilotkommunen werden nach Größe, Landkreis und Bereitschaft ausgewählt.',
    ],
    [
      'Arbeitsplan des Kaz für 2022',
      'Der Arbeitsplan legt die Vorhaben, Meilensteine und Pilotkommunen des Jahres fest.',
    ],
    [
      'Freigabe der EfA-Nachnutzung "Wohngeld" für die Pilotkommunen',
      'Die Pilotkommunen schließen den EfA-Onlinedienst Wohngeld an ihre Fachverfahren an.',
    ],
    [
      'Gemeinsame Ausschreibung eines Rahmenvertrags für Scan-Dienstleistungen',
      'Das Kaz bereitet eine gemeinsame Vergabe vor, aus der alle Kommunen abrufen können.',
    ],
    [
      'Arbeitsplan des Kaz für 2023',
      'Der Arbeitsplan legt die Vorhaben, Meilensteine und Pilotkommunen des Jahres fest.',
    ],
    [
      'Musterkonzept zur Informationssicherheit für kleine Gemeinden',
      'Das Musterkonzept beschreibt die Mindestmaßnahmen für Verwaltungen mit wenigen Arbeitsplätzen.',
    ],
    [
      'Arbeitsplan des Kaz für 2024',
      'Der Arbeitsplan legt die Vorhaben, Meilensteine und Pilotkommunen des Jahres fest.',
    ],
    [
      'Anbindung kommunaler Onlinedienste an das Landesportal',
      'Onlinedienste der Kommunen werden im Landesportal auffindbar gemacht.',
    ],
    [
      'Arbeitsplan des Kaz für 2025',
      'Der Arbeitsplan legt die Vorhaben, Meilensteine und Pilotkommunen des Jahres fest.',
    ],
    [
      'Verstetigung der Kommunalen OZG-Sprechstunde',
      'Die Sprechstunde wird dauerhaft angeboten und in den Arbeitsplan des Kaz aufgenommen.',
    ],
  ],
  'pg-ozg': [
    ['Arbeitsweise der Projektgruppe OZG', 'Die Projektgruppe tagt monatlich und berichtet dem Steuerungsgremium.'],
    [
      'Freigabe der EfA-Nachnutzung "Gewerbeanmeldung"',
      'Der EfA-Onlinedienst zur Gewerbeanmeldung wird den Kommunen zur Nachnutzung empfohlen.',
    ],
    [
      'Standardisierte XÖV-Schnittstellen für kommunale Fachverfahren',
      'Neue Anbindungen kommunaler Fachverfahren nutzen die XÖV-Standards.',
    ],
    [
      'Freigabe der EfA-Nachnutzung "Hundesteuer An- und Abmeldung"',
      'Der Onlinedienst zur Hundesteuer wird landesweit zur Nachnutzung angeboten.',
    ],
    [
      'Leitfaden zur Nachnutzung von EfA-Leistungen',
      'Der Leitfaden beschreibt Schritte, Verträge und Kosten einer Nachnutzung.',
    ],
    [
      'Rollout-Planung des Onlinedienstes "Bauantrag" für die unteren Bauaufsichtsbehörden',
      'Die Bauaufsichtsbehörden der Landkreise und großen Städte werden in drei Wellen angeschlossen.',
    ],
  ],
};

const COMMITTEE_NAMES: Record<string, string> = {
  'it-rat': 'Der IT-Rat',
  steuerungsgremium: 'Das Steuerungsgremium',
  'pg-ozg': 'Die Projektgruppe OZG',
};

// The Kaz exists only after the IT-Rat approved its concept in 2021; earlier orders go to the ZIT-BB.
const KAZ_FROM = '2021-03-01';

function germanDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

/** Where the concept's own decisions come from (Umsetzungskonzept Kaz, adopted by the IT-Rat on 10.03.2021). */
export const CONCEPT_SOURCE = 'Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021';

/**
 * REAL DATA: the IT-Rat decisions the Umsetzungskonzept Kaz cites (the concept is the source; the
 * hub has neither decision's wording). "Entscheidung 2020/3" keeps the key of the sample record it
 * replaces (work orders of the projects subgraph cite it); only its year is known, so it is dated
 * 01.01.2020 with precision YEAR. The adoption of the concept has no published number: its key
 * continues the IT-Rat's 2021 numbering of the hub (itrat-2021-4) and its reference names the date.
 */
export function realDecisionRows(): Insertable<DecisionTable>[] {
  return [
    {
      id: 'itrat-2020-3',
      committee_id: 'it-rat',
      reference: 'Entscheidung 2020/3',
      decided_on: '2020-01-01',
      decided_on_precision: 'YEAR',
      title: 'Aufbau des Kommunalen Anwendungszentrums (Kaz)',
      text:
        'Der IT-Rat Brandenburg beschließt den Aufbau eines Kommunalen Anwendungszentrums (Kaz). Der Wortlaut des ' +
        'Beschlusses liegt dem Hub nicht vor; das Umsetzungskonzept Kaz nennt die Entscheidung 2020/3 als Grundlage, ' +
        'der Tag ist nicht belegt (nur das Jahr).',
      source: CONCEPT_SOURCE,
      is_sample: false,
    },
    {
      id: 'itrat-2021-4',
      committee_id: 'it-rat',
      reference: 'Beschluss vom 10.03.2021',
      decided_on: '2021-03-10',
      decided_on_precision: 'DAY',
      title: 'Annahme des Umsetzungskonzepts für das Kommunale Anwendungszentrum (Kaz)',
      text:
        'Der IT-Rat Brandenburg nimmt das Umsetzungskonzept Kaz an: Aufgaben, Organisation, Projektstruktur und ' +
        'Finanzierung des Kommunalen Anwendungszentrums werden wie im Konzept beschrieben festgelegt.',
      source: CONCEPT_SOURCE,
      is_sample: false,
    },
  ];
}

/**
 * SAMPLE DATA: decisions of the IT-Planungsrat that the Kaz implements alongside the IT-Rat's; the
 * IT-Planungsrat is real, these decisions are made up and marked "(BEISPIEL)".
 */
export function itPlanningCouncilDecisionRows(): Insertable<DecisionTable>[] {
  const rows: [id: string, reference: string, decidedOn: string, title: string, body: string][] = [
    [
      'itplr-2022-1',
      'Entscheidung 2022/1 (BEISPIEL)',
      '2022-03-16',
      '(BEISPIEL) Mindestanforderungen an die Nachnutzung von EfA-Onlinediensten',
      'Länder und Kommunen binden EfA-Onlinedienste nach gemeinsamen Mindestanforderungen an.',
    ],
    [
      'itplr-2023-1',
      'Entscheidung 2023/1 (BEISPIEL)',
      '2023-06-28',
      '(BEISPIEL) Anbindung kommunaler Onlinedienste an die BundID',
      'Kommunale Onlinedienste nutzen die BundID als einheitliches Nutzerkonto.',
    ],
    [
      'itplr-2024-1',
      'Entscheidung 2024/1 (BEISPIEL)',
      '2024-11-06',
      '(BEISPIEL) Föderale Standards für die Anbindung kommunaler Fachverfahren',
      'Neue Anbindungen kommunaler Fachverfahren folgen den föderalen XÖV- und Schnittstellenstandards.',
    ],
  ];
  return rows.map(([id, reference, decidedOn, title, body]) => ({
    id,
    committee_id: 'it-planungsrat',
    reference,
    decided_on: decidedOn,
    decided_on_precision: 'DAY',
    title,
    text: `Der IT-Planungsrat beschließt: ${title.replace('(BEISPIEL) ', '')}. ${body} Das Kaz setzt die Entscheidung für die Kommunen in Brandenburg um. BEISPIELDATEN.`,
    source: null,
    is_sample: true,
  }));
}

/**
 * The decisions of the seed: the 34 keys of `sampleDecisionKeys()` (the projects subgraph's work
 * orders refer to them) with a made-up title and text (SAMPLE DATA) — except those the concept cites,
 * which are real (`realDecisionRows`) — and the IT-Planungsrat's sample decisions.
 */
export function decisionRows(): Insertable<DecisionTable>[] {
  const real = new Map(realDecisionRows().map((row) => [row.id, row]));
  const random = new SampleRandom(20_181_201);
  const seen = new Map<string, number>();
  const samples = sampleDecisionKeys().map((key): Insertable<DecisionTable> => {
    const index = seen.get(key.committeeId) ?? 0;
    seen.set(key.committeeId, index + 1);
    const [title, body] = TOPICS[key.committeeId]?.[index] ?? [
      `${key.reference}`,
      'Beschluss zur Digitalisierung der Kommunen.',
    ];
    const assignee = key.decidedOn < KAZ_FROM ? 'der ZIT-BB' : 'das Kaz';
    // Drawn for every key, real ones too, so that the sample dates of the others stay as they were.
    const reportDue = germanDate(addDays(key.decidedOn, 30 * random.int(3, 9)));
    const replacement = real.get(key.id);
    if (replacement) return replacement;
    return {
      id: key.id,
      committee_id: key.committeeId,
      reference: key.reference,
      decided_on: key.decidedOn,
      decided_on_precision: 'DAY',
      title,
      text:
        `${COMMITTEE_NAMES[key.committeeId] ?? 'Das Gremium'} beschließt: ${title}. ${body} ` +
        `Mit der Umsetzung wird ${assignee} beauftragt; ein Bericht ist bis zum ${reportDue} vorzulegen.`,
      source: null,
      is_sample: true,
    };
  });
  const sampleIds = new Set(samples.map((row) => row.id));
  return [
    ...samples,
    ...[...real.values()].filter((row) => !sampleIds.has(row.id)),
    ...itPlanningCouncilDecisionRows(),
  ];
}
