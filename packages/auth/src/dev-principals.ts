/**
 * The principals the cockpit's development sign-in offers (with the local development issuer only):
 * one per kind of user the access rules know, with the organisation or Kommune and the scopes a real
 * token of that user would carry (docs/access-control.md).
 */
export interface DevPrincipalDefinition {
  id: string;
  /** How the cockpit names the signed-in person. */
  label: string;
  description: string;
  org: string;
  scopes: readonly string[];
}

export const DEV_PRINCIPALS: readonly DevPrincipalDefinition[] = [
  {
    id: 'kaz',
    label: 'Kaz-Koordination',
    description:
      'Kommunales Anwendungszentrum: Projekte, Verträge, Lizenzen und Zertifikate (projects:write, contracts:write)',
    org: 'kaz',
    scopes: ['projects:write', 'contracts:write'],
  },
  {
    id: 'mdjd',
    label: 'MdJD, Referat E-Government',
    description:
      'Ministerium der Justiz und für Digitalisierung: eigene Projekte und Arbeitsaufträge (workorders:write, organisations:write)',
    org: 'mdjd',
    scopes: ['workorders:write', 'organisations:write'],
  },
  {
    id: 'mik',
    label: 'MIK, Kommunalabteilung',
    description: 'Ministerium des Innern und für Kommunales: eigene Projekte und Arbeitsaufträge (workorders:write)',
    org: 'mik',
    scopes: ['workorders:write'],
  },
  {
    id: 'amt-bad-wilsnack-weisen',
    label: 'IT-Leitung Amt Bad Wilsnack/Weisen',
    description: 'Ein Amt (Prignitz): seine eigenen Daten und die seiner amtsangehörigen Gemeinden',
    org: '120705001000',
    scopes: [],
  },
  {
    id: 'mittenwalde',
    label: 'IT-Leitung Stadt Mittenwalde',
    description: 'Eine amtsfreie Stadt (Dahme-Spreewald): ihre eigenen Daten',
    org: '120610332332',
    scopes: [],
  },
  {
    id: 'cert',
    label: 'CERT-Brandenburg',
    description: 'Sicherheitsvorfälle bis TLP:RED, Sicherheitskonzepte, Warnmeldungen (security:read, security:write)',
    org: 'zit_bb',
    scopes: ['security:read', 'security:write'],
  },
  {
    id: 'lda',
    label: 'LDA Brandenburg',
    description:
      'Landesbeauftragte für den Datenschutz: Vorfälle mit personenbezogenen Daten, Meldefristen (audit:read)',
    org: 'lda',
    scopes: ['audit:read'],
  },
  {
    id: 'dikom',
    label: 'DIKOM, Geschäftsstelle',
    description: 'Zweckverband Digitale Kommunen Brandenburg: eigene Mitglieder (dikom:write)',
    org: 'dikom',
    scopes: ['dikom:write'],
  },
];
