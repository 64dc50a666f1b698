import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTVerifyGetKey, jwtVerify } from 'jose';

/** The hub's token settings: the same issuer, audience and keys as the gateway and its subgraphs. */
export interface TokenSettings {
  /** The issuer's JWKS endpoint (production: `AUTH_JWKS_URL`). */
  jwksUrl?: string | undefined;
  /** The public keys themselves, instead of `jwksUrl` (tests). */
  jwks?: JSONWebKeySet | undefined;
  /** The required `iss` (`AUTH_ISSUER`). */
  issuer: string;
  /** The required `aud` (`AUTH_AUDIENCE`). */
  audience: string;
  /** How far the issuer's clock may run ahead, in seconds (`AUTH_CLOCK_SKEW_SECONDS`, default 60). */
  clockSkewSeconds?: number | undefined;
}

/** Who a verified token speaks for, read from its claims as the hub reads them. */
export interface Principal {
  /** `sub`: the user or system acting. */
  subject: string;
  /** `org`: an organisation key (`kaz`, `mdjd`, …) or a Kommune's 12-digit ARS. */
  org: string;
  kind: 'organisation' | 'municipality';
  /** `scope`, split at spaces. */
  scopes: ReadonlySet<string>;
}

const ARS = /^\d{12}$/;
const ORGANISATION_KEY = /^[a-z][a-z0-9_]{1,31}$/;

/**
 * A verifier of the hub's bearer tokens with the hub's rules (docs/joining.md, "The token"): a JWT
 * signed RS256 or ES256 by a key of the issuer's JWKS, with the hub's `iss` and `aud`, `exp` in the
 * future (exactly), `sub` present, `iat` and `nbf` no further in the future than the clock skew, and an
 * `org` that is an organisation key or an ARS. `verify` resolves to the principal, to null when there
 * is no Authorization header, and rejects for anything else (the caller treats that as anonymous).
 */
export function createVerifier(settings: TokenSettings): {
  verify(header: string | undefined): Promise<Principal | null>;
} {
  let keys: JWTVerifyGetKey;
  if (settings.jwksUrl) keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  else if (settings.jwks) keys = createLocalJWKSet(settings.jwks);
  else throw new Error('token settings need a JWKS URL or a JWKS');
  const skew = settings.clockSkewSeconds ?? 60;
  return {
    async verify(header) {
      if (header === undefined || header === '') return null;
      const token = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header.trim())?.[1];
      if (!token) throw new Error('Authorization header must be "Bearer <token>"');
      const { payload } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: ['RS256', 'ES256'],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: skew,
      });
      const now = Date.now() / 1000;
      // jose applied the tolerance to `exp` as well; the hub honours `exp` exactly, and jose checks
      // `iat` only together with a maximum age.
      if ((payload.exp as number) <= now) throw new Error('token has expired');
      if (typeof payload.iat === 'number' && payload.iat > now + skew)
        throw new Error('token was issued in the future');
      const { sub, org, scope } = payload;
      if (typeof sub !== 'string' || sub === '') throw new Error('token has no subject (sub)');
      if (typeof org !== 'string' || !(ARS.test(org) || ORGANISATION_KEY.test(org))) {
        throw new Error('token has no valid org claim');
      }
      return {
        subject: sub,
        org,
        kind: ARS.test(org) ? 'municipality' : 'organisation',
        scopes: new Set(typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : []),
      };
    },
  };
}
