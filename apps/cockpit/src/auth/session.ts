/**
 * Who is signed in: a bearer token for the graph, kept in sessionStorage (gone with the tab). With the
 * local development issuer a principal picker asks the hub for a token (`dev`); in production
 * OpenID Connect with PKCE signs in at the configured issuer (`oidc`, ./oidc.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CockpitConfig } from '../config.ts';
import { cockpitConfig, resolveUrl } from '../config.ts';

/** A signed-in person. */
export interface Session {
  accessToken: string;
  /** What the header shows: the principal's name. */
  label: string;
  /** The token's `org` claim. */
  org: string;
  scopes: string[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** A principal the development picker offers (GET devLoginUrl). */
export interface DevPrincipal {
  id: string;
  label: string;
  description: string;
}

const KEY = 'kaz-cockpit.session';
const PROBLEM_KEY = 'kaz-cockpit.sign-in-problem';
const listeners = new Set<(session: Session | undefined) => void>();

/** Why the person has to sign in (again), for the sign-in view to say; kept until read. */
export function noteSignInProblem(message: string): void {
  sessionStorage.setItem(PROBLEM_KEY, message);
}

/** The reason noted by `noteSignInProblem`, once (reading it forgets it). */
export function takeSignInProblem(): string | undefined {
  const message = sessionStorage.getItem(PROBLEM_KEY) ?? undefined;
  sessionStorage.removeItem(PROBLEM_KEY);
  return message;
}

/** The claims of a JWT (not verified here: the gateway verifies every request). */
export function tokenClaims(token: string): { org?: string; scope?: string; exp?: number } {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
  } catch {
    // An opaque token: the issuer was not asked for (or does not make) a JWT for the hub's audience.
    throw new Error('Das Zugangstoken ist kein JWT; der Graph braucht eines mit den Angaben org und scope.');
  }
}

/** The current session, if one is stored and not expired. */
export function currentSession(): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return undefined;
  const session = JSON.parse(stored) as Session;
  if (session.expiresAt * 1000 < Date.now()) {
    sessionStorage.removeItem(KEY);
    noteSignInProblem(EXPIRED);
    return undefined;
  }
  return session;
}

/** Stores a session from an access token and tells every view. */
export function startSession(accessToken: string, label: string): Session {
  const claims = tokenClaims(accessToken);
  const session: Session = {
    accessToken,
    label,
    org: claims.org ?? '',
    scopes: (claims.scope ?? '').split(' ').filter(Boolean),
    expiresAt: claims.exp ?? Math.floor(Date.now() / 1000) + 3600,
  };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  for (const listener of listeners) listener(session);
  return session;
}

const EXPIRED = 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.';
const REFUSED =
  'Der Graph hat Ihre Anmeldung nicht angenommen (abgelaufen oder ungültig). Bitte melden Sie sich erneut an.';

/**
 * Ends the session here because the graph refused its token (HTTP 401): back to the sign-in, which
 * says why. The session at the issuer stays, so signing in again may not ask for a password.
 */
export function endSession(): void {
  if (sessionStorage.getItem(KEY)) noteSignInProblem(REFUSED);
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(undefined);
}

/**
 * Signs out, as the person asked: forgets the session here and, with OpenID Connect, ends the session
 * at the issuer too (the browser goes there and comes back to the sign-in).
 */
export async function signOut(): Promise<void> {
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(undefined);
  const config = await cockpitConfig();
  if (config.auth.mode === 'oidc') {
    const { oidcSignOut } = await import('./oidc.ts');
    await oidcSignOut(config.auth);
  }
}

/** The session, re-rendering when it changes. */
export function useSession(): Session | undefined {
  const [session, setSession] = useState(currentSession);
  useEffect(() => {
    listeners.add(setSession);
    return () => void listeners.delete(setSession);
  }, []);
  return session;
}

/** The principals the development issuer offers. */
export async function devPrincipals(config: Extract<CockpitConfig['auth'], { mode: 'dev' }>): Promise<DevPrincipal[]> {
  const response = await fetch(resolveUrl(config.devLoginUrl));
  if (!response.ok) throw new Error(`Anmeldung nicht verfügbar (HTTP ${response.status})`);
  return ((await response.json()) as { principals: DevPrincipal[] }).principals;
}

/** Signs in as a development principal. */
export async function devSignIn(
  config: Extract<CockpitConfig['auth'], { mode: 'dev' }>,
  principal: DevPrincipal,
): Promise<Session> {
  const response = await fetch(resolveUrl(config.devLoginUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ principal: principal.id }),
  });
  if (!response.ok) throw new Error(`Anmeldung fehlgeschlagen (HTTP ${response.status})`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return startSession(accessToken, principal.label);
}
