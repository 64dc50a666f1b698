import { badUserInput, type Clock, parsePastDate, type YearRange } from '@kaz/subgraph-kit';
import type { DpiaStatus } from './db/project.ts';
import type { WorkOrderStatus } from './db/work-order.ts';

// The keys, years, status moves and data-protection rules particular to the projects subgraph; every
// other input (text, dates, ARS, money, versions) is checked by the kit's parse* functions.

/** A project id: `KAZ-<year>-<nn>`. */
const PROJECT_ID_PATTERN = /^KAZ-\d{4}-\d{2}$/;

/** A project key (PROJECT_ID_PATTERN); BAD_USER_INPUT naming `field` otherwise. */
export function parseProjectId(field: string, id: string): string {
  if (!PROJECT_ID_PATTERN.test(id)) throw badUserInput(field, 'must be a project key like "KAZ-2021-01"');
  return id;
}

/** The years a project's dates, a work order's due date and a project filter's year may lie in. */
export const PROJECT_YEARS: YearRange = { from: 1990, to: 2100 };

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
 * (`input.status`); `completedOn` is given exactly when the status is COMPLETED, a real day that is
 * not after today in Berlin by `clock` (`input.completedOn`).
 */
export function parseDataProtectionAssessment(
  input: { processesPersonalData: boolean; status: DpiaStatus; completedOn?: string | null | undefined },
  clock: Clock,
): DataProtectionAssessment {
  const { processesPersonalData, status, completedOn } = input;
  if (!processesPersonalData && status !== 'NOT_REQUIRED') {
    throw badUserInput(
      'input.status',
      `must be NOT_REQUIRED for a project that processes no personal data (a DSFA assesses a processing of personal data); got ${status}`,
    );
  }
  if (status === 'COMPLETED' && completedOn == null) {
    throw badUserInput(
      'input.completedOn',
      'is required when the status is COMPLETED (the day the DSFA was completed)',
    );
  }
  if (status !== 'COMPLETED' && completedOn != null) {
    throw badUserInput('input.completedOn', `must be left out unless the status is COMPLETED; the status is ${status}`);
  }
  return {
    processes_personal_data: processesPersonalData,
    dpia_status: status,
    dpia_completed_on: completedOn == null ? null : parsePastDate('input.completedOn', completedOn, clock),
  };
}
