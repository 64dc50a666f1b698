import { importJWK, type JWK, type JWTPayload, SignJWT } from 'jose';
import { type DevIssuer, devIssuerFromKey, generateDevKey, type TokenRequest } from './dev-issuer.ts';

const TEST_ISSUER = 'urn:kaz-hub:test-issuer';
const TEST_AUDIENCE = 'kaz-hub-test';

/** A token issuer for tests, plus the tokens a verifier must refuse. */
export interface TestIssuer extends DevIssuer {
  /** A token of the right shape signed by a key the verifier does not know. */
  forged(request: TokenRequest): Promise<string>;
  /** A token that expired an hour ago. */
  expired(request: TokenRequest): Promise<string>;
  /** A token for another audience. */
  wrongAudience(request: TokenRequest): Promise<string>;
  /** A token from another issuer. */
  wrongIssuer(request: TokenRequest): Promise<string>;
  /** A validly signed token whose `iat` lies this many seconds in the future. */
  issuedInFuture(request: TokenRequest, seconds: number): Promise<string>;
  /** A validly signed token whose `nbf` lies this many seconds in the future. */
  notYetValid(request: TokenRequest, seconds: number): Promise<string>;
  /** An unsigned token (`alg: none`). */
  unsigned(request: TokenRequest): string;
}

/** A fresh in-memory issuer with its own key; its `auth` config accepts only its tokens. */
export async function createTestIssuer(): Promise<TestIssuer> {
  const key = await generateDevKey();
  const issuer = await devIssuerFromKey(key, TEST_ISSUER, TEST_AUDIENCE);
  const now = () => Math.floor(Date.now() / 1000);
  const payload = (request: TokenRequest, overrides: JWTPayload = {}): JWTPayload => ({
    org: request.org,
    scope: (request.scopes ?? []).join(' '),
    sub: request.subject ?? `test-user@${request.org}`,
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    iat: now(),
    exp: now() + 3600,
    ...overrides,
  });
  return {
    ...issuer,
    forged: async (request) => signWith(await generateDevKey(), payload(request)),
    expired: (request) => signWith(key, payload(request, { iat: now() - 7200, exp: now() - 3600 })),
    wrongAudience: (request) => signWith(key, payload(request, { aud: 'someone-else' })),
    wrongIssuer: (request) => signWith(key, payload(request, { iss: 'https://issuer.invalid/' })),
    issuedInFuture: (request, seconds) =>
      signWith(key, payload(request, { iat: now() + seconds, exp: now() + seconds + 3600 })),
    notYetValid: (request, seconds) =>
      signWith(key, payload(request, { nbf: now() + seconds, exp: now() + seconds + 3600 })),
    unsigned: (request) => {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload(request))}.`;
    },
  };
}

async function signWith(privateJwk: JWK, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid ?? 'test', typ: 'JWT' })
    .sign(await importJWK(privateJwk, 'ES256'));
}
