/**
 * Sicherheit und Datenschutz (#/sicherheit): the incidents and LDA deadlines shown, with their TLP 2.0
 * labels, are exactly what the same registered operations answer each principal directly — CERT sees
 * up to TLP:RED, the LDA, a ministry and a Kommune only what their tokens may see — and the labelled
 * filter narrows the list as the graph does. Nothing is loaded off loopback.
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

const TLP_TEXT: Record<string, string> = {
  CLEAR: 'TLP:CLEAR',
  GREEN: 'TLP:GREEN',
  AMBER: 'TLP:AMBER',
  AMBER_STRICT: 'TLP:AMBER+STRICT',
  RED: 'TLP:RED',
};

interface Marked {
  id: string;
  tlp: string;
}

/** The rows of a table by caption: the reference (row header) and the TLP label shown in the row. */
async function shownRows(page: Page, caption: string | RegExp): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows
        .filter((row) => row.querySelector('th'))
        .map(
          (row) =>
            `${row.querySelector('th')?.textContent?.trim()} ${row.querySelector('[data-tlp]')?.textContent ?? ''}`,
        ),
    );
}

/** The heading of the incident list once the answer is in ("Sicherheitsvorfälle (N)"). */
async function countHeading(page: Page): Promise<string | null> {
  const heading = page.getByRole('heading', { level: 2, name: /^Sicherheitsvorfälle \(\d+\)$/ });
  await heading.waitFor();
  return heading.textContent();
}

const expected = (nodes: readonly Marked[]) => nodes.map((n) => `${n.id} ${TLP_TEXT[n.tlp]}`);

/** Signs in on the security view and returns the incidents it shows, after the count heading is there. */
async function openSecurity(principal: string, hash = '#/sicherheit') {
  const { context, offLoopback } = await loopbackContext(browser);
  const page = await context.newPage();
  await signIn(page, hub, principal, hash);
  return { context, page, offLoopback };
}

describe('Sicherheit und Datenschutz', () => {
  const shown = new Map<string, string[]>();

  it.each(['cert', 'lda', 'mdjd', 'mittenwalde'])(
    'shows %s exactly the incidents and TLP labels its direct query answers, and loads nothing off loopback',
    async (principal) => {
      const direct = await directQuery(hub, 'CockpitSecurityIncidents', { filter: {} }, principal);
      const incidents = direct.data?.incidents as { totalCount: number; nodes: Marked[] };
      expect(incidents.nodes.length).toBe(incidents.totalCount);
      const { context, page, offLoopback } = await openSecurity(principal);
      expect(await countHeading(page)).toBe(`Sicherheitsvorfälle (${incidents.totalCount})`);
      const rows = await shownRows(page, 'Sicherheitsvorfälle, neueste zuerst');
      expect(rows).toEqual(expected(incidents.nodes));
      const labels = new Set(rows.map((r) => r.split(' ')[1]));
      expect(labels).toEqual(new Set(incidents.nodes.map((n) => TLP_TEXT[n.tlp])));
      shown.set(principal, rows);
      expect(offLoopback).toEqual([]);
      await context.close();
    },
  );

  it('shows CERT more incidents than anyone else, every marking up to TLP:RED, and everything the others see', () => {
    const cert = new Set(shown.get('cert'));
    expect([...cert].some((row) => row.endsWith('TLP:RED'))).toBe(true);
    for (const tlp of Object.values(TLP_TEXT)) expect([...cert].some((row) => row.endsWith(tlp))).toBe(true);
    for (const principal of ['lda', 'mdjd', 'mittenwalde']) {
      const other = shown.get(principal) ?? [];
      expect(other.length).toBeGreaterThan(0);
      expect(cert.size).toBeGreaterThan(other.length);
      for (const row of other) expect(cert.has(row)).toBe(true);
    }
    // A ministry and a Kommune without a part in any AMBER or RED incident see only CLEAR and GREEN.
    for (const principal of ['mdjd', 'mittenwalde'])
      for (const row of shown.get(principal) ?? []) expect(row).toMatch(/ TLP:(CLEAR|GREEN)$/);
  });

  it.each(['lda', 'cert', 'mdjd'])(
    'shows %s the LDA deadlines its direct query answers: outstanding, late and high-risk notifications',
    async (principal) => {
      const direct = await directQuery(hub, 'CockpitLdaDeadlines', { first: 100 }, principal);
      const data = direct.data as {
        outstanding: Marked[];
        late: { totalCount: number; nodes: Marked[] };
        highRisk: { totalCount: number; nodes: Marked[] };
      };
      expect(data.outstanding.length).toBeGreaterThan(0);
      const { context, page, offLoopback } = await openSecurity(principal);
      expect(await shownRows(page, /^Ausstehende Meldungen an die LDA/)).toEqual(expected(data.outstanding));
      expect(await shownRows(page, /^Nach Ablauf der 72 Stunden gemeldet/)).toEqual(expected(data.late.nodes));
      expect(await shownRows(page, /^Vorfälle mit hohem Risiko/)).toEqual(expected(data.highRisk.nodes));
      expect(await page.getByRole('heading', { level: 3, name: /^Ausstehende Meldungen/ }).textContent()).toBe(
        `Ausstehende Meldungen (${data.outstanding.length})`,
      );
      expect(await page.getByRole('heading', { level: 3, name: /^Verspätet gemeldet/ }).textContent()).toBe(
        `Verspätet gemeldet (${data.late.totalCount})`,
      );
      expect(offLoopback).toEqual([]);
      await context.close();
    },
  );

  it('filters by severity, status and Landkreis through labelled controls, as the graph filters', async () => {
    const filter = { severities: ['HIGH'], statuses: ['CLOSED'], district: '120730000000' };
    const direct = await directQuery(hub, 'CockpitSecurityIncidents', { filter }, 'cert');
    const incidents = direct.data?.incidents as { totalCount: number; nodes: Marked[] };
    const { context, page, offLoopback } = await openSecurity('cert');
    await page.getByRole('table', { name: 'Sicherheitsvorfälle, neueste zuerst' }).waitFor();
    await page.getByLabel('Schweregrad').selectOption({ label: 'hoch' });
    await page.getByLabel('Status').selectOption({ label: 'abgeschlossen' });
    await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption({ label: 'Uckermark' });
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/#\/sicherheit\?/);
    // The list of the filtered answer replaces the unfiltered one (150 incidents for CERT).
    await page
      .getByRole('heading', { level: 2, name: `Sicherheitsvorfälle (${incidents.totalCount})`, exact: true })
      .waitFor();
    expect(new URL(page.url()).hash).toBe('#/sicherheit?schwere=HIGH&status=CLOSED&landkreis=120730000000');
    expect(await shownRows(page, 'Sicherheitsvorfälle, neueste zuerst')).toEqual(expected(incidents.nodes));
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
