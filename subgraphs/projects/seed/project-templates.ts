import type { Insertable } from 'kysely';
import type { ProjectKind } from '../src/db/project.ts';
import type { ProjectTemplateItemTable, ProjectTemplateTable } from '../src/db/project-template.ts';

// The Muster-Projektstruktur of the Kaz (Umsetzungskonzept Kaz, IT-Rat Brandenburg, 10.03.2021,
// §4.2): the Kaz offers Kommunen and ministries a template project structure. The concept names
// its parts (phases, standard milestones, the roles Auftraggeber, Projektleitung, Lenkungsausschuss
// and Teilprojekte, the standard deliverables Projektauftrag and Projekthandbuch) but publishes no
// template document, so the templates below are SAMPLE DATA built from those parts; the share of
// the duration at which each milestone falls is the Kaz's planning assumption. The sample projects'
// milestone plans (seed/sample-projects.ts) are taken from these templates.

/** One template: its record and its items by section, each in order. */
export interface ProjectTemplateDefinition {
  id: string;
  name: string;
  kind: ProjectKind;
  description: string;
  typicalDurationDays: number;
  phases: [title: string, description: string][];
  /** Each milestone with the share of the project's duration (percent) at which it is due. */
  milestones: [atPercent: number, title: string][];
  roles: [title: string, description: string][];
  deliverables: [title: string, description: string][];
}

const PHASES: [string, string][] = [
  ['Initialisierung', 'Projektidee prüfen, Auftraggeber und Projektleitung benennen, Projektauftrag erteilen.'],
  ['Planung', 'Anforderungen erheben, Projekthandbuch und Projektstrukturplan erstellen, Teilprojekte schneiden.'],
  ['Umsetzung', 'Lösung entwickeln, beschaffen oder nachnutzen und abnehmen.'],
  ['Pilotierung', 'Betrieb in den Pilotkommunen, Erfahrungen der kommunalen Praktiker einarbeiten.'],
  ['Rollout', 'Flächeneinführung in den teilnehmenden Kommunen, Schulung, Ergebnistransfer.'],
  ['Abschluss', 'Abschlussbericht, Übergabe in den Betrieb, Ergebnisse zur Nachnutzung bereitstellen.'],
];

const ROLES: [string, string][] = [
  [
    'Auftraggeber',
    'Erteilt den Projektauftrag und verantwortet Ziele, Budget und Abnahme (z. B. ein Ressort oder eine Kommune).',
  ],
  [
    'Lenkungsausschuss',
    'Steuert das Projekt, entscheidet über Änderungen und Eskalationen; Ressorts, kommunale Vertreter, Kaz.',
  ],
  ['Projektleitung', 'Plant und steuert das Projekt im Auftrag; beim Kaz koordiniert.'],
  [
    'Teilprojektleitung',
    'Leitet ein Teilprojekt (z. B. Fachverfahren, Schnittstellen, Rollout) und berichtet der Projektleitung.',
  ],
  [
    'Projektgruppe',
    'Gemischte Projektgruppe aus Ressorts, LDA und kommunalen Praktikern (§4), die fachlich zuarbeitet.',
  ],
];

const DELIVERABLES: [string, string][] = [
  ['Projektauftrag', 'Ziele, Umfang, Budget, Termine und Rollen, vom Auftraggeber unterzeichnet.'],
  ['Projekthandbuch', 'Organisation, Kommunikation, Berichtswege und Regeln der Zusammenarbeit im Projekt.'],
  ['Projektstrukturplan', 'Die Teilprojekte und Arbeitspakete.'],
  ['Statusbericht', 'Regelmäßiger Bericht an den Lenkungsausschuss.'],
  ['Abnahmeprotokoll', 'Die Abnahme der Lösung durch den Auftraggeber.'],
  ['Projektabschlussbericht', 'Ergebnis, Erfahrungen und Nachnutzbarkeit, Übergabe in den Betrieb.'],
];

