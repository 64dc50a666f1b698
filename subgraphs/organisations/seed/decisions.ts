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
      'Grundsatzentscheidung zur Einrichtung eines Kommunalen Anwendungszentrums beim ZIT-BB',
      'Ein Anwendungszentrum soll die Kommunen bei Auswahl, Betrieb und Nachnutzung digitaler Verfahren unterstützen.',
    ],
    [
      'Einheitliches Formularmanagement für kommunale Antragsverfahren',
      'Antragsformulare der Kommunen werden in einem gemeinsamen Formularsystem gepflegt.',
    ],
    [
      'Gemeinsame Beschaffung von Videokonferenzdiensten für Landes- und Kommunalverwaltung',
      'Land und Kommunen beschaffen einen datenschutzkonformen Videokonferenzdienst gemeinsam.',
    ],
    [
      'Zustimmung zum Umsetzungskonzept des Kommunalen Anwendungszentrums',
      'Aufgaben, Organisation und Finanzierung des Kaz werden wie im Umsetzungskonzept beschrieben festgelegt.',
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

/**
 * The 34 decisions: id, committee, reference and date exactly as `sampleDecisionKeys()` fixes them
 * (the projects subgraph's work orders refer to them), with a made-up title and text. SAMPLE DATA.
 */
export function decisionRows(): Insertable<DecisionTable>[] {
  const random = new SampleRandom(20_181_201);
  const seen = new Map<string, number>();
  return sampleDecisionKeys().map((key) => {
    const index = seen.get(key.committeeId) ?? 0;
    seen.set(key.committeeId, index + 1);
    const [title, body] = TOPICS[key.committeeId]?.[index] ?? [
      `${key.reference}`,
      'Beschluss zur Digitalisierung der Kommunen.',
    ];
    const assignee = key.decidedOn < KAZ_FROM ? 'der ZIT-BB' : 'das Kaz';
    const reportDue = germanDate(addDays(key.decidedOn, 30 * random.int(3, 9)));
    return {
      id: key.id,
      committee_id: key.committeeId,
      reference: key.reference,
      decided_on: key.decidedOn,
      title,
      text:
        `${COMMITTEE_NAMES[key.committeeId] ?? 'Das Gremium'} beschließt: ${title}. ${body} ` +
        `Mit der Umsetzung wird ${assignee} beauftragt; ein Bericht ist bis zum ${reportDue} vorzulegen.`,
      is_sample: true,
    };
  });
}
