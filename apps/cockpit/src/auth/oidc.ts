/**
 * OpenID Connect sign-in (authorization code flow with PKCE, S256) at the configured issuer, with
 * oidc-client-ts. The redirect comes back to the cockpit's own index.html with `code` and `state`;
 * the code is exchanged at the issuer's token endpoint (a CORS request from the browser: the issuer
 * must allow the cockpit's origin for this public client). When the configuration names an audience,
 * it is sent as the RFC 8707 `resource` with the authorization and the token request, so that an
 * issuer that supports resource indicators makes the access token for the hub (a JWT with `org` and
 * `scope`, docs/access-control.md). Signing out ends the session at the issuer too (RP-initiated
 * logout) when the issuer offers it.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { CockpitConfig } from '../config.ts';
import { noteSignInProblem, startSession } from './session.ts';

type OidcConfig = Extract<CockpitConfig['auth'], { mode: 'oidc' }>;

/** The cockpit's own index.html: where the issuer sends the browser back, after sign-in and sign-out. */
function ownPage(): string {
  return new URL('index.html', document.baseURI).href;
}

let manager: { config: OidcConfig; manager: UserManager } | undefined;

function userManager(config: OidcConfig): UserManager {
  if (manager?.config === config) return manager.manager;
  const store = new WebStorageStateStore({ store: sessionStorage });
  const created = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: ownPage(),
    post_logout_redirect_uri: ownPage(),
    response_type: 'code',
    scope: config.scope,
    ...(config.audience ? { resource: config.audience, extraTokenParams: { resource: config.audience } } : {}),
    // Tokens and the sign-in's state live as long as the tab, like the session itself.
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
  manager = { config, manager: created };
  return created;
}

/** Starts the sign-in: the browser leaves for the issuer (and comes back to the same view). */
export async function oidcSignIn(config: OidcConfig): Promise<void> {
  await userManager(config).signinRedirect({ state: { hash: location.hash } });
}

/**
 * Completes a sign-in (or a sign-out) when the URL carries the issuer's answer, then removes that
 * answer from the address bar. True when a sign-in completed. Never throws: a refused or failed
 * sign-in is kept for the sign-in view to show (`signInProblem`).
 */
export async function completeOidcSignIn(config: OidcConfig): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  if (!params.has('state')) return false;
  let hash = location.hash;
  let signedIn = false;
  try {
    if (params.has('code') || params.has('error')) {
      const user = await userManager(config).signinRedirectCallback();
      hash = (user.state as { hash?: string } | undefined)?.hash ?? hash;
      startSession(user.access_token, user.profile.name ?? user.profile.preferred_username ?? user.profile.sub);
      signedIn = true;
    } else {
      await userManager(config).signoutRedirectCallback();
    }
  } catch (error) {
    noteSignInProblem(`Die Anmeldung ist fehlgeschlagen: ${(error as Error).message}`);
  }
  history.replaceState(null, '', new URL('index.html', document.baseURI).pathname + hash);
  // replaceState fires no hashchange: tell the router about the view the sign-in started from.
  if (hash) dispatchEvent(new HashChangeEvent('hashchange'));
  return signedIn;
}

/**
 * Ends the session at the issuer: the browser leaves for its end-session endpoint and comes back to
 * the sign-in. An issuer without one (no `end_session_endpoint` in its metadata) only forgets the
 * tokens here.
 */
export async function oidcSignOut(config: OidcConfig): Promise<void> {
  const users = userManager(config);
  const endpoint = await users.metadataService.getEndSessionEndpoint().catch(() => undefined);
  const user = await users.getUser();
  if (!endpoint || !user) {
    await users.removeUser();
    return;
  }
  await users.signoutRedirect({ id_token_hint: user.id_token });
}
