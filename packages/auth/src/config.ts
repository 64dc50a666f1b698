import { loadOrCreateDevIssuer } from './dev-issuer.ts';
import type { AuthConfig } from './verifier.ts';

/** The default home of the local development issuer's key, inside the (git-ignored) .data folder. */
export const DEFAULT_DEV_ISSUER_DIR = new URL('../../../.data/dev-issuer/', import.meta.url).pathname;

/** True when the hub runs in production mode (`NODE_ENV=production` or `HUB_MODE=production`). */
export function isProduction(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production' || env.HUB_MODE === 'production';
}

/**
 * The token settings from the environment: `AUTH_JWKS_URL`, `AUTH_ISSUER` and `AUTH_AUDIENCE` for a
 * real issuer (all three required together), `AUTH_CLOCK_SKEW_SECONDS` (default 60). Without them the local development issuer is used
 * (key in `DEV_ISSUER_DIR`, default .data/dev-issuer) — and refused in production mode.
 */
export async function authConfigFromEnv(env: NodeJS.ProcessEnv): Promise<AuthConfig> {
  if (env.AUTH_JWKS_URL) {
    if (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE) {
      throw new Error('AUTH_JWKS_URL needs AUTH_ISSUER and AUTH_AUDIENCE as well');
    }
    return {
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      clockSkewSeconds: clockSkewFromEnv(env),
    };
  }
  if (isProduction(env)) {
    throw new Error(
      'production mode needs a real token issuer: set AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE ' +
        '(the local development issuer is refused in production)',
    );
  }
  const { auth } = await loadOrCreateDevIssuer(env.DEV_ISSUER_DIR || DEFAULT_DEV_ISSUER_DIR);
  return { ...auth, clockSkewSeconds: clockSkewFromEnv(env) };
}

/** `AUTH_CLOCK_SKEW_SECONDS`: a whole number of seconds, or undefined for the default (60). */
function clockSkewFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.AUTH_CLOCK_SKEW_SECONDS;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`AUTH_CLOCK_SKEW_SECONDS is not a whole number: ${raw}`);
  return value;
}
