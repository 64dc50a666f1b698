/**
 * Printing a view (the issue: "the current view printed cleanly"): in print media the navigation,
 * the sign-out, the skip button and the CSV buttons are gone, every table and heading of the view is
 * still there, and Chromium prints it to a PDF of several pages.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CockpitHub, launchChromium, loopbackContext, signIn, startCockpitHub } from './support.ts';
import { openView, trackRequests } from './views.ts';

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('printing a view', () => {
  it.each([
    ['kaz', '#/'],
    ['kaz', '#/karte'],
    ['kaz', '#/karte/120700000000'],
    ['mittenwalde', '#/kommune/120610332332'],
    ['cert', '#/sicherheit'],
  ])('as %s, %s prints without navigation and download buttons, with every table', async (principal, hash) => {
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    const pending = trackRequests(page);
    await signIn(page, hub, principal);
    await openView(page, hub, hash, pending);
    const tablesOnScreen = await page.locator('main table').count();
    expect(tablesOnScreen).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('button', { name: /als CSV herunterladen/ })
        .first()
        .isVisible(),
    ).toBe(true);

    // A4 width at 96 dpi, as the printed page is laid out.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Abmelden' }).isVisible()).toBe(false);
    const visibleButtons = await page
      .locator('main button')
      .evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    const visibleTables = await page
      .locator('main table')
      .evaluateAll((tables) => tables.filter((t) => (t as HTMLElement).offsetParent !== null).length);
    expect(visibleTables).toBe(tablesOnScreen);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    // Nothing is cut off at the right edge of the page: every table fits its width.
    const overflowing = await page
      .locator('main table')
      .evaluateAll((tables) =>
        tables
          .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .map((t) => t.querySelector('caption')?.textContent ?? '?'),
      );
    expect(overflowing).toEqual([]);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
