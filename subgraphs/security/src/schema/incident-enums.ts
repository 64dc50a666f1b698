import { builder } from '../builder.ts';
import type { IncidentCategory, IncidentSeverity, IncidentStatus } from '../db/security-incident.ts';

/** What kind of security incident happened. */
export const IncidentCategoryEnum = builder.enumType('SecurityIncidentCategory', {
  description: 'The kind of a security incident (Sicherheitsvorfall).',
  values: {
    MALWARE: { description: 'Schadsoftware: malware on a client or server (no encryption for ransom).' },
    PHISHING: { description: 'Phishing: deceptive e-mails, messages or websites that aim at credentials or payments.' },
    RANSOMWARE: { description: 'Ransomware (Verschlüsselungstrojaner): data encrypted or stolen for ransom.' },
    DDOS: { description: 'DDoS: a distributed denial-of-service attack that overloads a service.' },
    DATA_LEAK: { description: 'Datenabfluss: data disclosed to or taken by someone not entitled to it.' },
    VULNERABILITY: {
      description: 'Schwachstelle: an exploitable weakness found in a system, before or without an attack.',
    },
    UNAUTHORISED_ACCESS: {
      description: 'Unbefugter Zugriff: someone used an account or system without authorisation.',
    },
    OUTAGE: { description: 'Ausfall: loss of availability of a service or network without a known attack.' },
    OTHER: { description: 'Anything else, e.g. the loss or theft of a device.' },
  } satisfies Record<IncidentCategory, { description: string }>,
});

/** How serious an incident is. */
export const IncidentSeverityEnum = builder.enumType('SecurityIncidentSeverity', {
  description: 'How serious a security incident is for the affected Kommunen, as CERT-Brandenburg assessed it.',
  values: {
    LOW: { description: 'Niedrig: little impact; handled in normal operation.' },
    MEDIUM: { description: 'Mittel: noticeable impact on single services or workplaces.' },
    HIGH: { description: 'Hoch: important services or many workplaces impaired; data may be at risk.' },
    CRITICAL: {
      description: 'Kritisch: the administration can no longer work, or sensitive data was lost on a large scale.',
    },
  } satisfies Record<IncidentSeverity, { description: string }>,
});

/** Where the handling of an incident stands. */
export const IncidentStatusEnum = builder.enumType('SecurityIncidentStatus', {
  description: 'Where the handling of a security incident stands, in this order.',
  values: {
    REPORTED: { description: 'Gemeldet: reported to CERT-Brandenburg, not yet assessed.' },
    TRIAGED: { description: 'Bewertet: assessed and prioritised; handling has started.' },
    CONTAINED: { description: 'Eingedämmt: the damage no longer spreads; recovery is under way.' },
    RESOLVED: { description: 'Behoben: the cause is removed and operation restored.' },
    CLOSED: { description: 'Abgeschlossen: follow-up (report, lessons learned) is done; the case is closed.' },
  } satisfies Record<IncidentStatus, { description: string }>,
});
