/**
 * Keyboard only (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): on every view, Tab from the top of the page reaches
 * every visible control (links, buttons, form fields, summary elements), each with a visible focus
 * indicator; Enter on the skip button and on a navigation link does what a click does.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CockpitHub, launchChromium, loopbackContext, signIn, startCockpitHub } from './support.ts';
import { navigationRoutes, PRINCIPALS, signedInViewPage, trackRequests, VIEW_ROUTES, viewSettled } from './views.ts';

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** A readable name of an element: tag, id or data-principal, and its text. */
const DESCRIBE = `(el) => {
  const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '') + ' "' + text + '"';
}`;

/**
 * Opens the route as a fresh document (focus starts at the top), then presses Tab until focus leaves
 * the page or comes back round; returns every control on the page, the ones Tab reached (in order)
 * and those whose focus was not visible.
 */
async function tabThrough(page: Page, hash: string, pending: () => number) {
  await page.goto('about:blank');
  await page.goto(`${hub.cockpitUrl}${hash}`);
  await viewSettled(page, pending);
  const all: string[] = await page.evaluate(
    `(() => { const describe = ${DESCRIBE}; return [...document.querySelectorAll(${JSON.stringify(CONTROLS)})]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'))
      .map((el, i) => { el.dataset.kbd = String(i); return describe(el); }); })()`,
  );
  await page.evaluate(`(() => {
    const describe = ${DESCRIBE};
    window.__reached = []; window.__invisible = [];
    document.addEventListener('focusin', (event) => {
      const el = event.target;
      window.__reached.push(describe(el));
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none';
      if (!outline && !shadow) window.__invisible.push(describe(el));
    });
  })()`);
  for (let i = 0; i < all.length + 5; i++) {
    await page.keyboard.press('Tab');
    const atEnd = await page.evaluate(() => {
      const active = document.activeElement;
      return !active || active === document.body;
    });
    if (atEnd && i > 0) break;
  }
  const reached = (await page.evaluate('window.__reached')) as string[];
  const invisible = (await page.evaluate('window.__invisible')) as string[];
  return { all, reached, invisible };
}

describe('keyboard only', () => {
  it('skips to the content with Enter on the skip button, and follows a navigation link with Enter', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    const pending = trackRequests(page);
    await signIn(page, hub, 'kaz');
    await viewSettled(page, pending);
    await page.goto('about:blank');
    await page.goto(hub.cockpitUrl);
    await viewSettled(page, pending);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
    // The next Tab stop lies inside the content, past header and navigation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const hash of (await navigationRoutes(page)).reverse()) {
      const link = nav.locator(`a[href="${hash}"]`);
      const name = (await link.textContent()) ?? '';
      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash || '#/')).toBe(hash);
      await viewSettled(page, pending);
      expect(await link.getAttribute('aria-current')).toBe('page');
      expect(await page.title()).not.toBe('');
      expect(name).not.toBe('');
    }
    await context.close();
  });
});

describe.each(PRINCIPALS)('keyboard only, every view as %s', (principal) => {
  let context: BrowserContext;
  let page: Page;
  let pending: () => number;
  beforeAll(async () => {
    ({ context, page, pending } = await signedInViewPage(browser, hub, principal));
  });
  afterAll(() => context?.close());

  it.each(VIEW_ROUTES)(
    'reaches every control on %s by Tab, the skip button first, focus visible',
    { timeout: 90_000 },
    async (hash) => {
      const { all, reached, invisible } = await tabThrough(page, hash, pending);
      expect(all.length).toBeGreaterThan(0);
      expect(reached[0]).toContain('Zum Inhalt springen');
      expect(all.filter((control) => !reached.includes(control))).toEqual([]);
      expect([...new Set(invisible)]).toEqual([]);
    },
  );
});
