/**
 * Kommune (#/kommune): the page of one Kommune shows the figures that its registered operations
 * (CockpitKommune and one per partner) answer the same principal directly — the Kaz, and the Kommune itself (which lands on
 * its own page without an ARS) — and, where the graph refuses a field to another Kommune's principal
 * (FORBIDDEN), the note "nicht freigegeben für Ihre Rolle" instead of data. The search finds a
 * Kommune by name and its link opens the page. Nothing is loaded off loopback.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CockpitHub, directQuery, launchChromium, loopbackContext, signIn, startCockpitHub } from './support.ts';

let hub: CockpitHub;
let browser: Browser;

beforeAll(async () => {
  [hub, browser] = await Promise.all([startCockpitHub(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** Stadt Mittenwalde (Dahme-Spreewald), the dev principal `mittenwalde`. */
const MITTENWALDE = '120610332332';
const numbers = new Intl.NumberFormat('de-DE');

/** The value of a term in the description list of a section. */
function fact(page: Page, section: RegExp, term: string) {
  return page
    .getByRole('region', { name: section })
    .locator('.kern-description-list-item', { has: page.locator('dt', { hasText: term }) })
    .locator('dd');
}

/** The row headers (first cells) of a table by caption. */
async function rowKeys(page: Page, caption: string | RegExp): Promise<string[]> {
  return page
    .getByRole('table', { name: caption })
    .locator('tbody th[scope="row"]')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
}

/** The h1 of a Kommune's page once every partner's answer is in (Stammdaten there, no part loading). */
async function pageTitle(page: Page): Promise<string | null> {
  await page.getByRole('region', { name: /^Stammdaten$/ }).waitFor();
  await expect.poll(() => page.getByText('wird geladen …').count()).toBe(0);
  return page.getByRole('heading', { level: 1 }).textContent();
}

/** The page's five operations (reference data, then one per partner) answered directly, merged as one. */
async function kommuneDirect(ars: string, principal: string) {
  const names = [
    'CockpitKommune',
    'CockpitKommuneOrganisations',
    'CockpitKommuneProjects',
    'CockpitKommuneContracts',
    'CockpitKommuneSecurity',
  ];
  const answers = await Promise.all(names.map((name) => directQuery(hub, name, { ars }, principal)));
  const [base, organisations] = answers;
  const municipality = Object.assign({}, ...answers.map((a) => a.data?.municipality));
  municipality.amt = base?.data?.municipality.amt && {
    ...base.data.municipality.amt,
    contacts: organisations?.data?.municipality.amt?.contacts,
  };
  return { data: { municipality }, errors: answers.flatMap((a) => a.errors ?? []) };
}

function withheldPaths(errors: readonly { path?: readonly (string | number)[]; extensions?: { code?: string } }[]) {
  return errors.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => (e.path ?? []).join('.'));
}

