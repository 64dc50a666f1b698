import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { type Principal, principalFromClaims, TokenError } from './principal.ts';

/** Where keys come from and what a token must say about its issuer and audience. */
export interface AuthConfig {
  /** The issuer's JWKS endpoint (production: the OIDC provider, e.g. Keycloak's `/protocol/openid-connect/certs`). */
  jwksUrl?: string | undefined;
  /** The public keys themselves (the local development issuer, tests). */
  jwks?: JSONWebKeySet | undefined;
  /** The required `iss` claim. */
  issuer: string;
  /** The required `aud` claim. */
  audience: string;
  /**
   * How far the issuer's clock may run ahead of ours, in seconds (default 60): a token whose `iat` or
   * `nbf` lies further in the future is refused. `exp` is honoured exactly.
   */
  clockSkewSeconds?: number | undefined;
}

/** The clock skew allowed when `AuthConfig.clockSkewSeconds` is not set. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** Checks a request's Authorization header. */
export interface TokenVerifier {
  /**
   * The principal of a valid bearer token, or null when there is no Authorization header.
   * Throws TokenError for anything else: a malformed header, a bad signature, an unknown key,
   * `alg: none` or another algorithm than RS256/ES256, expiry, wrong issuer or audience, `iat` or
   * `nbf` in the future beyond the clock skew, an `org` unknown to the reference data.
   */
  verify(authorization: string | undefined): Promise<Principal | null>;
}

const ALGORITHMS = ['RS256', 'ES256'];

/** A verifier for one issuer. Remote key sets are fetched on first use and cached by jose. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let keys: JWTVerifyGetKey;
  if (config.jwksUrl) keys = createRemoteJWKSet(new URL(config.jwksUrl));
  else if (config.jwks) keys = createLocalJWKSet(config.jwks);
  else throw new Error('auth configuration needs a JWKS URL or a JWKS');
  // Tokens verified a moment ago, by their exact text: a dashboard sends the same token with every
  // request, and the gateway and each subgraph it asks verify it again — the signature check is the
  // costly part. An entry is used only while the token is unexpired and for at most a minute (so a key
  // withdrawn from the JWKS stops working within a minute); only successful verifications are kept.
  const verified = new Map<string, { principal: Principal; until: number }>();
  const MAX_ENTRIES = 10_000;
  const MAX_AGE_MS = 60_000;
  const skew = config.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  return {
    async verify(authorization) {
      if (authorization === undefined || authorization === '') return null;
      const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(authorization.trim());
      const token = match?.[1];
      if (!token) throw new TokenError('Authorization header must be "Bearer <token>"');
      const now = Date.now();
      const known = verified.get(token);
      if (known && known.until > now) return known.principal;
      verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: ALGORITHMS,
          requiredClaims: ['exp', 'sub'],
          // jose checks `nbf` with this tolerance (and `exp`, which stays strict below), but `iat` only
          // together with a maximum token age: a token "issued" in the future is refused below.
          clockTolerance: skew,
        });
        if ((payload.exp as number) * 1000 <= now) throw new TokenError('token has expired');
        if (typeof payload.iat === 'number' && payload.iat > now / 1000 + skew) {
          throw new TokenError('token was issued in the future (iat)');
        }
        // Frozen: the same object now serves several requests.
        const principal = principalFromClaims(payload);
        Object.freeze(principal.scopes);
        Object.freeze(principal);
        if (verified.size >= MAX_ENTRIES) verified.delete(verified.keys().next().value as string);
        verified.set(token, { principal, until: Math.min(now + MAX_AGE_MS, (payload.exp as number) * 1000) });
        return principal;
      } catch (error) {
        throw new TokenError(describe(error));
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof TokenError) return error.message;
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim "${error.claim}" is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token algorithm is not accepted (RS256 or ES256 only)';
  if (error instanceof errors.JWKSNoMatchingKey) return 'token was signed with an unknown key';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError) return 'token could not be verified';
  return 'token could not be verified';
}
