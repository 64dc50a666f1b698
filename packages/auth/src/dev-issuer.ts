import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  SignJWT,
} from 'jose';
import type { AuthConfig } from './verifier.ts';

/** Issuer and audience of tokens from the local development issuer. */
export const DEV_ISSUER = 'urn:kaz-hub:dev-issuer';
export const DEV_AUDIENCE = 'kaz-hub';

/** What a token says: who, for which organisation or Kommune, with which scopes, for how long. */
export interface TokenRequest {
  org: string;
  subject?: string | undefined;
  scopes?: readonly string[] | undefined;
  /** A jose time span such as `1h`, `30m`, `7d` (default 1h). */
  ttl?: string | undefined;
}

/** A key pair that signs development tokens, and the AuthConfig that accepts them. */
export interface DevIssuer {
  auth: AuthConfig;
  sign(request: TokenRequest): Promise<string>;
}

/** A development issuer around an ES256 private key (JWK). */
export async function devIssuerFromKey(
  privateJwk: JWK,
  issuer = DEV_ISSUER,
  audience = DEV_AUDIENCE,
): Promise<DevIssuer> {
  const { d: _private, ...publicJwk } = privateJwk;
  const key = await importJWK(privateJwk, 'ES256');
  const jwks: JSONWebKeySet = { keys: [{ ...publicJwk, alg: 'ES256', use: 'sig' }] };
  return {
    auth: { jwks, issuer, audience },
    sign: (request) =>
      new SignJWT({ org: request.org, scope: (request.scopes ?? []).join(' ') })
        .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid ?? 'dev', typ: 'JWT' })
        .setSubject(request.subject ?? `dev-user@${request.org}`)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(request.ttl ?? '1h')
        .sign(key),
  };
}

/** A fresh ES256 private key with a thumbprint `kid`. */
export async function generateDevKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'ES256' };
}

/**
 * The local development issuer whose key lives in `directory/private-key.jwk` (mode 0600); the key
 * is made on first use, so `pnpm start` and `pnpm token:mint` share it. Never for production.
 */
export async function loadOrCreateDevIssuer(directory: string): Promise<DevIssuer> {
  const file = join(directory, 'private-key.jwk');
  if (!existsSync(file)) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, `${JSON.stringify(await generateDevKey())}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return devIssuerFromKey(JSON.parse(readFileSync(file, 'utf8')) as JWK);
}
