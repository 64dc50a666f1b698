import { ministryKeySet } from '@kaz/reference-data';
import {
  badUserInput,
  type Clock,
  parseDate,
  parseDistinct,
  parseOrganisationKey,
  parsePastDate,
  type YearRange,
} from '@kaz/subgraph-kit';
import type { DpiaStatus, ProjectPhase } from './db/project.ts';
import type { WorkOrderStatus } from './db/work-order.ts';
import { OZG_ID_PATTERN } from './schema/ozg-service.ts';

// The keys, years, status moves and data-protection rules particular to the projects subgraph; every
// other input (text, dates, ARS, money, versions) is checked by the kit's parse* functions. The
// mutations and the bulk import (src/records/) check with these same functions, each naming its
// own field (`input.title` in a mutation, `title` in an import file).

/** A project id: `KAZ-<year>-<nn>`. */
const PROJECT_ID_PATTERN = /^KAZ-\d{4}-\d{2}$/;

/** A project key (PROJECT_ID_PATTERN); BAD_USER_INPUT naming `field` otherwise. */
export function parseProjectId(field: string, id: string): string {
  if (!PROJECT_ID_PATTERN.test(id)) throw badUserInput(field, 'must be a project key like "KAZ-2021-01"');
  return id;
}

/** The years a project's dates, a work order's due date and a project filter's year may lie in. */
export const PROJECT_YEARS: YearRange = { from: 1990, to: 2100 };

/** The longest title of a project. */
export const TITLE_MAX = 200;
/** The longest summary of a project. */
export const SUMMARY_MAX = 2000;

/** A project's start and planned end (null: not fixed yet), real days in PROJECT_YEARS, the end not before the start. */
export function parseProjectPeriod(
  fields: { startDate: string; endDate: string },
  start: string,
  end: string | null,
): { startDate: string; endDate: string | null } {
  const startDate = parseDate(fields.startDate, start, PROJECT_YEARS);
  const endDate = end === null ? null : parseDate(fields.endDate, end, PROJECT_YEARS);
  if (endDate !== null && endDate < startDate) throw badUserInput(fields.endDate, 'must not be before startDate');
  return { startDate, endDate };
}

/** The phases a project goes through, in order; STOPPED can end any of them but DONE. */
const PHASE_ORDER: readonly ProjectPhase[] = ['PLANNED', 'IN_PROGRESS', 'PILOT', 'ROLLOUT', 'DONE'];

/**
 * BAD_USER_INPUT on `field` (default `input.phase`) unless `to` is `from` (no move) or a legal move:
 * forward to any later phase, or from any phase but DONE to STOPPED. DONE and STOPPED are final.
 */
export function checkPhaseMove(from: ProjectPhase, to: ProjectPhase, field = 'input.phase'): void {
  if (from === to) return;
  if (from === 'DONE' || from === 'STOPPED') {
    throw badUserInput(field, `the project is ${from}, a final phase; it cannot move to ${to}`);
  }
  if (to === 'STOPPED' || PHASE_ORDER.indexOf(to) > PHASE_ORDER.indexOf(from)) return;
  throw badUserInput(field, `a project cannot go back from ${from} to ${to}`);
}

/** The organisation key of a ministry (Ressort) of the Land, or null for none; BAD_USER_INPUT on `field` otherwise. */
export function parseLeadMinistry(field: string, id: string | null): string | null {
  if (id === null) return null;
  parseOrganisationKey(field, id);
  if (!ministryKeySet().has(id)) {
    throw badUserInput(field, `"${id}" is not a ministry (Ressort) of the Land, e.g. "mil"`);
  }
  return id;
}

/** The OZG-ID list, sorted; BAD_USER_INPUT on `field` when one is malformed or repeated. */
export function parseOzgServiceIds(field: string, list: readonly string[]): string[] {
  for (const id of list) {
    if (!OZG_ID_PATTERN.test(id)) throw badUserInput(field, `"${id}" is not an OZG-ID of 5 digits`);
  }
  return parseDistinct(field, list);
}

/** `list` when each OZG-ID is in `known` (the catalogue's, as read from the database); BAD_USER_INPUT otherwise. */
export function parseKnownOzgServices(field: string, list: readonly string[], known: ReadonlySet<string>): string[] {
  const unknown = list.find((id) => !known.has(id));
  if (unknown) throw badUserInput(field, `"${unknown}" is not an OZG-Leistung of the catalogue`);
  return [...list];
}

/** The moves a work order's status may make; DONE and CANCELLED are final. */
const STATUS_MOVES: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  OPEN: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

/**
 * BAD_USER_INPUT on `input.status` unless `from` → `to` is a legal move (OPEN → IN_PROGRESS → DONE,
 * OPEN or IN_PROGRESS → CANCELLED). Staying in the same status is allowed only together with a
 * change of the project link (`linksProject`).
 */
export function checkStatusMove(from: WorkOrderStatus, to: WorkOrderStatus, linksProject: boolean): void {
  if (from === to) {
    if (linksProject) return;
    throw badUserInput('input.status', `the work order is ${from} already`);
  }
  if (STATUS_MOVES[from].includes(to)) return;
  if (STATUS_MOVES[from].length === 0) {
    throw badUserInput('input.status', `the work order is ${from}, a final status; it cannot move to ${to}`);
  }
  throw badUserInput('input.status', `a work order cannot move from ${from} to ${to}`);
}

/** A project's data protection as stored: personal data, and the state and day of its DSFA. */
export interface DataProtectionAssessment {
  processes_personal_data: boolean;
  dpia_status: DpiaStatus;
  dpia_completed_on: string | null;
}

/**
 * A project's data protection as the Kaz records it: a Datenschutz-Folgenabschätzung (DSFA, Art. 35
 * DSGVO) assesses a processing of personal data, so without personal data the status is NOT_REQUIRED
 * (`fields.status`); `completedOn` is given exactly when the status is COMPLETED, a real day that is
 * not after today in Berlin by `clock` (`fields.completedOn`).
 */
export function parseDataProtectionAssessment(
  input: { processesPersonalData: boolean; status: DpiaStatus; completedOn?: string | null | undefined },
  clock: Clock,
  fields: { status: string; completedOn: string } = { status: 'input.status', completedOn: 'input.completedOn' },
): DataProtectionAssessment {
  const { processesPersonalData, status, completedOn } = input;
  if (!processesPersonalData && status !== 'NOT_REQUIRED') {
    throw badUserInput(
      fields.status,
      `must be NOT_REQUIRED for a project that processes no personal data (a DSFA assesses a processing of personal data); got ${status}`,
    );
  }
  if (status === 'COMPLETED' && completedOn == null) {
    throw badUserInput(fields.completedOn, 'is required when the status is COMPLETED (the day the DSFA was completed)');
  }
  if (status !== 'COMPLETED' && completedOn != null) {
    throw badUserInput(fields.completedOn, `must be left out unless the status is COMPLETED; the status is ${status}`);
  }
  return {
    processes_personal_data: processesPersonalData,
    dpia_status: status,
    dpia_completed_on: completedOn == null ? null : parsePastDate(fields.completedOn, completedOn, clock),
  };
}
