import { badUserInput, type Clock, parsePastDate } from '@kaz/subgraph-kit';
import type { DpiaStatus } from './db/project.ts';

// The rules particular to the projects subgraph's inputs that the kit's vocabulary does not know;
// each throws BAD_USER_INPUT naming the field. Keys and lists are checked beside their mutations.

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
