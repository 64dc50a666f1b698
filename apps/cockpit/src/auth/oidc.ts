/**
 * OpenID Connect sign-in (authorization code flow with PKCE) at the configured issuer, with
 * oidc-client-ts. The redirect comes back to the cockpit's own index.html with `code` and `state`.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { CockpitConfig } from '../config.ts';
import { startSession } from './session.ts';

type OidcConfig = Extract<CockpitConfig['auth'], { mode: 'oidc' }>;

function userManager(config: OidcConfig): UserManager {
  const redirect = new URL('index.html', document.baseURI).href;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: redirect,
    response_type: 'code',
    scope: config.scope,
    ...(config.audience ? { extraQueryParams: { resource: config.audience } } : {}),
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: false,
  });
}

/** Starts the sign-in: the browser leaves for the issuer. */
export async function oidcSignIn(config: OidcConfig): Promise<void> {
  await userManager(config).signinRedirect();
}

/** Completes a sign-in when the URL carries the issuer's answer; true when it did. */
export async function completeOidcSignIn(config: OidcConfig): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') || !params.has('state')) return false;
  const user = await userManager(config).signinRedirectCallback();
  history.replaceState(null, '', new URL('index.html', document.baseURI).pathname + location.hash);
  startSession(user.access_token, user.profile.name ?? user.profile.sub);
  return true;
}
