/**
 * Who is signed in: a bearer token for the graph, kept in sessionStorage (gone with the tab). With the
 * local development issuer a principal picker asks the hub for a token (`dev`); in production
 * OpenID Connect with PKCE signs in at the configured issuer (`oidc`, ./oidc.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CockpitConfig } from '../config.ts';
import { resolveUrl } from '../config.ts';

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
const listeners = new Set<(session: Session | undefined) => void>();

/** The claims of a JWT (not verified here: the gateway verifies every request). */
export function tokenClaims(token: string): { org?: string; scope?: string; exp?: number } {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

/** The current session, if one is stored and not expired. */
export function currentSession(): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return undefined;
  const session = JSON.parse(stored) as Session;
  if (session.expiresAt * 1000 < Date.now()) {
    sessionStorage.removeItem(KEY);
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

/** Signs out locally. */
export function endSession(): void {
  sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener(undefined);
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
