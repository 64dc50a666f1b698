/**
 * German labels of the graph's enum values, one `Record<string, string>` per enum (the API schema's
 * descriptions give the German terms). A value missing here is shown as it is, never dropped.
 */

/** MunicipalityKind: Kommunalverfassung (BbgKVerf) and VgMvG. */
export const MUNICIPALITY_KIND: Record<string, string> = {
  LANDKREIS: 'Landkreis',
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  AMT: 'Amt',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  MITVERWALTUNG: 'Mitverwaltung',
  AMTSFREIE_GEMEINDE: 'Amtsfreie Gemeinde',
  AMTSANGEHOERIGE_GEMEINDE: 'Amtsangehörige Gemeinde',
  ORTSGEMEINDE: 'Ortsgemeinde',
  MITVERWALTETE_GEMEINDE: 'Mitverwaltete Gemeinde',
};

/** ProjectPhase. */
export const PROJECT_PHASE: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  PILOT: 'Pilotierung',
  ROLLOUT: 'Rollout (Übertragung)',
  DONE: 'abgeschlossen',
  STOPPED: 'eingestellt',
};

/** ProjectKind. */
export const PROJECT_KIND: Record<string, string> = {
  OZG_IMPLEMENTATION: 'OZG-Umsetzung',
  EFA_REUSE: 'EfA-Nachnutzung',
  INFRASTRUCTURE: 'Infrastruktur',
  BASIC_COMPONENT: 'Basiskomponente',
  PROCESS_DIGITISATION: 'Prozessdigitalisierung',
};

/** OzgRolloutStatus. */
export const OZG_ROLLOUT_STATUS: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  ONLINE: 'online',
};

/** FrameworkContractStatus. */
export const FRAMEWORK_CONTRACT_STATUS: Record<string, string> = {
  ACTIVE: 'laufend',
  EXPIRED: 'abgelaufen',
  NOT_YET_ACTIVE: 'noch nicht begonnen',
};

/** CertificateKind. */
export const CERTIFICATE_KIND: Record<string, string> = {
  TLS_SERVER: 'TLS-Serverzertifikat',
  VPN_GATEWAY: 'VPN-Gateway',
  SMIME: 'S/MIME',
  CODE_SIGNING: 'Code-Signing',
  ELECTRONIC_SEAL: 'Elektronisches Siegel',
};

/** ProcurementStatus. */
export const PROCUREMENT_STATUS: Record<string, string> = {
  PLANNED: 'geplant',
  PUBLISHED: 'bekanntgemacht',
  EVALUATION: 'in Wertung',
  AWARDED: 'vergeben',
  CANCELLED: 'aufgehoben',
};

/** ProcurementProcedureType. */
export const PROCUREMENT_PROCEDURE_TYPE: Record<string, string> = {
  OPEN_PROCEDURE: 'Offenes Verfahren',
  RESTRICTED_PROCEDURE: 'Nicht offenes Verfahren',
  NEGOTIATED_PROCEDURE: 'Verhandlungsverfahren',
  FRAMEWORK_CALL_OFF: 'Abruf aus Rahmenvertrag',
  PUBLIC_TENDER: 'Öffentliche Ausschreibung',
  RESTRICTED_TENDER: 'Beschränkte Ausschreibung',
  NEGOTIATED_AWARD: 'Verhandlungsvergabe',
  IN_HOUSE_AWARD: 'Inhouse-Vergabe',
};

/** MunicipalityContactRole. */
export const CONTACT_ROLE: Record<string, string> = {
  ISB: 'Informationssicherheitsbeauftragte/r (ISB)',
  EMERGENCY: 'Notfallkontakt',
  DATA_PROTECTION: 'Datenschutzbeauftragte/r',
  IT_LEAD: 'IT-Leitung',
};

