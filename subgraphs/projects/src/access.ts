import { forbidden, requirePrincipal, type requireScope } from '@kaz/subgraph-kit';

// @kaz/auth is not a dependency of this package, so the principal's types come from the kit's
// access helpers that take them; this can go when the kit re-exports Principal and hasScope.
/** Who makes a request (from the verified bearer token). */
export type Principal = NonNullable<Parameters<typeof requirePrincipal>[0]>;
type Scope = Parameters<typeof requireScope>[1];

/** True when the principal (null = anonymous) carries the scope. */
export function hasScope(principal: Principal | null, scope: Scope): boolean {
  return principal?.scopes.has(scope) ?? false;
}

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
