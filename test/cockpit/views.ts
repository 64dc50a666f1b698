/**
 * The cockpit's view routes for the cross-cutting browser tests (accessibility, keyboard, loopback):
 * every entry of the navigation (the shell's VIEWS) and the detail routes under it, opened as a
 * signed-in principal and waited on until the view's data is shown.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type CockpitHub, loopbackContext, signIn } from './support.ts';

/**
 * Every view route the cross-cutting tests open: each entry of the navigation, a Landkreis on the map
 * (Prignitz) and one Kommune's page. `navigationRoutes` (and a test on it) keeps this complete when a
 * view is added to the shell's VIEWS.
 */
export const VIEW_ROUTES = [
  '#/',
  '#/karte',
  '#/karte/120700000000',
  '#/kommune',
  '#/kommune/120610332332',
  '#/sicherheit',
] as const;

/** The dev principals whose views the cross-cutting tests check: the Kaz, CERT and one Kommune. */
export const PRINCIPALS = ['kaz', 'cert', 'mittenwalde'] as const;

/** The hashes the navigation links to. */
export async function navigationRoutes(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  return hrefs;
}

/** Counts the page's requests in flight (graph operations, lazy chunks, fonts). */
export function trackRequests(page: Page): () => number {
  let pending = 0;
  page.on('request', () => pending++);
  page.on('requestfinished', () => pending--);
  page.on('requestfailed', () => pending--);
  return () => pending;
}

/**
 * Waits until the view has its data: a level-1 heading in main, no loading note or aria-busy region,
 * no request in flight, the same on two looks a moment apart.
 */
export async function viewSettled(page: Page, pending: () => number): Promise<void> {
  const looksSettled = async () =>
    pending() === 0 &&
    (await page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main?.querySelector('h1')) return false;
      if (main.querySelector('[aria-busy="true"]') || main.getAttribute('aria-busy') === 'true') return false;
      return !/wird geladen|werden geladen|lädt …|Laden …/i.test(main.textContent ?? '');
    }));
  const twiceSettled = async () => {
    if (!(await looksSettled())) return false;
    await page.waitForTimeout(150);
    return looksSettled();
  };
  // A loop rather than expect.poll: this also runs in beforeAll, outside a test.
  for (const until = Date.now() + 20_000; !(await twiceSettled()); await page.waitForTimeout(100)) {
    if (Date.now() > until) throw new Error(`the view at ${page.url()} did not finish loading in 20 s`);
  }
}

/** Opens a view route in a signed-in page and waits for its data. */
export async function openView(page: Page, hub: CockpitHub, hash: string, pending: () => number): Promise<void> {
  await page.goto(`${hub.cockpitUrl}${hash}`);
  await viewSettled(page, pending);
}

/**
 * A fresh loopback-only page signed in as a dev principal, with its requests counted and the first
 * view settled: the start of every per-principal describe block of the cross-cutting tests.
 */
export async function signedInViewPage(browser: Browser, hub: CockpitHub, principal: string) {
  const { context, offLoopback } = await loopbackContext(browser);
  const page = await context.newPage();
  const pending = trackRequests(page);
  await signIn(page, hub, principal);
  await viewSettled(page, pending);
  return { context, offLoopback, page, pending };
}
