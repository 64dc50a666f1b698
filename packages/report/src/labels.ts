/** German names of the graph's enum values, as the report prints them. */
export const PHASE_LABELS: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  PILOT: 'Pilotierung',
  ROLLOUT: 'Rollout (Übertragung)',
  DONE: 'abgeschlossen',
  STOPPED: 'eingestellt',
};

export const SOURCE_LABELS: Record<string, string> = {
  LAND: 'Land Brandenburg',
  BUND: 'Bund',
  KOMMUNEN: 'Kommunen (Eigenanteil)',
  EU: 'EU',
};

/** The funding sources in the order the report shows them: the Land first (the §6 target is about it). */
export const SOURCE_ORDER = ['LAND', 'BUND', 'KOMMUNEN', 'EU'];

export const WORK_ORDER_STATUS_LABELS: Record<string, string> = {
  OPEN: 'offen',
  IN_PROGRESS: 'in Bearbeitung',
  DONE: 'erledigt',
  CANCELLED: 'zurückgezogen',
};

export const SEVERITY_LABELS: Record<string, string> = {
  LOW: 'niedrig',
  MEDIUM: 'mittel',
  HIGH: 'hoch',
  CRITICAL: 'kritisch',
};

export const SEVERITY_ORDER = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The label of a value, or the value itself when the graph sends one the report does not know yet. */
export function labelOf(labels: Record<string, string>, value: string): string {
  return labels[value] ?? value;
}
