import type { Insertable } from 'kysely';
import type { SupportRequestTable } from '../src/db/support-request.ts';
import type { WorkOrderTable } from '../src/db/work-order.ts';
import type { SampleProject } from './sample-projects.ts';

/** One sample request: who asks, about what, when, and what the Kaz made of it. */
interface Draft {
  ars: string;
  subject: string;
  submittedOn: string;
  outcome: { project: true } | { workOrder: true } | { declined: string } | null;
  triagedOn?: string;
}

// SAMPLE DATA (no real requests are published): the Kommunen of §2.1 of the Umsetzungskonzept Kaz,
// first the Landkreise and kreisfreie Städte (ARS from the reference data), asking the Kaz for support.
const DRAFTS: Draft[] = [
  {
    ars: '120540000000', // Potsdam
    subject: 'Unterstützung bei der Anbindung des Bürgerservice an das Nutzerkonto (BEISPIEL)',
    submittedOn: '2025-10-14',
    outcome: null,
  },
  {
    ars: '120600000000', // Landkreis Barnim
    subject: 'Gemeinsame Einführung der E-Akte in den Ämtern des Landkreises (BEISPIEL)',
    submittedOn: '2024-03-04',
    outcome: { project: true },
    triagedOn: '2024-04-17',
  },
  {
    ars: '120520000000', // Cottbus/Chóśebuz
    subject: 'Beratung zur Nachnutzung des EfA-Dienstes Wohngeld (BEISPIEL)',
    submittedOn: '2024-09-23',
    outcome: { workOrder: true },
    triagedOn: '2024-10-08',
  },
  {
    ars: '120700000000', // Landkreis Prignitz
    subject: 'Finanzierung eines eigenen Rechenzentrumsbetriebs (BEISPIEL)',
    submittedOn: '2025-01-20',
    outcome: {
      declined:
        'Der Betrieb eines eigenen Rechenzentrums ist keine Aufgabe des Kaz; Verweis auf die Angebote des ZIT-BB und des ZV DIKOM (BEISPIEL).',
    },
    triagedOn: '2025-02-11',
  },
  {
    ars: '120730000000', // Landkreis Uckermark
    subject: 'Musterverfahren für die digitale Gewerbeanzeige (BEISPIEL)',
    submittedOn: '2025-11-03',
    outcome: null,
  },
  {
    ars: '120530000000', // Frankfurt (Oder)
    subject: 'Begleitung der Digitalisierung der Kfz-Zulassung (BEISPIEL)',
    submittedOn: '2023-06-12',
    outcome: { project: true },
    triagedOn: '2023-07-03',
  },
  {
    ars: '120670000000', // Landkreis Oder-Spree
    subject: 'Schulung der Verwaltung zum Onlinezugangsgesetz (BEISPIEL)',
    submittedOn: '2025-09-29',
    outcome: null,
  },
];

/**
 * The sample support requests (SAMPLE DATA, deterministic): keys "UA-BSP0-2025-000n"; a TRIAGED one
 * points at the first sample project the Kommune takes part in, or at the first sample work order of
 * such a project (else the first work order).
 */
export function sampleSupportRequests(
  projects: readonly SampleProject[],
  workOrders: readonly Insertable<WorkOrderTable>[],
): Insertable<SupportRequestTable>[] {
  return DRAFTS.map((draft, index): Insertable<SupportRequestTable> => {
    const own = projects.filter((p) => p.municipalities.some((m) => m.ars === draft.ars));
    const project = own[0]?.project.id ?? (projects[0]?.project.id as string);
    const order =
      workOrders.find((w) => own.some((p) => p.project.id === w.project_id)) ?? (workOrders[0] as { id: string });
    const outcome = draft.outcome;
    return {
      id: `UA-BSP0-2025-${String(index + 1).padStart(4, '0')}`,
      ars: draft.ars,
      subject: draft.subject,
      details: null,
      submitted_on: draft.submittedOn,
      status: outcome === null ? 'SUBMITTED' : 'declined' in outcome ? 'DECLINED' : 'TRIAGED',
      triaged_on: outcome === null ? null : (draft.triagedOn ?? null),
      project_id: outcome !== null && 'project' in outcome ? project : null,
      work_order_id: outcome !== null && 'workOrder' in outcome ? order.id : null,
      decline_reason: outcome !== null && 'declined' in outcome ? outcome.declined : null,
      is_sample: true,
    };
  });
}
