import { ARS_PATTERN, kommuneArsSet, ORGANISATION_KEY_PATTERN, organisationKeySet } from '@kaz/reference-data';
import type { JWTPayload } from 'jose';

/** The scopes a token can carry, with what each allows. */
export const SCOPES = {
  'projects:write': 'create and change projects, work orders and their details (the Kaz)',
  'contracts:write':
    'create and change procurement procedures, framework contracts, licences and certificates (the Kaz)',
  'workorders:write': 'issue work orders to the Kaz (ministries, committees)',
  'security:read': 'read security incidents up to TLP:RED and all security concepts (CERT-Brandenburg)',
  'security:write':
    'report incidents, move them along their lifecycle, record LDA notifications, keep security concepts',
  'organisations:write': 'record committee decisions, memberships and DIKOM membership (ZIT-BB, committee offices)',
  'dikom:write': 'record and end DIKOM memberships, nothing else (the Zweckverband DIKOM, in a token of org dikom)',
  'audit:read': 'read the audit log of every subgraph (auditors, the LDA)',
} as const;

export type Scope = keyof typeof SCOPES;

/** Who makes a request: an organisation (by its key) or a Kommune (by its 12-digit ARS), with scopes. */
export interface Principal {
  /** The token's `sub`: the user or system acting. */
  subject: string;
  /** The token's `org`: an organisation key such as `kaz` or `mdjd`, or a Kommune's ARS. */
  org: string;
  /** Whether `org` is an organisation or a Kommune (an ARS). */
  kind: 'organisation' | 'municipality';
  scopes: ReadonlySet<Scope>;
}

/** Why a token was not accepted; the message is safe to show the client. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
}

/**
 * The principal of verified claims. Throws TokenError when `sub` or `org` is missing or malformed, or
 * when `org` names no organisation or Kommune of the reference data (a validly signed token for an
 * organisation that does not exist would otherwise pass as some partner); unknown scopes are
 * dropped, so that an issuer's other scopes do not widen anything here.
 */
export function principalFromClaims(claims: JWTPayload): Principal {
  const org = claims.org;
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new TokenError('token has no subject (sub)');
  if (typeof org !== 'string' || !(ARS_PATTERN.test(org) || ORGANISATION_KEY_PATTERN.test(org))) {
    throw new TokenError('token has no valid org claim (an organisation key or a 12-digit ARS)');
  }
  if (!isKnownOrg(org)) throw new TokenError('token names an organisation or Kommune the hub does not know');
  const granted = typeof claims.scope === 'string' ? claims.scope.split(/\s+/) : [];
  return {
    subject: claims.sub,
    org,
    kind: ARS_PATTERN.test(org) ? 'municipality' : 'organisation',
    scopes: new Set(granted.filter((scope): scope is Scope => scope in SCOPES)),
  };
}

/** True when the principal carries the scope. Anonymous (null) carries none. */
export function hasScope(principal: Principal | null, scope: Scope): boolean {
  return principal?.scopes.has(scope) ?? false;
}

/** True for a valid organisation key or ARS, as `org` claims must be. */
export function isValidOrg(org: string): boolean {
  return ARS_PATTERN.test(org) || ORGANISATION_KEY_PATTERN.test(org);
}

/**
 * True when `org` is the key of a partner organisation or the ARS of a Kommune in the reference data
 * (@kaz/reference-data) — the only principals the access rules know.
 */
export function isKnownOrg(org: string): boolean {
  return ARS_PATTERN.test(org) ? kommuneArsSet().has(org) : organisationKeySet().has(org);
}
