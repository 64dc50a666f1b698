import { LAND_FUNDING_TARGET_EUR, type ReportData, type WorkOrderRow } from './report-data.ts';

/** Work orders due in the report year, by state, and the ones overdue on the day the figures were read. */
export interface WorkOrderFigures {
  due: WorkOrderRow[];
  done: number;
  open: number;
  cancelled: number;
  overdue: number;
  issued: number;
}

/** The date (YYYY-MM-DD) of an ISO timestamp in Brandenburg (Europe/Berlin). */
export function berlinDate(timestamp: string): string {
  return new Date(timestamp).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
}

/** The work-order figures of the report year, or null when the token may not see work orders. */
export function workOrderFigures(data: ReportData): WorkOrderFigures | null {
  if (!data.workOrders) return null;
  const year = String(data.year);
  const today = berlinDate(data.readAt);
  const due = data.workOrders
    .filter((order) => order.dueDate.startsWith(year))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  const active = (order: WorkOrderRow) => order.status === 'OPEN' || order.status === 'IN_PROGRESS';
  return {
    due,
    done: due.filter((order) => order.status === 'DONE').length,
    open: due.filter(active).length,
    cancelled: due.filter((order) => order.status === 'CANCELLED').length,
    overdue: due.filter((order) => active(order) && order.dueDate < today).length,
    issued: data.workOrders.filter((order) => order.issuedOn.startsWith(year)).length,
  };
}

/** The budget per year: each source's sum, the total, and whether the Land's share met the §6 target. */
export interface BudgetYear {
  year: number;
  bySource: Record<string, number>;
  total: number;
  land: number;
  targetMet: boolean;
}

/** Budget years in ascending order, from the graph's sums per year and source; null when withheld. */
export function budgetYears(data: ReportData): BudgetYear[] | null {
  if (!data.budget) return null;
  const years = new Map<number, BudgetYear>();
  for (const line of data.budget) {
    const entry = years.get(line.year) ?? { year: line.year, bySource: {}, total: 0, land: 0, targetMet: false };
    entry.bySource[line.source] = (entry.bySource[line.source] ?? 0) + line.amountEur;
    entry.total += line.amountEur;
    if (line.source === 'LAND') entry.land += line.amountEur;
    entry.targetMet = entry.land >= LAND_FUNDING_TARGET_EUR;
    years.set(line.year, entry);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The IT-Rat's decisions taken in the report year, by date. */
export function decisionsOfYear(data: ReportData) {
  return data.decisions
    ?.filter((decision) => decision.decidedOn.startsWith(String(data.year)))
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.reference.localeCompare(b.reference));
}

/** The twelve months of the report year, "YYYY-MM". */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}