describe('Kommune', () => {
  it.each([
    ['kaz', `#/kommune/${MITTENWALDE}`],
    ['mittenwalde', '#/kommune'],
  ])('shows %s the page of Mittenwalde with the figures of its direct query', async (principal, hash) => {
    const direct = await kommuneDirect(MITTENWALDE, principal);
    const m = direct.data?.municipality;
    const forbidden = withheldPaths(direct.errors ?? []);
    expect(forbidden).not.toContain('municipality.licences');
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    await signIn(page, hub, principal, hash);
    expect(await pageTitle(page)).toBe(m.displayName);
    expect(await fact(page, /^Stammdaten$/, 'Einwohner').textContent()).toContain(numbers.format(m.population));
    expect(await fact(page, /^Stammdaten$/, 'Art').textContent()).toBe('Amtsfreie Gemeinde');
    const landkreis = fact(page, /^Stammdaten$/, 'Landkreis').getByRole('link');
    expect(await landkreis.textContent()).toBe(`${m.district.displayName} auf der Karte`);
    expect(await landkreis.getAttribute('href')).toBe(`#/karte/${m.district.ars}`);

    expect(await page.getByRole('heading', { level: 2, name: /^Projekte/ }).textContent()).toBe(
      `Projekte (${m.projects.totalCount})`,
    );
    expect(await rowKeys(page, 'Projekte, an denen die Kommune teilnimmt')).toEqual(
      m.projects.nodes.map((p: { title: string }) => p.title),
    );
    expect(await page.getByRole('heading', { level: 2, name: /^Lizenzen/ }).textContent()).toBe(
      `Lizenzen (${m.licences.totalCount})`,
    );
    expect(await rowKeys(page, 'Lizenzen mit Plätzen für die Kommune')).toEqual(
      m.licences.nodes.map((l: { id: string }) => l.id),
    );
    expect(await rowKeys(page, 'Rahmenverträge, aus denen die Kommune abrufen darf')).toEqual(
      m.contracts.nodes.map((c: { id: string }) => c.id),
    );
    expect(await rowKeys(page, 'Gemeinsame Vergabeverfahren mit der Kommune')).toEqual(
      m.procurementProcedures.map((p: { id: string }) => p.id),
    );
    expect(await fact(page, /^OZG-Umsetzung$/, 'Davon noch offen').textContent()).toBe(
      numbers.format(m.ozgObligations.open),
    );
    expect(await fact(page, /^Sicherheitslage$/, 'Offene Vorfälle').textContent()).toBe(
      numbers.format(m.securityPosture.openIncidentCount),
    );
    expect(await rowKeys(page, /^Sicherheitsvorfälle, die Sie sehen dürfen/)).toEqual(
      m.incidents.nodes.map((i: { id: string }) => i.id),
    );
    // The security concept: the Kommune reads its own, the Kaz is refused it (rule read.security.concept).
    const conceptNote = fact(page, /^Sicherheitslage$/, 'IT-Sicherheitskonzept').getByText(
      'nicht freigegeben für Ihre Rolle',
    );
    expect(await conceptNote.count()).toBe(forbidden.includes('municipality.securityPosture.concept') ? 1 : 0);
    expect(forbidden.includes('municipality.securityPosture.concept')).toBe(principal === 'kaz');
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it("shows another Kommune's principal the withheld note wherever the graph answers FORBIDDEN", async () => {
    const direct = await kommuneDirect(MITTENWALDE, 'amt-bad-wilsnack-weisen');
    const forbidden = withheldPaths(direct.errors ?? []);
    expect(forbidden.sort()).toEqual([
      'municipality.certificates',
      'municipality.contacts',
      'municipality.licences',
      'municipality.securityPosture.concept',
    ]);
    const m = direct.data?.municipality;
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    await signIn(page, hub, 'amt-bad-wilsnack-weisen', `#/kommune/${MITTENWALDE}`);
    expect(await pageTitle(page)).toBe(m.displayName);
    for (const section of [/^Lizenzen$/, /^Zertifikate$/, /^Kontakte nach Rolle$/]) {
      const region = page.getByRole('region', { name: section });
      expect(await region.getByText('nicht freigegeben für Ihre Rolle').count()).toBe(1);
      expect(await region.getByRole('table').count()).toBe(0);
    }
    expect(
      await fact(page, /^Sicherheitslage$/, 'IT-Sicherheitskonzept')
        .getByText('nicht freigegeben für Ihre Rolle')
        .count(),
    ).toBe(1);
    // What the graph does answer this principal is still shown.
    expect(await rowKeys(page, 'Rahmenverträge, aus denen die Kommune abrufen darf')).toEqual(
      m.contracts.nodes.map((c: { id: string }) => c.id),
    );
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('finds a Kommune by name, and its link opens its page', async () => {
    const direct = await directQuery(hub, 'CockpitKommuneSearch', { name: 'Mittenwalde' }, 'cert');
    const found = direct.data?.municipalities as { totalCount: number; nodes: { ars: string; displayName: string }[] };
    expect(found.nodes.map((n) => n.ars)).toContain(MITTENWALDE);
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    await signIn(page, hub, 'cert', '#/kommune');
    await page.getByLabel('Name der Kommune').fill('Mittenwalde');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const hits = page.getByRole('heading', { level: 2, name: /Treffer/ });
    await hits.waitFor();
    expect(await hits.textContent()).toBe(`${found.totalCount} Treffer für „Mittenwalde“`);
    const links = page.getByTestId('search-results').getByRole('link');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      found.nodes.map((n) => `#/kommune/${n.ars}`),
    );
    await page.locator(`a[href="#/kommune/${MITTENWALDE}"]`).click();
    const name = found.nodes.find((n) => n.ars === MITTENWALDE)?.displayName;
    expect(await pageTitle(page)).toBe(name);
    expect(new URL(page.url()).hash).toBe(`#/kommune/${MITTENWALDE}`);
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
