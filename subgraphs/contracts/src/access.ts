import { forbidden, hasScope, type Principal, requirePrincipal } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';
import type { CertificateRow } from './db/certificate.ts';
import type { LicenceRow } from './db/licence.ts';

export type { Principal };
export { hasScope };

/** How much of a protected kind of record a principal may read: all of it, or its own Kommune's. */
export type Reach = 'all' | 'own';

/**
 * Rule read.licence: licences and their allocations are for the Kaz (contracts:write, all of them)
 * and for a Kommune (the licences with seats allocated to its own ARS). Throws UNAUTHENTICATED
 * without a token, FORBIDDEN for anyone else.
 */
export function licenceReach(principal: Principal | null): Reach {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'contracts:write')) return 'all';
  if (known.kind === 'municipality') return 'own';
  throw forbidden('licences need the scope contracts:write; a Kommune sees the licences allocated to it');
}

/**
 * Rule read.certificate: certificates are for the Kaz (contracts:write) and CERT-Brandenburg
 * (security:read), all of them, and for a Kommune (the certificates it holds). Throws
 * UNAUTHENTICATED without a token, FORBIDDEN for anyone else.
 */
export function certificateReach(principal: Principal | null): Reach {
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
 * Kommune may read only its own ARS. Throws FORBIDDEN for another one.
 */
export function assertOwnKommune(principal: Principal | null, reach: Reach, ars: string, what: string): void {
  if (reach === 'own' && principal?.org !== ars) throw forbidden(`a Kommune sees only its own ${what}`);
}

/**
 * The licence when the principal may see it: the Kaz sees every licence, a Kommune one with seats
 * allocated to its ARS (one batched statement for all licences of a request). Null stays null.
 * Throws UNAUTHENTICATED / FORBIDDEN otherwise.
 */
export async function visibleLicence(ctx: Context, licence: LicenceRow | null): Promise<LicenceRow | null> {
  const reach = licenceReach(ctx.principal);
  if (!licence || reach === 'all') return licence;
  if (await ctx.loaders.ownAllocationByLicence.load(licence.id)) return licence;
  throw forbidden(`licence ${licence.id} has no seats allocated to your Kommune`);
}

/**
 * The certificate when the principal may see it: every one for the Kaz and CERT-Brandenburg, a
 * Kommune the ones it holds. Null stays null. Throws UNAUTHENTICATED / FORBIDDEN otherwise.
 */
export function visibleCertificate(principal: Principal | null, certificate: CertificateRow | null) {
  const reach = certificateReach(principal);
  if (!certificate || reach === 'all' || certificate.holder_ars === principal?.org) return certificate;
  throw forbidden(`certificate ${certificate.id} is not held by your Kommune`);
}

/**
 * Rule read.licence for figures over all licences (`licenceStatistics`, `licenceTotals`): only the
 * Kaz (contracts:write) sees them, since they add up the allocations of every Kommune. Throws
 * UNAUTHENTICATED without a token, FORBIDDEN for anyone else, a Kommune included.
 */
export function requireLicenceOverview(principal: Principal | null, what: string): void {
  if (licenceReach(principal) !== 'all') throw forbidden(`${what} need the scope contracts:write`);
}
