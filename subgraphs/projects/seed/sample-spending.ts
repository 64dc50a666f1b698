import type { Insertable } from 'kysely';
import type { BudgetLineTable } from '../src/db/project-detail.ts';

/** The last budget year whose accounts (Haushaltsrechnung) are closed as of the sample date (30.11.2025). */
const LAST_CLOSED_YEAR = 2024;

/**
 * A sample budget line with what was spent of it (SAMPLE DATA, derived from the line itself without
 * drawing from the random sequence, so that every other sample value stays as it was): in a closed
 * year between 70 % and 100 % of the planned amount, rounded to 100 euros; in a year not yet closed,
 * nothing recorded (null).
 */
export function withSpending(line: Insertable<BudgetLineTable>): Insertable<BudgetLineTable> {
  if (line.year > LAST_CLOSED_YEAR) return { ...line, spent_eur: null };
  let hash = 0;
  for (const char of `${line.project_id}/${line.year}/${line.source}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const share = 0.7 + (hash % 31) / 100;
  return { ...line, spent_eur: Math.round((line.amount_eur * share) / 100) * 100 };
}
