import { builder } from '../builder.ts';
import type { DPIA_STATUSES, PROJECT_KINDS, PROJECT_PHASES } from '../db/project.ts';

/** Where a digitalisation project stands (Phase). */
export const ProjectPhaseEnum = builder.enumType('ProjectPhase', {
  description: 'Where a digitalisation project stands.',
  values: {
    PLANNED: { description: 'Geplant: commissioned, work has not started.' },
    IN_PROGRESS: { description: 'In Umsetzung: analysis, procurement or development under way.' },
    PILOT: { description: 'Pilotbetrieb: the result runs in the first (pilot) Kommunen.' },
    ROLLOUT: { description: 'Rollout: the result is being rolled out to further Kommunen.' },
    DONE: { description: 'Abgeschlossen: finished and handed over to regular operation.' },
    STOPPED: { description: 'Abgebrochen: stopped before it was finished.' },
  } satisfies Record<(typeof PROJECT_PHASES)[number], { description: string }>,
});

/** What kind of digitalisation project this is (Projektart). */
export const ProjectKindEnum = builder.enumType('ProjectKind', {
  description: 'What kind of digitalisation project this is.',
  values: {
    OZG_IMPLEMENTATION: { description: 'OZG-Umsetzung: putting an OZG-Leistung online for Kommunen.' },
    EFA_REUSE: {
      description:
        'EfA-Nachnutzung: Kommunen connect to an online service built once for all Länder ("Einer für Alle").',
    },
    INFRASTRUCTURE: { description: 'Infrastruktur: networks, data centres, secure communication for the Kommunen.' },
    BASIC_COMPONENT: {
      description:
        'Basiskomponente: a shared building block (user account, ePayment, form server, E-Akte, XÖV interfaces).',
    },
    PROCESS_DIGITISATION: {
      description: 'Prozessdigitalisierung: the back office of a service, end to end without media breaks.',
    },
  } satisfies Record<(typeof PROJECT_KINDS)[number], { description: string }>,
});

/** Where a project's Datenschutz-Folgenabschätzung (DSFA) stands. */
export const DpiaStatusEnum = builder.enumType('DpiaStatus', {
  description:
    'Where the Datenschutz-Folgenabschätzung (DSFA; data protection impact assessment, DPIA) of a project stands: ' +
    'the assessment of the risks of a processing of personal data that Art. 35 DSGVO (GDPR) demands before a ' +
    'processing likely to result in a high risk to people. Recorded by the Kaz; the LDA (Landesbeauftragte für ' +
    'den Datenschutz, Brandenburg) supervises it.',
  values: {
    NOT_REQUIRED: {
      description:
        'Nicht erforderlich: the project processes no personal data, or a threshold analysis (Schwellwertanalyse) ' +
        'found no high risk.',
    },
    REQUIRED: { description: 'Erforderlich: a DSFA is needed and has not been started.' },
    IN_PROGRESS: { description: 'In Bearbeitung: the DSFA is being carried out.' },
    COMPLETED: { description: 'Abgeschlossen: the DSFA is completed (on `dpiaCompletedOn`).' },
  } satisfies Record<(typeof DPIA_STATUSES)[number], { description: string }>,
});
