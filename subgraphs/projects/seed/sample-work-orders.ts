import { addDays, readOzgServices, SampleRandom, sampleDecisionKeys } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import type { ProjectPhase } from '../src/db/project.ts';
import type { WorkOrderStatus, WorkOrderTable } from '../src/db/work-order.ts';
import { digitalMinistryOn, SAMPLE_AS_OF, type SampleProject } from './sample-projects.ts';

/** Fixed seed of the sample work orders. */
const SEED = 20210311;

const MINISTRIES = ['mik', 'mdjd', 'mbjs', 'mwfk', 'mwaek', 'mleuv', 'mgs', 'mil', 'mdfe', 'stk'];

// What becomes of a work order whose result is a project: it is done when the project is.
const STATUS_BY_PHASE: Record<ProjectPhase, WorkOrderStatus> = {
  PLANNED: 'OPEN',
  IN_PROGRESS: 'IN_PROGRESS',
  PILOT: 'IN_PROGRESS',
  ROLLOUT: 'IN_PROGRESS',
  DONE: 'DONE',
  STOPPED: 'CANCELLED',
};

const STUDY_TITLES = [
  (service: string) => `Bedarfserhebung bei den Kommunen zu „${service}“`,
  (service: string) => `Marktsichtung der Fachverfahren für „${service}“`,
  (service: string) => `Machbarkeitsstudie zur Nachnutzung von „${service}“`,
  (service: string) => `Stellungnahme zum Umsetzungsstand von „${service}“`,
];

interface Draft {
  decisionId: string | null;
  ministryId: string;
  issuedOn: string;
}

/**
 * The 25 sample work orders (Arbeitsaufträge; SAMPLE DATA, deterministic): 20 issued by sample
 * committee decisions (passed on by the e-government ministry of the day), 5 issued by a ministry
 * alone; all assigned to the Kaz. Most result in one of the sample projects that starts after
 * the order; the others are studies. Ids are `AA-<year of issue>-<nnn>`, numbered by issue date.
 */
export function sampleWorkOrders(projects: readonly SampleProject[]): Insertable<WorkOrderTable>[] {
  const rng = new SampleRandom(SEED);
  const services = readOzgServices();
  const drafts: Draft[] = [
    ...rng.sample(sampleDecisionKeys(), 20).map((decision) => {
      const issuedOn = addDays(decision.decidedOn, rng.int(3, 21));
      return { decisionId: decision.id, ministryId: digitalMinistryOn(issuedOn), issuedOn };
    }),
    ...Array.from({ length: 5 }, () => ({
      decisionId: null,
      ministryId: rng.pick(MINISTRIES),
      issuedOn: rng.date('2020-03-01', '2025-09-30'),
    })),
  ].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || (a.decisionId ?? '').localeCompare(b.decisionId ?? ''));

  const linked = new Set<string>();
  const perYear = new Map<string, number>();
  return drafts.map((draft): Insertable<WorkOrderTable> => {
    const year = draft.issuedOn.slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const latestStart = addDays(draft.issuedOn, 900);
    const candidates = projects.filter(
      ({ project }) =>
        !linked.has(project.id) &&
        project.start_date >= draft.issuedOn &&
        project.start_date <= latestStart &&
        (draft.decisionId !== null || project.lead_ministry_id === draft.ministryId),
    );
    const result = candidates.length > 0 && rng.next() < 0.85 ? rng.pick(candidates).project : null;
    // An order that results in a project is due when the project is planned to end.
    const dueDate = result?.end_date ?? addDays(draft.issuedOn, rng.int(120, 540));
    let status: WorkOrderStatus;
    let title: string;
    if (result) {
      linked.add(result.id);
      status = STATUS_BY_PHASE[result.phase];
      title = `Projektauftrag: ${result.title}`;
    } else {
      const service = rng.pick(services).name;
      title = rng.pick(STUDY_TITLES)(service);
      if (dueDate < SAMPLE_AS_OF) status = rng.next() < 0.75 ? 'DONE' : 'CANCELLED';
      else status = rng.next() < 0.5 ? 'OPEN' : 'IN_PROGRESS';
    }
    return {
      id: `AA-${year}-${String(number).padStart(3, '0')}`,
      title,
      decision_id: draft.decisionId,
      issuing_ministry_id: draft.ministryId,
      assignee_id: 'kaz',
      issued_on: draft.issuedOn,
      due_date: dueDate,
      status,
      project_id: result?.id ?? null,
      is_sample: true,
    };
  });
}
