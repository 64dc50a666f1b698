import { forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';

export type { Principal };
export { hasScope };

/**
 * Rule read.workorder: work orders are for the Kaz (projects:write) and the ministries
 * (workorders:write). Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function assertMayReadWorkOrders(principal: Principal | null): void {
  const known = requirePrincipal(principal);
  if (!hasScope(known, 'projects:write') && !hasScope(known, 'workorders:write')) {
    throw forbidden('work orders need the scope projects:write or workorders:write');
  }
}

/**
 * Rule read.project.internal: a project's budget, milestones and work orders are for the Kaz
 * (projects:write, every project) and for the ministry that leads the project (its own projects).
 * Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function assertMayReadProjectInternals(
  principal: Principal | null,
  project: { id: string; lead_ministry_id: string | null },
): void {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write')) return;
  if (known.kind === 'organisation' && project.lead_ministry_id === known.org) return;
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
export function assertMayReadAllBudgets(principal: Principal | null): void {
  const known = requirePrincipal(principal);
  if (!hasScope(known, 'projects:write')) {
    throw forbidden('budget totals over all projects are for the Kaz (projects:write) only');
  }
}
