/** One Kommune's broadband figures, as `BroadbandCoverage` shows them. */
export interface Coverage {
  gigabitHouseholdsPercent: number;
  fibreHouseholdsPercent: number;
  reportedOn: string;
  isSample: boolean;
}

/**
 * The partner's own table, by ARS: a handful of Kommunen with MADE-UP figures (every row is sample
 * data, `isSample: true`), standing in for the partner's database. A Kommune without a row has no
 * figures (null).
 */
export const SAMPLE_COVERAGE: ReadonlyMap<string, Coverage> = new Map(
  (
    [
      ['120540000000', 78.4, 41.2], // Potsdam, Stadt
      ['120520000000', 64.9, 30.5], // Cottbus/Chóśebuz, Stadt
      ['120510000000', 59.3, 22.8], // Brandenburg an der Havel, Stadt
      ['120735306225', 12.6, 12.6], // Gramzow
    ] as const
  ).map(([ars, gigabit, fibre]) => [
    ars,
    { gigabitHouseholdsPercent: gigabit, fibreHouseholdsPercent: fibre, reportedOn: '2026-06-30', isSample: true },
  ]),
);
