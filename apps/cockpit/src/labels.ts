/**
 * German labels for the API's enum values, one `Record<string, string>` per enum (the UI shows no
 * English enum value). A value missing here is shown as it is.
 */

/** ProjectPhase: the lifecycle of a digitalisation project. */
export const PROJECT_PHASE: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  PILOT: 'Pilotbetrieb',
  ROLLOUT: 'Rollout',
  DONE: 'abgeschlossen',
  STOPPED: 'abgebrochen',
};

/** FundingSource: who provides a project's money. */
export const FUNDING_SOURCE: Record<string, string> = {
  LAND: 'Land',
  BUND: 'Bund',
  KOMMUNEN: 'Kommunen (Eigenanteil)',
  EU: 'EU',
};

/** SecurityIncidentSeverity: how bad a security incident is. */
export const INCIDENT_SEVERITY: Record<string, string> = {
  LOW: 'niedrig',
  MEDIUM: 'mittel',
  HIGH: 'hoch',
  CRITICAL: 'kritisch',
};

/** OzgRolloutStatus: where a Kommune stands with an OZG-Leistung (the counts of OzgRolloutCoverage). */
export const OZG_ROLLOUT_STATUS: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  ONLINE: 'online',
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
