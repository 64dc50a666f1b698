import { ARS_PATTERN, forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';

// The access rules of the Umsetzungskonzept records of this subgraph (docs/access-control.md, rules
// read.municipality.contacts, write.workprogramme, write.recommendation, write.recommendation.application,
// write.municipality.contact). The Kaz is the principal with the scope projects:write, the scope only
// the Kaz holds (docs/access-control.md, "Principals").

/** An Amt, Verbandsgemeinde or Mitverwaltung: `12KKKVVVV000` with a Verband key VVVV other than 0000. */
const GEMEINDEVERBAND = /^(\d{5}(?!0000)\d{4})000$/;

/**
 * The ARS prefix of the Gemeinden a Kommune administers: an Amt, Verbandsgemeinde or Mitverwaltung
 * `12KKKVVVV000` administers every ARS starting with `12KKKVVVV`; null for every other Kommune (a
 * Landkreis administers no Gemeinde). The same rule as the security subgraph's TLP:AMBER rule.
 */
function administeredPrefix(ars: string): string | null {
  if (!ARS_PATTERN.test(ars)) return null;
  return GEMEINDEVERBAND.exec(ars)?.[1] ?? null;
}

/** True for the Kaz: a token with projects:write. */
export function isKaz(principal: Principal | null): boolean {
  return hasScope(principal, 'projects:write');
}

/** True when the principal is the Kommune `ars` itself, or the Amt (Verbandsgemeinde, Mitverwaltung) administering it. */
export function speaksForKommune(principal: Principal | null, ars: string): boolean {
  if (principal?.kind !== 'municipality') return false;
  if (principal.org === ars) return true;
  const prefix = administeredPrefix(principal.org);
  return prefix !== null && ars.startsWith(prefix);
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
