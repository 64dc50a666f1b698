/**
 * The browser tests' parts: the hub with the Programm-Cockpit served at /cockpit/ (trusted-documents
 * mode: the cockpit must work with only its registered operations), its development sign-in signing
 * with the test issuer, and Debian's Chromium driven by playwright-core, with every request that would
 * leave loopback refused and recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DEV_PRINCIPALS } from '@kaz/auth';
import type { CockpitHosting, CockpitSettings } from '@kaz/gateway';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/cockpit-browser.ts';
import { cockpitDirectory } from '../../scripts/cockpit-hosting.ts';
import { startTestHub, type TestHub } from '../support/hub.ts';

/** The trusted-documents manifest the gateway runs in these tests. */
export function trustedDocuments(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('../../schema/persisted-operations.json', import.meta.url), 'utf8'));
}

export interface CockpitHub extends TestHub {
  /** http://127.0.0.1:<port>/cockpit/ */
  cockpitUrl: string;
}

/**
 * The hub with the cockpit, in trusted-documents mode, its dev sign-in signing with the test issuer.
 * With `cockpitSettings` the cockpit's config.json says those instead; with OpenID Connect there
 * (`auth.mode: 'oidc'`) there is no dev sign-in, and `issuer` should be the one whose tokens the
 * issuer of those settings makes (test/cockpit/oidc-provider.ts).
 */
export async function startCockpitHub(
  options: Parameters<typeof startTestHub>[0] & { cockpitSettings?: CockpitSettings | undefined } = {},
): Promise<CockpitHub> {
  const { cockpitSettings, ...hubOptions } = options;
  let hub: TestHub | undefined;
  const devSettings: CockpitSettings = { graphqlUrl: '../graphql', auth: { mode: 'dev', devLoginUrl: 'dev-login' } };
  const settings = cockpitSettings ?? devSettings;
  const cockpit: CockpitHosting = {
    directory: cockpitDirectory,
    settings,
    devLogin:
      settings.auth.mode !== 'dev'
        ? undefined
        : {
            principals: DEV_PRINCIPALS.map(({ id, label, description }) => ({ id, label, description })),
            mint: async (id) => {
              const principal = DEV_PRINCIPALS.find((p) => p.id === id);
              return principal && hub
                ? hub.issuer.sign({ org: principal.org, scopes: [...principal.scopes], subject: `${id}@cockpit` })
                : undefined;
            },
          },
  };
  hub = await startTestHub({
    ...hubOptions,
    gateway: { trustedDocuments: trustedDocuments(), ...hubOptions.gateway, cockpit },
  });
  return { ...hub, cockpitUrl: new URL('cockpit/', hub.url).href };
}

/** The token a dev principal of the cockpit holds, for the direct query a test compares with. */
export async function principalHeaders(hub: TestHub, id: string): Promise<Record<string, string>> {
  const principal = DEV_PRINCIPALS.find((p) => p.id === id);
  if (!principal) throw new Error(`no dev principal ${id}`);
  return { authorization: `Bearer ${await hub.issuer.sign({ org: principal.org, scopes: [...principal.scopes] })}` };
}

/**
 * A registered operation's exact text by operation name, from the cockpit's operations
 * (schema/clients/kaz-cockpit/) or the hub's examples (schema/operations/): the gateway runs only
 * registered texts here, so a test's direct query for comparison is one of them too.
 */
export function registeredOperation(name: string): string {
  for (const directory of ['../../schema/clients/kaz-cockpit/', '../../schema/operations/']) {
    const dir = new URL(directory, import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      if (new RegExp(`^\\s*(query|mutation)\\s+${name}\\b`, 'm').test(text)) return text;
    }
  }
  throw new Error(`no registered operation ${name}`);
}

/** Runs a registered operation directly at the gateway as a dev principal: what the cockpit must show. */
export async function directQuery<Data = Record<string, any>>(
  hub: TestHub,
  name: string,
  variables: Record<string, unknown>,
  principalId: string,
) {
  const answer = await hub.query<Data>(registeredOperation(name), variables, await principalHeaders(hub, principalId));
  if (answer.status !== 200) throw new Error(`${name}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return answer;
}

/** Headless Debian Chromium, launched as the cockpit scripts launch it (scripts/cockpit-browser.ts). */
export { launchChromium };

/** A browser context that lets only loopback requests through; `offLoopback` lists the others. */
export async function loopbackContext(browser: Browser): Promise<{ context: BrowserContext; offLoopback: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  const offLoopback: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (loopback || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    offLoopback.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, offLoopback };
}

/** Opens the cockpit and signs in as a dev principal (by its button in the picker). */
export async function signIn(page: Page, hub: CockpitHub, principalId: string, hash = ''): Promise<void> {
  await page.goto(`${hub.cockpitUrl}${hash}`);
  await page.locator(`button[data-principal="${principalId}"]`).click();
  await page.getByTestId('principal').waitFor();
}