/** The milestone due at 30 % of a project, which differs by kind of project. */
const THIRD_MILESTONE: Record<ProjectKind, string> = {
  OZG_IMPLEMENTATION: 'Online-Dienst entwickelt und abgenommen',
  EFA_REUSE: 'Nachnutzungsvereinbarung (EfA) unterzeichnet',
  PROCESS_DIGITISATION: 'Soll-Prozess modelliert',
  BASIC_COMPONENT: 'Schnittstelle spezifiziert',
  INFRASTRUCTURE: 'Vergabe abgeschlossen',
};

const TEMPLATES: [id: string, kind: ProjectKind, name: string, description: string, days: number][] = [
  ['ozg-umsetzung', 'OZG_IMPLEMENTATION', 'OZG-Umsetzung', 'Eine OZG-Leistung als Online-Dienst umsetzen.', 900],
  [
    'efa-nachnutzung',
    'EFA_REUSE',
    'EfA-Nachnutzung',
    'Einen Online-Dienst nach dem Prinzip „Einer für Alle“ nachnutzen.',
    720,
  ],
  [
    'prozessdigitalisierung',
    'PROCESS_DIGITISATION',
    'Prozessdigitalisierung',
    'Die Sachbearbeitung hinter einer Leistung ohne Medienbruch digitalisieren.',
    900,
  ],
  [
    'basiskomponente',
    'BASIC_COMPONENT',
    'Anbindung einer Basiskomponente',
    'Kommunen an eine Basiskomponente (Nutzerkonto, ePayment, E-Akte …) anbinden.',
    720,
  ],
  [
    'infrastruktur',
    'INFRASTRUCTURE',
    'Infrastrukturprojekt',
    'Technische Infrastruktur für Kommunen beschaffen und einführen.',
    1080,
  ],
];

/** The project templates of the Muster-Projektstruktur (SAMPLE DATA), one per kind of project, ordered by id of kind. */
export function projectTemplates(): ProjectTemplateDefinition[] {
  return TEMPLATES.map(([id, kind, name, description, days]) => ({
    id,
    kind,
    name: `Muster-Projektstruktur ${name} (BEISPIEL)`,
    description: `${description} Muster-Projektstruktur des Kaz nach §4.2 des Umsetzungskonzepts (BEISPIELDATEN).`,
    typicalDurationDays: days,
    phases: PHASES,
    milestones: [
      [0, 'Projektauftrag erteilt'],
      [15, 'Anforderungsanalyse abgeschlossen'],
      [30, THIRD_MILESTONE[kind]],
      [40, 'Pilotbetrieb gestartet'],
      [70, 'Flächenrollout gestartet'],
      [100, 'Projektabschluss und Übergabe in den Betrieb'],
    ],
    roles: ROLES,
    deliverables: DELIVERABLES,
  }));
}

/** The template for a kind of project. */
export function templateOfKind(kind: ProjectKind): ProjectTemplateDefinition {
  const template = projectTemplates().find((t) => t.kind === kind);
  if (!template) throw new Error(`no project template for ${kind}`);
  return template;
}

/** The rows of the templates and their items, as the seed writes them. */
export function projectTemplateRows(): {
  templates: Insertable<ProjectTemplateTable>[];
  items: Insertable<ProjectTemplateItemTable>[];
} {
  const definitions = projectTemplates();
  const items = definitions.flatMap((t) =>
    [
      ...t.phases.map(([title, description], i) => ({
        section: 'PHASE' as const,
        position: i + 1,
        title,
        description,
        at_percent: null,
      })),
      ...t.milestones.map(([atPercent, title], i) => ({
        section: 'MILESTONE' as const,
        position: i + 1,
        title,
        description: null,
        at_percent: atPercent,
      })),
      ...t.roles.map(([title, description], i) => ({
        section: 'ROLE' as const,
        position: i + 1,
        title,
        description,
        at_percent: null,
      })),
      ...t.deliverables.map(([title, description], i) => ({
        section: 'DELIVERABLE' as const,
        position: i + 1,
        title,
        description,
        at_percent: null,
      })),
    ].map((item) => ({ ...item, template_id: t.id, is_sample: true })),
  );
  return {
    templates: definitions.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      description: t.description,
      typical_duration_days: t.typicalDurationDays,
      is_sample: true,
    })),
    items,
  };
}