/** SecurityConceptBasis. */
export const SECURITY_CONCEPT_BASIS: Record<string, string> = {
  BSI_GRUNDSCHUTZ_BASIS: 'BSI IT-Grundschutz, Basis-Absicherung',
  BSI_GRUNDSCHUTZ_STANDARD: 'BSI IT-Grundschutz, Standard-Absicherung',
  BSI_GRUNDSCHUTZ_KERN: 'BSI IT-Grundschutz, Kern-Absicherung',
  ISIS12: 'ISIS12',
  ISO_27001: 'ISO/IEC 27001',
};

/** SecurityConceptStatus. */
export const SECURITY_CONCEPT_STATUS: Record<string, string> = {
  DRAFT: 'Entwurf',
  ADOPTED: 'beschlossen',
  UNDER_REVIEW: 'in Überarbeitung',
  OUTDATED: 'veraltet',
};

/** SecurityIncidentSeverity, from LOW to CRITICAL. */
export const INCIDENT_SEVERITY: Record<string, string> = {
  LOW: 'niedrig',
  MEDIUM: 'mittel',
  HIGH: 'hoch',
  CRITICAL: 'kritisch',
};

/** SecurityIncidentStatus, in lifecycle order. */
export const INCIDENT_STATUS: Record<string, string> = {
  REPORTED: 'gemeldet',
  TRIAGED: 'bewertet',
  CONTAINED: 'eingedämmt',
  RESOLVED: 'behoben',
  CLOSED: 'abgeschlossen',
};

/** SecurityIncidentCategory. */
export const INCIDENT_CATEGORY: Record<string, string> = {
  MALWARE: 'Schadsoftware',
  PHISHING: 'Phishing',
  RANSOMWARE: 'Ransomware',
  DDOS: 'DDoS',
  DATA_LEAK: 'Datenabfluss',
  VULNERABILITY: 'Schwachstelle',
  UNAUTHORISED_ACCESS: 'Unbefugter Zugriff',
  OUTAGE: 'Ausfall',
  OTHER: 'Sonstiges',
};

/** BreachRisk (GDPR Art. 33(1), 34(1)). */
export const BREACH_RISK: Record<string, string> = {
  UNLIKELY: 'voraussichtlich kein Risiko',
  RISK: 'Risiko',
  HIGH_RISK: 'hohes Risiko',
};

/** DataSubjectExemption (GDPR Art. 34(3)). */
export const DATA_SUBJECT_EXEMPTION: Record<string, string> = {
  DATA_UNINTELLIGIBLE: 'Art. 34 Abs. 3 lit. a: Daten unverständlich (z. B. verschlüsselt)',
  RISK_NO_LONGER_LIKELY: 'Art. 34 Abs. 3 lit. b: hohes Risiko besteht nicht mehr',
  DISPROPORTIONATE_EFFORT: 'Art. 34 Abs. 3 lit. c: unverhältnismäßiger Aufwand, öffentliche Bekanntmachung',
};

/** FundingSource: who provides a project's money. */
export const FUNDING_SOURCE: Record<string, string> = {
  LAND: 'Land',
  BUND: 'Bund',
  KOMMUNEN: 'Kommunen (Eigenanteil)',
  EU: 'EU',
};

/** The figures the Land map (Landkreise, kreisfreie Städte) can be coloured by, by key (`?wert=`). */
export const MAP_LAND_FIGURE: Record<string, string> = {
  projekte: 'Projekte',
  kommunen: 'beteiligte Kommunen',
  ozg: 'OZG-Leistungen in Projekten',
  online: 'OZG online-Anteil',
  einwohner: 'Einwohner',
  lizenzplaetze: 'zugewiesene Lizenzplätze',
  lizenzkosten: 'Lizenzkosten pro Jahr (Euro)',
};

/** The figures the map of one Landkreis (its Gemeinden) can be coloured by, by key (`?wert=`). */
export const MAP_GEMEINDE_FIGURE: Record<string, string> = {
  projekte: 'Projekte',
  lizenzen: 'Lizenzen',
  vorfaelle: 'offene Sicherheitsvorfälle',
  einwohner: 'Einwohner',
};
