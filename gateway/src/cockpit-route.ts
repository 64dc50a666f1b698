import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/** A principal the development sign-in offers (never in production: only with the local issuer). */
export interface CockpitDevPrincipal {
  id: string;
  label: string;
  description: string;
}

/**
 * The Programm-Cockpit served by the gateway at `/cockpit/` (apps/cockpit's static build; the gateway
 * knows only its folder). `settings` becomes `/cockpit/config.json`, which tells the cockpit where the
 * graph is and how people sign in. `devLogin` (local development issuer only) offers a principal
 * picker: `GET /cockpit/dev-login` lists the principals, `POST /cockpit/dev-login {"principal": id}`
 * answers `{accessToken}` for one of them.
 */
export interface CockpitHosting {
  /** The folder with index.html (apps/cockpit/dist). */
  directory: string;
  settings: CockpitSettings;
  devLogin?:
    | { principals: readonly CockpitDevPrincipal[]; mint(principalId: string): Promise<string | undefined> }
    | undefined;
}

/** What /cockpit/config.json says (apps/cockpit/src/config.ts reads it). */
export interface CockpitSettings {
  graphqlUrl: string;
  auth:
    | { mode: 'dev'; devLoginUrl: string }
    | { mode: 'oidc'; issuer: string; clientId: string; scope: string; audience?: string | undefined };
}

/**
 * The Content-Security-Policy of the cockpit's pages: its own files; it may connect to the issuer
 * (OpenID Connect discovery and token endpoint) and, when `graphqlUrl` is absolute, to the graph's
 * origin — so the same policy fits a cockpit served as static files elsewhere (docs/cockpit.md).
 */
export function cockpitContentSecurityPolicy(settings: CockpitSettings): string {
  const issuer = settings.auth.mode === 'oidc' ? ` ${new URL(settings.auth.issuer).origin}` : '';
  const graph = /^https?:\/\//.test(settings.graphqlUrl) ? ` ${new URL(settings.graphqlUrl).origin}` : '';
  return [
    "default-src 'self'",
    `connect-src 'self'${graph}${issuer}`,
    "img-src 'self' data: blob:",
    // Observable Plot and KERN set style attributes; no inline script is ever needed.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The routes under /cockpit (see CockpitHosting). */
export function cockpitRoutes(hosting: CockpitHosting): Router {
  const router = express.Router();
  const csp = cockpitContentSecurityPolicy(hosting.settings);
  router.use('/cockpit', (_req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  router.get('/cockpit/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(hosting.settings);
  });
  const devLogin = hosting.devLogin;
  if (devLogin) {
    router.get('/cockpit/dev-login', (_req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ principals: devLogin.principals });
    });
    router.post('/cockpit/dev-login', express.json({ limit: '1kb' }), async (req, res) => {
      const id = (req.body as { principal?: unknown } | undefined)?.principal;
      const token = typeof id === 'string' ? await devLogin.mint(id) : undefined;
      res.setHeader('Cache-Control', 'no-store');
      if (!token) {
        res
          .status(400)
          .json({ error: `unknown principal; one of: ${devLogin.principals.map((p) => p.id).join(', ')}` });
        return;
      }
      res.json({ accessToken: token });
    });
  }
  // Relative asset paths need the trailing slash (express routes ignore it, so test the path itself).
  router.get('/cockpit', (req, res, next) => (req.path === '/cockpit' ? res.redirect(301, '/cockpit/') : next()));
  if (!existsSync(join(hosting.directory, 'index.html'))) {
    router.get('/cockpit/', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send('The cockpit is not built: run `pnpm cockpit:build` (pnpm start builds it when it is missing).\n');
    });
  }
  // Hashed asset names never change: a year; index.html and the rest: revalidate every time.
  router.use(
    '/cockpit',
    express.static(hosting.directory, {
      index: 'index.html',
      setHeaders: (res, path) =>
        res.setHeader(
          'Cache-Control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    }),
  );
  return router;
}
