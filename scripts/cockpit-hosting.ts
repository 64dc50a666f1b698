/**
 * How `pnpm start` serves the Programm-Cockpit at /cockpit/: its static build (apps/cockpit/dist) and
 * the settings the cockpit reads from /cockpit/config.json.
 *
 * - With the local development issuer: the principal picker (`DEV_PRINCIPALS`), whose tokens the
 *   local issuer signs for an hour.
 * - With a real issuer (AUTH_JWKS_URL): OpenID Connect with PKCE at COCKPIT_OIDC_ISSUER (default
 *   AUTH_ISSUER) for the public client COCKPIT_OIDC_CLIENT_ID, asking for COCKPIT_OIDC_SCOPE (default
 *   `openid profile`) and, when set, the resource COCKPIT_OIDC_AUDIENCE (default AUTH_AUDIENCE) — read
 *   by the gateway's `cockpitOidcSettingsFromEnv`, as the standalone gateway does with COCKPIT_DIR. Without
 *   a client id the cockpit is not served (a sign-in that cannot work is worse than none).
 * - COCKPIT=false serves no cockpit.
 */
import { fileURLToPath } from 'node:url';
import { DEV_PRINCIPALS, type DevIssuer } from '@kaz/auth';
import { type CockpitHosting, cockpitOidcSettingsFromEnv } from '@kaz/gateway';

export const cockpitDirectory = fileURLToPath(new URL('../apps/cockpit/dist/', import.meta.url));

export function cockpitHostingFromEnv(
  env: NodeJS.ProcessEnv,
  devIssuer: DevIssuer | undefined,
  directory = cockpitDirectory,
): CockpitHosting | undefined {
  if (env.COCKPIT === 'false') return undefined;
  const graphqlUrl = '../graphql';
  if (devIssuer) {
    return {
      directory,
      settings: { graphqlUrl, auth: { mode: 'dev', devLoginUrl: 'dev-login' } },
      devLogin: {
        principals: DEV_PRINCIPALS.map(({ id, label, description }) => ({ id, label, description })),
        mint: async (id) => {
          const principal = DEV_PRINCIPALS.find((p) => p.id === id);
          return principal
            ? devIssuer.sign({
                org: principal.org,
                scopes: principal.scopes,
                subject: `${principal.id}@cockpit`,
                ttl: '1h',
              })
            : undefined;
        },
      },
    };
  }
  const auth = cockpitOidcSettingsFromEnv(env);
  return auth ? { directory, settings: { graphqlUrl, auth } } : undefined;
}
