/**
 * BITV 2.0 / WCAG 2.1 AA: axe-core finds no violation on the sign-in page and on every view of the
 * cockpit, once the view's data is shown, for the Kaz, CERT and a Kommune (each sees other figures,
 * notes and withheld fields).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CockpitHub, launchChromium, loopbackContext, signIn, startCockpitHub } from './support.ts';
import { navigationRoutes, openView, PRINCIPALS, signedInViewPage, VIEW_ROUTES } from './views.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** The violations on the page as readable lines: rule, impact, what it asks, where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
        .join('\n')}${v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : ''}`,
  );
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds no violation on the sign-in page', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    await page.goto(hub.cockpitUrl);
    await page.locator('button[data-principal]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('checks every route the navigation links to', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    await signIn(page, hub, 'kaz');
    expect(VIEW_ROUTES).toEqual(expect.arrayContaining(await navigationRoutes(page)));
    await context.close();
  });
});

describe.each(PRINCIPALS)('accessibility (axe-core, WCAG 2.1 AA) of every view as %s', (principal) => {
  let context: BrowserContext;
  let page: Page;
  let pending: () => number;
  beforeAll(async () => {
    ({ context, page, pending } = await signedInViewPage(browser, hub, principal));
  });
  afterAll(() => context?.close());

  it.each(VIEW_ROUTES)('finds no violation on %s once its data is shown', { timeout: 90_000 }, async (hash) => {
    await openView(page, hub, hash, pending);
    // Each view names itself in the page title (WCAG 2.4.2), and the page's language is German (3.1.1).
    expect(await page.title()).toMatch(/^.+ – Programm-Cockpit Kaz$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect((await violations(page)).join('\n')).toBe('');
  });
});
