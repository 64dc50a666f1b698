/**
 * Partial results in the browser: with one partner's subgraph stopped mid-test, the Programmübersicht
 * and a Kommune's page show a visible note naming that partner while the other partners' figures still
 * show (the same figures the graph answers at that moment); with the graph unreachable altogether the
 * view says so instead of staying blank.
 */
import { startSubgraph } from '@kaz/subgraph-kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_OF_SUBGRAPH } from '../../apps/cockpit/src/graph/partners.ts';
import { hubSubgraphs } from '../../scripts/subgraphs.ts';
import { type CockpitHub, directQuery, launchChromium, loopbackContext, signIn, startCockpitHub } from './support.ts';
import { openView, trackRequests, viewSettled } from './views.ts';

const KOMMUNE_ARS = '120610332332';

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

const numberFormat = new Intl.NumberFormat('de-DE');
const mainText = (page: Page) => page.locator('main').textContent();

/** The data rows of the tables in main: figures still shown. */
const tableRows = (page: Page) => page.locator('main table tbody tr').count();

/** Stops CERT's subgraph while `run` runs, then starts it again on the same address (as the hub's own test). */
async function withSecurityDown(run: () => Promise<void>): Promise<void> {
  const security = hub.subgraphs.security;
  const definition = hubSubgraphs.find((s) => s.definition.name === 'security')?.definition;
  if (!security || !definition) throw new Error('no security subgraph');
  const port = Number(new URL(security.url).port);
  await security.stop();
  try {
    await run();
  } finally {
    hub.subgraphs.security = await startSubgraph(definition, {
      auth: hub.issuer.auth,
      port,
      database: hub.databases.security,
    });
  }
}

/** A signed-in page that records the variables the cockpit sends with each operation. */
async function signedInPage(principal: string) {
  const { context, offLoopback } = await loopbackContext(browser);
  const page = await context.newPage();
  const pending = trackRequests(page);
  const sent = new Map<string, Record<string, unknown>>();
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    const body = request.postDataJSON() as { operationName: string; variables?: Record<string, unknown> };
    sent.set(body.operationName, body.variables ?? {});
  });
  await signIn(page, hub, principal);
  await viewSettled(page, pending);
  return { context, offLoopback, page, pending, sent };
}

const PARTNER = PARTNER_OF_SUBGRAPH.security as string;

describe('partial results', () => {
  it('names CERT on the Programmübersicht while CERT’s subgraph is down, and still shows the other partners’ figures', async () => {
    const { context, offLoopback, page, pending, sent } = await signedInPage('kaz');
    const note = page.getByTestId('partial-note');
    expect(await note.count()).toBe(0);
    await withSecurityDown(async () => {
      await page.reload();
      await viewSettled(page, pending);
      // What the graph answers now for the same operation: projects (the Kaz) still, incidents (CERT) not.
      const variables = sent.get('CockpitOverview');
      expect(variables).toBeDefined();
      const overview = await directQuery(hub, 'CockpitOverview', variables ?? {}, 'kaz');
      expect(overview.errors?.map((e: any) => e.extensions?.serviceName)).toContain('security');
      const projectCount = overview.data?.projects.totalCount as number;
      expect(projectCount).toBeGreaterThan(0);
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain(PARTNER);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await mainText(page)).toContain(numberFormat.format(projectCount));
      expect(await tableRows(page)).toBeGreaterThan(0);
    });
    // Back again: the note goes with the next load.
    await page.reload();
    await viewSettled(page, pending);
    expect(await note.count()).toBe(0);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('names CERT on a Kommune’s page while CERT’s subgraph is down, and still shows the Kommune', async () => {
    const { context, offLoopback, page, pending } = await signedInPage('kaz');
    await withSecurityDown(async () => {
      // The graph still knows the Kommune without CERT (the hub's Kommune detail operation).
      const kommune = await directQuery(hub, 'KommuneDetail', { ars: KOMMUNE_ARS }, 'kaz');
      expect(kommune.errors?.map((e: any) => e.extensions?.serviceName)).toContain('security');
      const { name, population } = (kommune.data?.municipality ?? {}) as { name: string; population: number };
      expect(name).toBeTruthy();
      await openView(page, hub, `#/kommune/${KOMMUNE_ARS}`, pending);
      const note = page.getByTestId('partial-note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain(PARTNER);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(name);
      expect(await mainText(page)).toContain(numberFormat.format(population));
      // Only CERT's section says it got no answer; the other partners' sections are there.
      const security = page.getByRole('region', { name: /^Sicherheitslage$/ });
      expect(await security.textContent()).toContain(`Keine Antwort von ${PARTNER}`);
      expect(await page.getByText(/^Keine Antwort von /).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 2, name: /^Projekte \(\d+\)$/ }).count()).toBe(1);
    });
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('says the graph cannot be reached when no request to it gets through, instead of a blank page', async () => {
    const { context } = await loopbackContext(browser);
    const page = await context.newPage();
    const pending = trackRequests(page);
    await signIn(page, hub, 'kaz');
    await viewSettled(page, pending);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    for (const hash of ['#/', `#/kommune/${KOMMUNE_ARS}`]) {
      await page.goto('about:blank');
      await page.goto(`${hub.cockpitUrl}${hash}`);
      const alert = page.getByRole('alert');
      await alert.first().waitFor({ timeout: 15_000 });
      expect(await alert.first().textContent()).toMatch(/nicht erreichbar/);
      // Still signed in: the shell, its navigation and the sign-out stay.
      expect(await page.getByTestId('principal').isVisible()).toBe(true);
    }
    await context.close();
  });
});
