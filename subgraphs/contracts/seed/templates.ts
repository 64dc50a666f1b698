import type { Insertable } from 'kysely';
import type { ProcurementTemplateTable, ProcurementTemplateUseTable } from '../src/db/procurement-template.ts';

// SAMPLE DATA: Vergabehilfen the Kaz offers free of charge (Umsetzungskonzept Kaz, §3) and the Kommunen
// that use them. Titles and uses are made up; no decision is named, since the sample decisions are not
// the ones that adopted them.

/** The sample Vergabehilfen. */
export const TEMPLATES: Insertable<ProcurementTemplateTable>[] = [
  {
    id: 'VH-2022-001',
    kind: 'MODEL_CONTRACT',
    title: 'Mustervertrag Cloud-Videokonferenzdienst (EVB-IT Cloud) (BEISPIEL)',
    status: 'ADOPTED',
    decision_id: null,
    free_of_charge: true,
    is_sample: true,
  },
  {
    id: 'VH-2023-001',
    kind: 'TENDER_DOCUMENTS',
    title: 'Vergabeunterlagen Arbeitsplatz-Hardware für Ämter und Gemeinden (BEISPIEL)',
    status: 'ADOPTED',
    decision_id: null,
    free_of_charge: true,
    is_sample: true,
  },
  {
    id: 'VH-2024-001',
    kind: 'SERVICE_DESCRIPTION',
    title: 'Muster-Leistungsbeschreibung Online-Terminvergabe (BEISPIEL)',
    status: 'ADOPTED',
    decision_id: null,
    free_of_charge: true,
    is_sample: true,
  },
  {
    id: 'VH-2026-001',
    kind: 'EVALUATION_MATRIX',
    title: 'Bewertungsmatrix Fachverfahren mit Datenschutzkriterien (BEISPIEL)',
    status: 'DRAFT',
    decision_id: null,
    free_of_charge: true,
    is_sample: true,
  },
];

/** The sample uses: which Kommunen (Landkreise, Städte, Ämter) took up which Vergabehilfe, and when. */
export const TEMPLATE_USES: Insertable<ProcurementTemplateUseTable>[] = [
  { template_id: 'VH-2022-001', ars: '120540000000', since: '2022-09-01', is_sample: true },
  { template_id: 'VH-2022-001', ars: '120730000000', since: '2023-01-15', is_sample: true },
  { template_id: 'VH-2023-001', ars: '120705001000', since: '2023-06-01', is_sample: true },
  { template_id: 'VH-2023-001', ars: '120735306000', since: '2024-02-01', is_sample: true },
  { template_id: 'VH-2024-001', ars: '120520000000', since: '2024-10-01', is_sample: true },
];
