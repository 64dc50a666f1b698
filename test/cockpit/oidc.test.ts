/**
 * The cockpit's production sign-in against a real OpenID Connect provider on loopback
 * (test/cockpit/oidc-provider.ts): authorization code with PKCE, a JWT access token for the hub that
 * the hub verifies against the provider's JWKS, sign-out at the provider, and back to the sign-in
 * when the graph refuses the token.
 */
import { devIssuerFromKey, generateDevKey } from '@kaz/auth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewPeriod } from '../../apps/cockpit/src/views/overview/format.ts';
import { signInAtProvider, startTestOidcProvider, type TestOidcProvider } from './oidc-provider.ts';
import {
  type CockpitHub,
  directQuery,
  launchChromium,
  loopbackContext,
  registeredOperation,
  startCockpitHub,
} from './support.ts';

/** A JWT's header and claims (read only; the hub verifies). */
function decode(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header = '', claims = ''] = token.split('.');
  const part = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  return { header: part(header), claims: part(claims) };
}

let provider: TestOidcProvider;
let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  provider = await startTestOidcProvider();
  [hub, browser] = await Promise.all([
    startCockpitHub({
      issuer: provider.testIssuer,
      cockpitSettings: {
        graphqlUrl: '../graphql',
        auth: {
          mode: 'oidc',
          issuer: provider.issuer,
          clientId: provider.clientId,
          scope: provider.scope,
          audience: provider.audience,
        },
      },
    }),
    launchChromium(),
  ]);
  provider.allowRedirect(new URL('index.html', hub.cockpitUrl).href);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await provider?.stop();
});

// The variables the overview sends (its own function: the budget years and the last 12 months).
const overviewVariables = () => overviewPeriod().variables;

/** The overview's project count and its phase table, as the page shows them. */
async function shownProjectFigures(page: Page, total: number) {
  await expect
    .poll(() => page.getByRole('heading', { level: 2, name: /^Projekte/ }).textContent())
    .toBe(`Projekte (${total})`);
  return page
    .getByRole('table', { name: 'Projekte nach Phase' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Number((row.lastElementChild?.textContent ?? '').replace(/\./g, ''))));
}

/** The access token the signed-in tab holds. */
function heldToken(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('kaz-cockpit.session') ?? '{}').accessToken as string);
}

/** Puts a session with `token` into the tab (as a sign-in would) and reloads the cockpit. */
async function reloadWithToken(page: Page, token: string, expiresAt: number) {
  await page.evaluate(
    ([accessToken, exp]) =>
      sessionStorage.setItem(
        'kaz-cockpit.session',
        JSON.stringify({ accessToken, label: 'Kaz-Koordination', org: 'kaz', scopes: [], expiresAt: exp }),
      ),
    [token, expiresAt] as const,
  );
  await page.reload();
}

describe('Anmeldung über OpenID Connect', () => {
  it('signs in at the issuer with PKCE (S256), names the user and shows the figures the graph answers to an equal token', async () => {
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    await page.goto(hub.cockpitUrl);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    // No development sign-in next to a real issuer.
    expect((await fetch(new URL('dev-login', hub.cockpitUrl))).status).toBe(404);

    const before = provider.authorizationRequests.length;
    await signInAtProvider(page, 'kaz');
    await expect(page.getByTestId('principal').textContent()).resolves.toBe('Angemeldet als Kaz-Koordination');

    const authorization = provider.authorizationRequests[before]!.searchParams;
    expect(authorization.get('response_type')).toBe('code');
    expect(authorization.get('client_id')).toBe(provider.clientId);
    expect(authorization.get('code_challenge_method')).toBe('S256');
    expect(authorization.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.get('resource')).toBe(provider.audience);
    expect(authorization.get('redirect_uri')).toBe(new URL('index.html', hub.cockpitUrl).href);
    // The issuer's answer (code, state) is gone from the address bar.
    expect(new URL(page.url()).search).toBe('');

    // The access token is the provider's JWT for the hub, with the Kaz's own scopes only.
    const token = await heldToken(page);
    const { header, claims } = decode(token);
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(claims).toMatchObject({ iss: provider.issuer, aud: provider.audience, org: 'kaz', sub: 'kaz' });
    expect(String(claims.scope).split(' ').sort()).toEqual(['contracts:write', 'projects:write']);

    const direct = await directQuery(hub, 'CockpitOverview', overviewVariables(), 'kaz');
    const total = direct.data?.projects.totalCount as number;
    expect(total).toBeGreaterThan(0);
    expect(await shownProjectFigures(page, total)).toEqual(
      direct.data?.projectStatistics.byPhase.map((p: { projectCount: number }) => p.projectCount),
    );
    // The token the browser got answers the same as the direct query's equal token.
    const withBrowserToken = await hub.query(registeredOperation('CockpitOverview'), overviewVariables(), {
      authorization: `Bearer ${token}`,
    });
    expect(withBrowserToken.data).toEqual(direct.data);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('refuses an authorization request without PKCE', async () => {
    const request = new URL('/auth', provider.issuer);
    request.search = new URLSearchParams({
      client_id: provider.clientId,
      response_type: 'code',
      scope: 'openid',
      redirect_uri: new URL('index.html', hub.cockpitUrl).href,
      state: 'ohne-pkce',
    }).toString();
    const answer = await fetch(request, { redirect: 'manual' });
    const back = new URL(answer.headers.get('location') ?? '', provider.issuer);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('comes back to the view the sign-in started from; signing out ends the session at the issuer too', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    await page.goto(`${hub.cockpitUrl}#/karte`);
    await signInAtProvider(page, 'cert');
    await expect(page.getByTestId('principal').textContent()).resolves.toBe('Angemeldet als CERT-Brandenburg');
    expect(new URL(page.url()).hash).toBe('#/karte');
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).locator('[aria-current="page"]').textContent(),
    ).resolves.toBe('Karte');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    // The provider's confirmation page of RP-initiated logout.
    await page.getByRole('button', { name: 'Ja, abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(hub.cockpitUrl).origin);
    expect(await page.evaluate(() => sessionStorage.getItem('kaz-cockpit.session'))).toBeNull();
    // The next sign-in asks for the password again.
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByLabel('Passwort').waitFor();
    await context.close();
  });

  it('sends the user back to the sign-in, saying why, when the token has expired or the graph refuses it', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    await page.goto(hub.cockpitUrl);
    const now = Math.floor(Date.now() / 1000);
    const expired = await provider.expired('kaz');

    // Expired by its own `exp`: the cockpit does not even try it.
    await reloadWithToken(page, expired, decode(expired).claims.exp as number);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await expect(page.getByTestId('sign-in-problem').textContent()).resolves.toMatch(/abgelaufen/);

    // Expired, though this browser's clock thinks not; signed by a key the issuer does not have: the
    // gateway answers 401 and the cockpit ends the session.
    const foreign = await devIssuerFromKey(await generateDevKey(), provider.issuer, provider.audience);
    for (const refused of [expired, await foreign.sign({ org: 'kaz', scopes: ['projects:write'] })]) {
      await reloadWithToken(page, refused, now + 3600);
      await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
      await expect(page.getByTestId('sign-in-problem').textContent()).resolves.toMatch(/nicht angenommen/);
      expect(await page.evaluate(() => sessionStorage.getItem('kaz-cockpit.session'))).toBeNull();
    }
    await context.close();
  });
});
