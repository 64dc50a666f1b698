/**
 * The keys of the sample records that more than one subgraph needs to know: the owner generates
 * the full record, the others only refer to it by key (through federation). Everything here is
 * SAMPLE DATA, not real records of the partners.
 */

/** A sample committee decision (Beschluss), owned by the organisations subgraph. */
export interface SampleDecisionKey {
  /** Public key, e.g. `itrat-2020-3`. */
  id: string;
  /** Key of the committee (`it-rat`, `steuerungsgremium`, `pg-ozg`). */
  committeeId: string;
  /** Reference as the committee writes it, e.g. "Entscheidung 2020/3". */
  reference: string;
  /** Date of the decision (YYYY-MM-DD). */
  decidedOn: string;
}

const DECISION_PLAN: [committeeId: string, prefix: string, label: string, year: number, count: number][] = [
  ['it-rat', 'itrat', 'Entscheidung', 2019, 2],
  ['it-rat', 'itrat', 'Entscheidung', 2020, 4],
  ['it-rat', 'itrat', 'Entscheidung', 2021, 3],
  ['it-rat', 'itrat', 'Entscheidung', 2022, 2],
  ['it-rat', 'itrat', 'Entscheidung', 2023, 2],
  ['it-rat', 'itrat', 'Entscheidung', 2024, 2],
  ['it-rat', 'itrat', 'Entscheidung', 2025, 2],
  ['steuerungsgremium', 'sg', 'Beschluss', 2021, 2],
  ['steuerungsgremium', 'sg', 'Beschluss', 2022, 3],
  ['steuerungsgremium', 'sg', 'Beschluss', 2023, 2],
  ['steuerungsgremium', 'sg', 'Beschluss', 2024, 2],
  ['steuerungsgremium', 'sg', 'Beschluss', 2025, 2],
  ['pg-ozg', 'pgozg', 'Beschluss', 2022, 2],
  ['pg-ozg', 'pgozg', 'Beschluss', 2023, 2],
  ['pg-ozg', 'pgozg', 'Beschluss', 2024, 2],
];

/** The 34 sample decisions, ordered by committee and date. */
export function sampleDecisionKeys(): SampleDecisionKey[] {
  return DECISION_PLAN.flatMap(([committeeId, prefix, label, year, count]) =>
    Array.from({ length: count }, (_, index) => {
      const number = index + 1;
      const month = String(Math.min(12, 2 + index * 4)).padStart(2, '0');
      return {
        id: `${prefix}-${year}-${number}`,
        committeeId,
        reference: `${label} ${year}/${number}`,
        decidedOn: `${year}-${month}-15`,
      };
    }),
  );
}

/** The number of sample projects of the projects subgraph. */
export const SAMPLE_PROJECT_COUNT = 60;

/**
 * The public keys of the sample projects: `KAZ-<year>-<nn>`, five years from 2021, twelve a year.
 * The projects subgraph owns them; contracts refers to them.
 */
export function sampleProjectIds(): string[] {
  return Array.from({ length: SAMPLE_PROJECT_COUNT }, (_, index) => {
    const year = 2021 + Math.floor(index / 12);
    return `KAZ-${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
