/**
 * The cockpit in production: the standalone gateway built from the environment exactly as
 * gateway/src/main.ts does (production mode, a real issuer, trusted documents, COCKPIT_DIR, the
 * COCKPIT_OIDC_* settings, CORS_ALLOWED_ORIGINS), and the same built files deployed as static files
 * on other loopback origins with an operator's config.json beside index.html.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { authConfigFromEnv, DEV_PRINCIPALS, loadOrCreateDevIssuer } from '@kaz/auth';
import {
  type CockpitSettings,
  cockpitContentSecurityPolicy,
  corsOriginsFromEnv,
  createGateway,
  gatewayConfigFromEnv,
  type RunningGateway,
} from '@kaz/gateway';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewPeriod } from '../../apps/cockpit/src/views/overview/format.ts';
import { cockpitDirectory, cockpitHostingFromEnv } from '../../scripts/cockpit-hosting.ts';
import { startTestHub, type TestHub } from '../support/hub.ts';
import { signInAtProvider, startTestOidcProvider, type TestOidcProvider } from './oidc-provider.ts';
import { launchChromium, loopbackContext, registeredOperation } from './support.ts';

/** The built cockpit copied into a folder of its own and served as plain static files. */
interface StaticSite {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The operator's step: config.json beside index.html; the server sends the CSP it implies. */
  configure(settings: CockpitSettings): void;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

async function startStaticSite(): Promise<StaticSite> {
  const root = mkdtempSync(join(tmpdir(), 'kaz-cockpit-static-'));
  cpSync(cockpitDirectory, root, { recursive: true });
  let csp = "default-src 'self'";
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    configure: (settings) => {
      writeFileSync(join(root, 'config.json'), JSON.stringify(settings, null, 2));
      csp = cockpitContentSecurityPolicy(settings);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

let provider: TestOidcProvider;
let hub: TestHub;
let gateway: RunningGateway;
let browser: Browser;
/** A site whose origin is in CORS_ALLOWED_ORIGINS, and one whose is not. */
let allowed: StaticSite;
let refused: StaticSite;

/** What main.ts would read in production: a real issuer, the cockpit, CORS for `allowed`. */
function productionEnv(): NodeJS.ProcessEnv {
  return {
    HUB_MODE: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    TRUSTED_DOCUMENTS: 'true',
    AUTH_JWKS_URL: `${provider.issuer}/jwks`,
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: provider.audience,
    COCKPIT_DIR: cockpitDirectory,
    COCKPIT_OIDC_CLIENT_ID: provider.clientId,
    COCKPIT_OIDC_SCOPE: provider.scope,
    CORS_ALLOWED_ORIGINS: allowed.origin,
    // The subgraphs of the test hub stand in for the partners' deployments.
    ...Object.fromEntries(
      Object.entries(hub.subgraphs).map(([name, subgraph]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraph.url]),
    ),
  };
}

beforeAll(async () => {
  provider = await startTestOidcProvider();
  [allowed, refused, browser, hub] = await Promise.all([
    startStaticSite(),
    startStaticSite(),
    launchChromium(),
    startTestHub({ issuer: provider.testIssuer }),
  ]);
  gateway = await createGateway(await gatewayConfigFromEnv(productionEnv()));
  for (const site of [allowed, refused]) {
    provider.allowRedirect(`${site.origin}/index.html`);
    site.configure({
      graphqlUrl: new URL('graphql', gateway.url).href,
      auth: {
        mode: 'oidc',
        issuer: provider.issuer,
        clientId: provider.clientId,
        scope: provider.scope,
        audience: provider.audience,
      },
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await gateway?.stop();
  await hub?.stop();
  await Promise.all([allowed?.stop(), refused?.stop(), provider?.stop()]);
});

/** The overview's registered operation at the production gateway with a token equal to the provider's for `principalId`. */
async function overviewAtGateway(principalId: string) {
  const principal = DEV_PRINCIPALS.find((p) => p.id === principalId)!;
  const token = await provider.testIssuer.sign({ org: principal.org, scopes: principal.scopes, subject: principalId });
  const response = await fetch(new URL('graphql', gateway.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: registeredOperation('CockpitOverview'),
      // The variables the overview sends (its own function).
      variables: overviewPeriod().variables,
    }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { projects: { totalCount: number } } }).data;
}

function preflight(origin: string, at = gateway.url) {
  return fetch(new URL('graphql', at), {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,apollographql-client-name',
    },
  });
}

describe('Das Cockpit als statische Dateien auf einem anderen Ursprung', () => {
  it('signs in at the issuer and shows the figures the production gateway answers, through CORS', async () => {
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    const graphAnswers: { status: number; allowOrigin: string | undefined }[] = [];
    page.on('response', (response) => {
      if (response.url() === new URL('graphql', gateway.url).href && response.request().method() === 'POST')
        graphAnswers.push({
          status: response.status(),
          allowOrigin: response.headers()['access-control-allow-origin'],
        });
    });
    await page.goto(`${allowed.origin}/`);
    await signInAtProvider(page, 'kaz');
    await expect(page.getByTestId('principal').textContent()).resolves.toBe('Angemeldet als Kaz-Koordination');
    const direct = await overviewAtGateway('kaz');
    expect(direct.projects.totalCount).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Projekte/ }).textContent())
      .toBe(`Projekte (${direct.projects.totalCount})`);
    expect(graphAnswers.length).toBeGreaterThan(0);
    expect(graphAnswers.every((a) => a.status === 200 && a.allowOrigin === allowed.origin)).toBe(true);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('without its origin in CORS_ALLOWED_ORIGINS the browser refuses the answer, and the view says so', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url() === new URL('graphql', gateway.url).href) failed.push(request.url());
    });
    await page.goto(`${refused.origin}/`);
    await signInAtProvider(page, 'kaz');
    await expect
      .poll(() => page.getByRole('main').getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('Der Graph ist nicht erreichbar.'));
    expect(failed.length).toBeGreaterThan(0);
    // Still signed in: a refused origin is not a refused token.
    await expect(page.getByTestId('principal').textContent()).resolves.toBe('Angemeldet als Kaz-Koordination');
    await context.close();
  });

