import { administersOrIs, forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';
import type { CertificateRow } from './db/certificate.ts';
import type { LicenceAllocationRow, LicenceRow } from './db/licence.ts';
import type { ProcurementProcedureRow } from './db/procurement-procedure.ts';

export type { Principal };
export { hasScope };

/** How much of a protected kind of record a principal may read: all of it, or its own Kommune's. */
export type Reach = 'all' | 'own';

/**
 * True when a Kommune principal reaches the records of the Kommune `ars`: its own, and for an Amt,
 * Verbandsgemeinde or Mitverwaltung those of the Gemeinden it administers (rule read.licence.amt,
 * read.certificate.amt; see `administeredPrefix`). A Landkreis reaches only its own.
 */
export function reachesKommune(principal: Principal | null, ars: string): boolean {
  return principal?.kind === 'municipality' && administersOrIs(principal.org, ars);
}

/**
 * Rule read.licence: licences and their allocations are for the Kaz (contracts:write, all of them)
 * and for a Kommune (the licences with seats allocated to its own ARS, and for an Amt to one of its
 * Gemeinden: rule read.licence.amt). Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function requireLicenceReach(principal: Principal | null): Reach {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'contracts:write')) return 'all';
  if (known.kind === 'municipality') return 'own';
  throw forbidden('licences need the scope contracts:write; a Kommune sees the licences allocated to it');
}

/**
 * Rule read.licence.exposure: which Kommunen run a product named in an advisory of CERT-Brandenburg
 * (the Kommune and the product, never seats, dates or costs) is for CERT-Brandenburg (security:read)
 * and the Kaz (contracts:write), all Kommunen, and for a Kommune (itself only: whether it runs the
 * product). Throws UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function requireExposureReach(principal: Principal | null): Reach {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'contracts:write') || hasScope(known, 'security:read')) return 'all';
  if (known.kind === 'municipality') return 'own';
  throw forbidden('which Kommunen run a product needs the scope security:read or contracts:write');
}

/**
 * Rule read.certificate: certificates are for the Kaz (contracts:write) and CERT-Brandenburg
 * (security:read), all of them, and for a Kommune (the certificates it holds). Throws
 * UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function requireCertificateReach(principal: Principal | null): Reach {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'contracts:write') || hasScope(known, 'security:read')) return 'all';
  if (known.kind === 'municipality') return 'own';
  throw forbidden('certificates need the scope contracts:write or security:read; a Kommune sees its own');
}

/**
 * For the lists of a whole kind (`licences`, `certificates`): only principals who may see every
 * record get them; a Kommune reaches its own records through its Municipality. Throws FORBIDDEN
 * (or UNAUTHENTICATED) otherwise.
 */
export function requireAll(reach: Reach, what: string): void {
  if (reach !== 'all') throw forbidden(`the list of all ${what} is not for a Kommune; ask Municipality.${what}`);
}

/**
 * For the records of one Kommune (`Municipality.licences`, `Municipality.certificates`): a
 * Kommune may read only its own ARS, an Amt (Verbandsgemeinde, Mitverwaltung) also those of its
 * Gemeinden. Throws FORBIDDEN for another one.
 */
export function requireOwnKommune(principal: Principal | null, reach: Reach, ars: string, what: string): void {
  if (reach === 'own' && !reachesKommune(principal, ars)) {
    throw forbidden(`a Kommune sees only its own ${what}, an Amt also those of its Gemeinden`);
  }
}

/**
 * The licence when the principal may see it: the Kaz sees every licence, a Kommune one with seats
 * allocated to its ARS or, for an Amt, to one of its Gemeinden (one batched statement for all
 * licences of a request). A licence the Kommune
 * may not see is null, exactly like an unknown one, so that no answer tells it that the licence
 * exists. Throws UNAUTHENTICATED / FORBIDDEN for principals without the rule at all, whatever the id.
 */
export async function visibleLicence(ctx: Context, licence: LicenceRow | null): Promise<LicenceRow | null> {
  const reach = requireLicenceReach(ctx.principal);
  if (!licence || reach === 'all') return licence;
  return (await ctx.loaders.ownAllocationByLicence.load(licence.id)) ? licence : null;
}

/**
 * The allocations of a licence the principal may read: all for the Kaz, only its own for a Kommune
 * and for an Amt its own and its Gemeinden's (never another Kommune's seats and dates). Throws like
 * `requireLicenceReach`.
 */
export function visibleAllocations(
  principal: Principal | null,
  allocations: readonly LicenceAllocationRow[],
): LicenceAllocationRow[] {
  if (requireLicenceReach(principal) === 'all') return [...allocations];
  return allocations.filter((allocation) => reachesKommune(principal, allocation.ars));
}

/**
 * The certificate when the principal may see it: every one for the Kaz and CERT-Brandenburg, a
 * Kommune the ones it holds, an Amt also those its Gemeinden hold (rule read.certificate.amt); null for any other, exactly like an unknown one. Throws
 * UNAUTHENTICATED / FORBIDDEN for principals without the rule at all, whatever the id.
 */
export function visibleCertificate(principal: Principal | null, certificate: CertificateRow | null) {
  const reach = requireCertificateReach(principal);
  if (!certificate || reach === 'all') return certificate;
  if (certificate.holder_ars !== null && reachesKommune(principal, certificate.holder_ars)) return certificate;
  return null;
}

/**
 * Rule read.procurement: published notices are public; a PLANNED (not yet published) procedure,
 * with its estimated value and participants, is for the Kaz (contracts:write) only. True when the
 * principal may see planned ones.
 */
export function mayReadPlannedProcedures(principal: Principal | null): boolean {
  return principal !== null && hasScope(principal, 'contracts:write');
}

/** The procedure when the principal may see it (see `mayReadPlannedProcedures`), else null as for an unknown one. */
export function visibleProcedure(
  principal: Principal | null,
  procedure: ProcurementProcedureRow | null | undefined,
): ProcurementProcedureRow | null {
  if (!procedure) return null;
  return procedure.status !== 'PLANNED' || mayReadPlannedProcedures(principal) ? procedure : null;
}

/** The procedures of `procedures` the principal may see, in their order; planned ones are simply absent. */
export function visibleProcedures<T extends ProcurementProcedureRow>(
  principal: Principal | null,
  procedures: readonly T[],
): T[] {
  if (mayReadPlannedProcedures(principal)) return [...procedures];
  return procedures.filter((procedure) => procedure.status !== 'PLANNED');
}

/**
 * Rule read.licence for figures over all licences (`licenceStatistics`, `licenceTotals`): only the
 * Kaz (contracts:write) sees them, since they add up the allocations of every Kommune. Throws
 * UNAUTHENTICATED without a token, FORBIDDEN for anyone else, a Kommune included.
 */
export function requireLicenceOverview(principal: Principal | null, what: string): void {
  if (requireLicenceReach(principal) !== 'all') throw forbidden(`${what} need the scope contracts:write`);
}

/**
 * Rule read.licence.processing: which vendors process personal data on the Kommunen's behalf
 * (`dataProcessings`: vendor, product, term, Auftragsverarbeitungsvertrag, the Kommunen served; no
 * seats or costs) is for the Kaz (contracts:write), which keeps the agreements, and for the LDA, the
 * data-protection supervisory authority (audit:read). Throws UNAUTHENTICATED without a token,
 * FORBIDDEN for anyone else, a Kommune included.
 */
export function requireDataProcessingRead(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'contracts:write') || hasScope(known, 'audit:read')) return known;
  throw forbidden('which vendors process personal data needs the scope contracts:write (Kaz) or audit:read (LDA)');
}
