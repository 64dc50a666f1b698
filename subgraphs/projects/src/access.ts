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