  it('answers preflights for the allowed origin on the GraphQL route only', async () => {
    const ok = await preflight(allowed.origin);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(refused.origin);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The test hub's gateway has no CORS_ALLOWED_ORIGINS: no CORS for anyone.
    const none = await preflight(allowed.origin, hub.url);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    for (const path of ['health/live', 'metrics', 'cockpit/config.json']) {
      const response = await fetch(new URL(path, gateway.url), { headers: { origin: allowed.origin } });
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull();
    }
  });
});

describe('Das Cockpit am Gateway in Produktion', () => {
  it('serves the cockpit with OpenID Connect settings, a CSP, and no development sign-in', async () => {
    const page = await fetch(new URL('cockpit/', gateway.url));
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ${provider.issuer}`);
    expect(csp).toContain("frame-ancestors 'none'");
    const config = (await (await fetch(new URL('cockpit/config.json', gateway.url))).json()) as CockpitSettings;
    expect(config).toEqual({
      graphqlUrl: '../graphql',
      auth: {
        mode: 'oidc',
        issuer: provider.issuer,
        clientId: provider.clientId,
        scope: provider.scope,
        audience: provider.audience,
      },
    });
    expect((await fetch(new URL('cockpit/dev-login', gateway.url))).status).toBe(404);
    const mint = await fetch(new URL('cockpit/dev-login', gateway.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ principal: 'kaz' }),
    });
    expect(mint.status).toBe(404);
  });

  it('refuses to start the cockpit without a real issuer or a client id, and production refuses the development issuer', async () => {
    const env = productionEnv();
    const { COCKPIT_OIDC_CLIENT_ID: _client, ...withoutClient } = env;
    await expect(gatewayConfigFromEnv(withoutClient)).rejects.toThrow(/COCKPIT_OIDC_CLIENT_ID/);
    const { AUTH_JWKS_URL: _jwks, ...withoutIssuer } = env;
    await expect(gatewayConfigFromEnv(withoutIssuer)).rejects.toThrow(/production mode needs a real token issuer/);
    await expect(authConfigFromEnv({ NODE_ENV: 'production' })).rejects.toThrow(/local development issuer is refused/);
    // Outside production, the development issuer with COCKPIT_DIR is still no way to the dev sign-in.
    const devDir = mkdtempSync(join(tmpdir(), 'kaz-dev-issuer-'));
    try {
      const { HUB_MODE: _mode, ...development } = withoutIssuer;
      await expect(gatewayConfigFromEnv({ ...development, DEV_ISSUER_DIR: devDir })).rejects.toThrow(
        /COCKPIT_DIR needs a real token issuer/,
      );
    } finally {
      rmSync(devDir, { recursive: true, force: true });
    }
  });

  it('offers the development sign-in with `pnpm start` only for the local development issuer', async () => {
    const devDir = mkdtempSync(join(tmpdir(), 'kaz-dev-issuer-'));
    try {
      const dev = cockpitHostingFromEnv({}, await loadOrCreateDevIssuer(devDir));
      expect(dev?.settings.auth).toEqual({ mode: 'dev', devLoginUrl: 'dev-login' });
      expect(dev?.devLogin?.principals.map((p) => p.id)).toContain('kaz');
      const real = cockpitHostingFromEnv(productionEnv(), undefined);
      expect(real?.settings.auth.mode).toBe('oidc');
      expect(real?.devLogin).toBeUndefined();
      const { COCKPIT_OIDC_CLIENT_ID: _client, ...withoutClient } = productionEnv();
      expect(cockpitHostingFromEnv(withoutClient, undefined)).toBeUndefined();
      expect(cockpitHostingFromEnv({ COCKPIT: 'false' }, await loadOrCreateDevIssuer(devDir))).toBeUndefined();
    } finally {
      rmSync(devDir, { recursive: true, force: true });
    }
  });

  it('reads CORS_ALLOWED_ORIGINS as exact origins, none when unset, and refuses anything else', () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(corsOriginsFromEnv({ CORS_ALLOWED_ORIGINS: 'https://cockpit.kaz.example, http://127.0.0.1:8080' })).toEqual([
      'https://cockpit.kaz.example',
      'http://127.0.0.1:8080',
    ]);
    for (const wrong of [
      '*',
      'https://cockpit.kaz.example/',
      'https://cockpit.kaz.example/cockpit',
      'cockpit.kaz.example',
    ])
      expect(() => corsOriginsFromEnv({ CORS_ALLOWED_ORIGINS: wrong }), wrong).toThrow(/is not an origin/);
  });
});
