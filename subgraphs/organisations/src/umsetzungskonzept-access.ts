import { administersOrIs, forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';

// The access rules of the Umsetzungskonzept records of this subgraph (docs/access-control.md, rules
// read.municipality.contacts, write.workprogramme, write.recommendation, write.recommendation.application,
// write.municipality.contact). The Kaz is the principal with the scope projects:write, the scope only
// the Kaz holds (docs/access-control.md, "Principals").

/** True for the Kaz: a token with projects:write. */
export function isKaz(principal: Principal | null): boolean {
  return hasScope(principal, 'projects:write');
}

/** True when the principal is the Kommune `ars` itself, or the Amt (Verbandsgemeinde, Mitverwaltung) administering it. */
export function speaksForKommune(principal: Principal | null, ars: string): boolean {
  return principal?.kind === 'municipality' && administersOrIs(principal.org, ars);
}

/** True when the principal may read the contacts of the Kommune `ars` (see `requireContactReader`). */
export function mayReadContactsOf(principal: Principal | null, ars: string): boolean {
  return hasScope(principal, 'security:read') || isKaz(principal) || speaksForKommune(principal, ars);
}

/**
 * The principal when it may read the contacts of the Kommune `ars` (rule read.municipality.contacts):
 * CERT-Brandenburg (security:read), the Kaz, the Kommune itself and its Amt. UNAUTHENTICATED without a
 * token, FORBIDDEN otherwise.
 */
export function requireContactReader(principal: Principal | null, ars: string): Principal {
  const known = requirePrincipal(principal);
  if (mayReadContactsOf(known, ars)) return known;
  throw forbidden(
    'the contacts of a Kommune are for CERT-Brandenburg (security:read), the Kaz and the Kommune itself (or its Amt)',
  );
}

/** The principal when it is the Kaz (projects:write); UNAUTHENTICATED without a token, FORBIDDEN otherwise. */
export function requireKaz(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (!isKaz(known)) throw forbidden('this is for the Kaz: it needs the scope projects:write');
  return known;
}

/**
 * The principal when it is the Kaz or a Kommune; whether a Kommune acts for its own ARS is checked with
 * the input (`requireOwnKommune`). UNAUTHENTICATED without a token, FORBIDDEN otherwise.
 */
export function requireKazOrKommune(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (!isKaz(known) && known.kind !== 'municipality') {
    throw forbidden('this is for the Kaz (projects:write) or the Kommune itself');
  }
  return known;
}

/** FORBIDDEN when a Kommune's token acts for another Kommune; the Kaz may act for any. */
export function requireOwnKommune(principal: Principal, ars: string): void {
  if (isKaz(principal)) return;
  if (principal.kind !== 'municipality' || principal.org !== ars) {
    throw forbidden('a Kommune may record this only for itself');
  }
}
