import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv, createTokenVerifier, loadOrCreateDevIssuer } from '../src/index.ts';
import { createTestIssuer } from '../src/testing.ts';

const issuer = await createTestIssuer();
const verifier = createTokenVerifier(issuer.auth);
const request = { org: 'kaz', scopes: ['projects:write', 'not-a-scope'] };

describe('token verification', () => {
  it('accepts a valid token and keeps only known scopes', async () => {
    const principal = await verifier.verify(`Bearer ${await issuer.sign(request)}`);
    expect(principal).toEqual({
      subject: 'dev-user@kaz',
      org: 'kaz',
      kind: 'organisation',
      scopes: new Set(['projects:write']),
    });
  });

  it('answers a token it verified a moment ago from memory, but never past the token’s expiry', async () => {
    const token = `Bearer ${await issuer.sign({ org: 'kaz', scopes: ['projects:write'], ttl: '2s' })}`;
    const first = await verifier.verify(token);
    const again = await verifier.verify(token);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(token)).rejects.toThrow(/expired/);
  });

  it('knows a Kommune by its ARS', async () => {
    const principal = await verifier.verify(`Bearer ${await issuer.sign({ org: '120540000000' })}`);
    expect(principal?.kind).toBe('municipality');
  });

  it('treats a request without Authorization header as anonymous', async () => {
    expect(await verifier.verify(undefined)).toBeNull();
  });

  it.each([
    ['forged (unknown key)', () => issuer.forged(request), /unknown key|signature/],
    ['expired', () => issuer.expired(request), /expired/],
    ['for another audience', () => issuer.wrongAudience(request), /aud/],
    ['from another issuer', () => issuer.wrongIssuer(request), /iss/],
    ['unsigned (alg: none)', async () => issuer.unsigned(request), /algorithm|could not be verified/],
    ['without an org claim', () => issuer.sign({ org: 'Not An Org!' }), /org/],
    ['for an organisation the reference data does not know', () => issuer.sign({ org: 'acme_gmbh' }), /not know/],
    ['for an ARS that is no Kommune', () => issuer.sign({ org: '129999999999' }), /not know/],
    ['issued two minutes in the future', () => issuer.issuedInFuture(request, 120), /future/],
    ['valid only from two minutes on (nbf)', () => issuer.notYetValid(request, 120), /nbf/],
  ])('refuses a token %s', async (_label, make, message) => {
    await expect(verifier.verify(`Bearer ${await make()}`)).rejects.toThrow(message);
  });

  it('accepts iat and nbf up to the clock skew ahead (default 60 s), and as configured', async () => {
    expect((await verifier.verify(`Bearer ${await issuer.issuedInFuture(request, 30)}`))?.org).toBe('kaz');
    expect((await verifier.verify(`Bearer ${await issuer.notYetValid(request, 30)}`))?.org).toBe('kaz');
    const strict = createTokenVerifier({ ...issuer.auth, clockSkewSeconds: 5 });
    await expect(strict.verify(`Bearer ${await issuer.issuedInFuture(request, 30)}`)).rejects.toThrow(/future/);
    const lenient = createTokenVerifier({ ...issuer.auth, clockSkewSeconds: 300 });
    expect((await lenient.verify(`Bearer ${await issuer.issuedInFuture(request, 120)}`))?.org).toBe('kaz');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    await expect(verifier.verify('Basic a2F6OnNlY3JldA==')).rejects.toThrow(/Bearer/);
  });
});

describe('token settings from the environment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kaz-issuer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the local development issuer, whose key is kept private and shared between runs', async () => {
    const first = await authConfigFromEnv({ DEV_ISSUER_DIR: dir });
    const second = await authConfigFromEnv({ DEV_ISSUER_DIR: dir });
    expect(second).toEqual(first);
    expect(statSync(join(dir, 'private-key.jwk')).mode & 0o777).toBe(0o600);
    const token = await (await loadOrCreateDevIssuer(dir)).sign({ org: 'mdjd' });
    expect((await createTokenVerifier(first).verify(`Bearer ${token}`))?.org).toBe('mdjd');
  });

  it('refuses the local development issuer in production mode', async () => {
    await expect(authConfigFromEnv({ NODE_ENV: 'production', DEV_ISSUER_DIR: dir })).rejects.toThrow(/production/);
    await expect(authConfigFromEnv({ HUB_MODE: 'production', DEV_ISSUER_DIR: dir })).rejects.toThrow(/production/);
  });

  it('takes a real issuer from AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE, and wants all three', async () => {
    const env = {
      AUTH_JWKS_URL: 'https://idp.example/certs',
      AUTH_ISSUER: 'https://idp.example/',
      AUTH_AUDIENCE: 'kaz',
    };
    expect(await authConfigFromEnv({ ...env, NODE_ENV: 'production' })).toEqual({
      jwksUrl: 'https://idp.example/certs',
      issuer: 'https://idp.example/',
      audience: 'kaz',
    });
    await expect(authConfigFromEnv({ AUTH_JWKS_URL: 'https://idp.example/certs' })).rejects.toThrow(/AUTH_ISSUER/);
    expect((await authConfigFromEnv({ ...env, AUTH_CLOCK_SKEW_SECONDS: '10' })).clockSkewSeconds).toBe(10);
    await expect(authConfigFromEnv({ ...env, AUTH_CLOCK_SKEW_SECONDS: 'soon' })).rejects.toThrow(/SKEW/);
  });
});
