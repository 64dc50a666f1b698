import {
  ARS_PATTERN,
  administeredExcept,
  administeredPrefix,
  administersOrIs,
  forbidden,
  hasScope,
  type Principal,
  requirePrincipal,
  requireScope,
} from '@kaz/subgraph-kit';
import { ANONYMOUS_VISIBILITY, type IncidentVisibility, TLP_LEVELS, type Tlp } from './db/visibility.ts';

// The access rules of the security subgraph (docs/access-control.md), by one verb each: `require*`
// returns the principal or throws (UNAUTHENTICATED, FORBIDDEN), `may*` answers true or false, and the
// visibility of incidents is one value per request that every incident query applies in SQL.

/**
 * Which incidents a principal may see, following the TLP table of docs/access-control.md. A pure
 * function of the principal; `visibleIncident` turns it into SQL.
 *
 * - anonymous: TLP:CLEAR; any valid token: CLEAR and GREEN; `security:read`: everything.
 * - a Kommune also sees AMBER and AMBER+STRICT incidents that affect itself, and an Amt (Verbandsgemeinde,
 *   Mitverwaltung) AMBER incidents that affect one of its Gemeinden (see `administeredPrefix`; a
 *   Mitverwaltung not those of its mitverwaltende Gemeinde alone, see `administeredExcept`).
 * - a named recipient (by organisation key or ARS) also sees AMBER, AMBER+STRICT and RED incidents
 *   it is named on.
 */
export function incidentVisibility(principal: Principal | null): IncidentVisibility {
  if (!principal) return ANONYMOUS_VISIBILITY;
  if (hasScope(principal, 'security:read')) {
    return { everything: true, levels: TLP_LEVELS, ownArs: null, administeredPrefix: null, recipient: null };
  }
  const kommune = principal.kind === 'municipality' && ARS_PATTERN.test(principal.org);
  const except = kommune ? administeredExcept(principal.org) : null;
  return {
    everything: false,
    levels: ['CLEAR', 'GREEN'] satisfies Tlp[],
    ownArs: kommune ? principal.org : null,
    administeredPrefix: kommune ? administeredPrefix(principal.org) : null,
    ...(except ? { administeredExcept: except } : {}),
    recipient: principal.org,
    personalData: isDataProtectionAuthority(principal),
  };
}

/** The organisation key of the LDA (Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht). */
export const LDA_ORG = 'lda';

/**
 * Rule read.incident.dataprotection: the LDA, the supervisory authority of GDPR Art. 33 and 51, sees
 * Land-wide every incident with personal data whatever its TLP marking, because it must be able to
 * check whether each was notified in time (Art. 33, 58(1)); incidents without personal data stay under TLP.
 */
export function isDataProtectionAuthority(principal: Principal | null): boolean {
  return principal?.org === LDA_ORG && principal.kind !== 'municipality';
}

/**
 * Rule read.security.coverage (`securityConceptCoverage`): the Kaz, whose §3 task is to see which
 * Kommunen lack an IT-Sicherheitskonzept, and CERT-Brandenburg (security:read). Figures and Kommunen
 * only, never the concepts' contents. UNAUTHENTICATED without a token, FORBIDDEN otherwise.
 */
export function requireCoverageRead(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'security:read') || (known.org === 'kaz' && known.kind !== 'municipality')) return known;
  throw forbidden('only the Kaz and CERT-Brandenburg (security:read) may read the coverage of IT-Sicherheitskonzepte');
}

/**
 * The role part of rule write.incident.breach (`assessBreachRisk`, `recordLdaNotification`,
 * `recordDataSubjectCommunication`): `security:write`, or a Kommune, the controller, which may record
 * only for incidents that affect it alone (checked against the incident by `requireBreachRecordOf`).
 */
export function requireBreachRecord(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'security:write') || known.kind === 'municipality') return known;
  return requireScope(known, 'security:write');
}

/** The record part of rule write.incident.breach: FORBIDDEN for a Kommune unless every affected ARS is its own. */
export function requireBreachRecordOf(principal: Principal, affectedArs: readonly string[]): void {
  if (hasScope(principal, 'security:write')) return;
  if (affectedArs.length === 0 || !affectedArs.every((ars) => ars === principal.org)) {
    throw forbidden('a Kommune may only record the GDPR notification of incidents that affect itself alone');
  }
}

/**
 * True when the principal may read the IT-Sicherheitskonzept of the Kommune `ars` (rule read.security.concept):
 * CERT-Brandenburg, the Kommune itself, and the Amt (Verbandsgemeinde, Mitverwaltung) that runs the
 * administration of the Gemeinde `ars` (see `administeredPrefix`).
 */
export function mayReadConcept(principal: Principal | null, ars: string): boolean {
  if (!principal) return false;
  if (hasScope(principal, 'security:read')) return true;
  return principal.kind === 'municipality' && administersOrIs(principal.org, ars);
}

/**
 * Checks rule read.security.concept for the concept of the Kommune `ars`: UNAUTHENTICATED without a
 * token, FORBIDDEN unless the principal has `security:read`, is that Kommune or is its Amt. The message says
 * nothing about whether such a concept exists.
 */
export function requireConceptRead(principal: Principal | null, ars: string): Principal {
  const known = requirePrincipal(principal);
  if (!mayReadConcept(known, ars)) {
    throw forbidden(
      'only CERT-Brandenburg (security:read), the Kommune itself and its Amt may read its IT-Sicherheitskonzept',
    );
  }
  return known;
}

/**
 * The role part of rule read.security.concept for lookups by key: CERT-Brandenburg (security:read)
 * and Kommunen. UNAUTHENTICATED without a token, FORBIDDEN for any other role, whatever the key.
 */
export function requireConceptLookup(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (!hasScope(known, 'security:read') && known.kind !== 'municipality') {
    throw forbidden('only CERT-Brandenburg (security:read) and the Kommune itself may read its IT-Sicherheitskonzept');
  }
  return known;
}

/**
 * Checks rule write.security.concept: `security:write`, or the Kommune `ars` itself. UNAUTHENTICATED
 * without a token, FORBIDDEN otherwise.
 */
export function requireConceptWrite(principal: Principal | null, ars: string): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'security:write')) return known;
  if (known.kind === 'municipality') {
    if (known.org === ars) return known;
    throw forbidden('a Kommune may only save its own IT-Sicherheitskonzept');
  }
  return requireScope(known, 'security:write');
}

/**
 * Checks rule write.incident.report: `security:write`, or a Kommune reporting an incident that
 * affects only itself (every ARS in `affectedArs` is its own). UNAUTHENTICATED without a token,
 * FORBIDDEN otherwise.
 */
export function requireIncidentReport(principal: Principal | null, affectedArs: readonly string[]): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'security:write')) return known;
  if (known.kind === 'municipality') {
    if (affectedArs.every((ars) => ars === known.org)) return known;
    throw forbidden('a Kommune may only report incidents that affect itself alone');
  }
  return requireScope(known, 'security:write');
}
