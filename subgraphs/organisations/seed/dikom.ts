import { addDays, readDistrictsAndAemter, readMunicipalities, SampleRandom, toArs } from '@kaz/reference-data';
import type { Insertable } from 'kysely';
import { DIKOM_FOUNDED_ON, type DikomMembershipTable } from '../src/db/dikom-membership.ts';

/** How many Kommunen the sample makes DIKOM members, and how many of them have left again. */
export const DIKOM_SAMPLE_SIZE = { members: 120, founding: 19, leavers: 4 } as const;

// Joining waves shaped like the published member counts (19 founding Kommunen, 37 in Feb. 2021,
// 52 in May 2022, 57 in Sept. 2022), then steady growth; the Kommunen themselves are made up.
const WAVES: [joined: number, from: string, to: string][] = [
  [18, '2020-05-20', '2021-02-15'],
  [15, '2021-03-01', '2022-05-15'],
  [5, '2022-05-16', '2022-09-15'],
  [63, '2022-09-16', '2025-10-31'],
];

/**
 * SAMPLE DATA: DIKOM membership of 120 Kommunen of the gemeindliche Ebene, where the Umsetzungskonzept
 * Kaz places DIKOM: amtsfreie Gemeinden and Städte and Ämter, with their real ARS; no Landkreis and
 * no kreisfreie Stadt. 19 founding members from 09.04.2020, among them Hohen Neuendorf (the
 * constituent assembly); later joiners spread until 2025; four members left again. Deterministic
 * (fixed seed), ordered by ARS.
 */
export function dikomMembershipRows(): Insertable<DikomMembershipTable>[] {
  const random = new SampleRandom(20_200_409);
  const gemeinden = readMunicipalities().filter((g) => g.kind === 'amtsfreie_gemeinde');
  const unions = readDistrictsAndAemter().filter((u) => u.kind === 'amt');
  const fixed = gemeinden.filter((g) => g.name === 'Hohen Neuendorf, Stadt').map((g) => g.ars);
  const pool = [
    ...gemeinden.map((g) => g.ars).filter((ars) => !fixed.includes(ars)),
    ...unions.map((u) => toArs(u.key)),
  ];
  const chosen = [...fixed, ...shuffle(random, random.sample(pool, DIKOM_SAMPLE_SIZE.members - fixed.length))];

  const since: string[] = chosen.slice(0, DIKOM_SAMPLE_SIZE.founding).map(() => DIKOM_FOUNDED_ON);
  for (const [joined, from, to] of WAVES) {
    since.push(...Array.from({ length: joined }, () => random.date(from, to)).sort());
  }
  const rows = chosen.map(
    (ars, index): Insertable<DikomMembershipTable> => ({
      ars,
      member_since: since[index] ?? DIKOM_FOUNDED_ON,
      member_until: null,
      is_sample: true,
    }),
  );
  // A few early members leave after at least two years (a Zweckverband allows leaving by Satzung).
  for (const row of random.sample(rows.slice(2, 60), DIKOM_SAMPLE_SIZE.leavers)) {
    row.member_until = random.date(addDays(row.member_since as string, 730), '2025-12-31');
  }
  return rows.sort((a, b) => a.ars.localeCompare(b.ars));
}

function shuffle<T>(random: SampleRandom, items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}
