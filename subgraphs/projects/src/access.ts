import { ministryKeySet } from '@kaz/reference-data';
import { forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';
import type { WorkOrderRow } from './db/work-order.ts';

export type { Principal };
export { hasScope };

/**
 * Which work orders a principal reads (rule read.workorder): `all` for the Kaz (projects:write),
 * or the key of the ministry (workorders:write) whose own work orders it reads: those it issued or
 * passed on, and those of the projects it leads.
 */
export type WorkOrderReach = { all: true } | { all: false; ministry: string };

/**
 * Rule read.workorder, the role part: the Kaz reads every work order, a ministry (workorders:write)
 * its own. Throws UNAUTHENTICATED without a token and FORBIDDEN for every other principal, whatever
 * the record: the role decides, never the record's existence.
 */
export function requireWorkOrderReach(principal: Principal | null): WorkOrderReach {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write')) return { all: true };
  if (hasScope(known, 'workorders:write')) return { all: false, ministry: known.org };
  throw forbidden('work orders need the scope projects:write or workorders:write');
}

/** Throws like `requireWorkOrderReach`; for paths that check the role only (e.g. a project the reader leads). */
export function requireWorkOrderRead(principal: Principal | null): void {
  requireWorkOrderReach(principal);
}

/**
 * The work orders of `orders` that `reach` may read, in their order: all for the Kaz; for a ministry
 * those it issued and those of projects it leads (the projects come through the request's loader, one
 * statement for all). A hidden work order is simply absent, as if it did not exist.
 */
export async function visibleWorkOrders(
  ctx: Pick<Context, 'loaders'>,
  reach: WorkOrderReach,
  orders: readonly WorkOrderRow[],
): Promise<WorkOrderRow[]> {
  if (reach.all) return [...orders];
  const projects = await Promise.all(
    orders.map((order) => (order.project_id ? ctx.loaders.projectById.load(order.project_id) : null)),
  );
  return orders.filter(
    (order, index) =>
      order.issuing_ministry_id === reach.ministry || projects[index]?.lead_ministry_id === reach.ministry,
  );
}

/** The work order when `reach` may read it, else null (the same answer as for an unknown id). */
export async function visibleWorkOrder(
  ctx: Pick<Context, 'loaders'>,
  reach: WorkOrderReach,
  order: WorkOrderRow | null,
): Promise<WorkOrderRow | null> {
  if (!order) return null;
  return (await visibleWorkOrders(ctx, reach, [order]))[0] ?? null;
}

/** True when the principal may read the budget, milestones and work orders of `project` (read.project.internal). */
export function mayReadProjectInternals(
  principal: Principal | null,
  project: { lead_ministry_id: string | null },
): boolean {
  if (!principal) return false;
  if (hasScope(principal, 'projects:write')) return true;
  return principal.kind === 'organisation' && project.lead_ministry_id === principal.org;
}

/**
 * Rule read.project.internal: a project's budget, milestones and work orders are for the Kaz
 * (projects:write, every project) and for the ministry that leads the project (its own projects).
 * Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function requireProjectInternalsRead(
  principal: Principal | null,
  project: { id: string; lead_ministry_id: string | null },
): void {
  const known = requirePrincipal(principal);
  if (mayReadProjectInternals(known, project)) return;
  throw forbidden(
    `the budget, milestones and work orders of ${project.id} are for the Kaz (projects:write) and its lead ministry only`,
  );
}

/**
 * Rule read.project.internal, applied to totals over ALL projects (statistics): only the Kaz
 * (projects:write) sees every project's budget, so only it may see sums across them; a lead ministry
 * sees its own projects' budgets on the projects themselves. UNAUTHENTICATED without a token,
 * FORBIDDEN for anyone else.
 */
export function requireBudgetTotalsRead(principal: Principal | null): void {
  const known = requirePrincipal(principal);
  if (!hasScope(known, 'projects:write')) {
    throw forbidden('budget totals over all projects are for the Kaz (projects:write) only');
  }
}

/**
 * Rule read.funding.totals: the programme's funding summed per year and source over all projects
 * (`programmeFunding`), for the Kaz (projects:write) and for every ministry (Ressort) of the Land —
 * the Land money in it comes from the ministries' budget chapters, and the sums name no project.
 * Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function requireFundingTotalsRead(principal: Principal | null): void {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write')) return;
  if (known.kind === 'organisation' && ministryKeySet().has(known.org)) return;
  throw forbidden('the programme funding totals are for the Kaz (projects:write) and the ministries (Ressorts) only');
}
