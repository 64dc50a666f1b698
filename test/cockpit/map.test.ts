import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const count = new Intl.NumberFormat('de-DE');
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const WITHHELD_TEXT = 'nicht freigegeben für Ihre Rolle';

interface Entry {
  district?: { ars: string };
  landkreis?: { ars: string };
  [figure: string]: unknown;
}

/** A statistic's entry for a district's ARS (the graph leaves out districts without any). */
function entryOf(list: Entry[], ars: string): Entry | undefined {
  return list.find((e) => (e.district ?? e.landkreis)?.ars === ars);
}

/** Every tile of the map on the page: ARS, name and the value text it shows. */
function tiles(page: Page) {
  return page.locator('a.map-tile').evaluateAll((links) =>
    links.map((a) => ({
      ars: a.getAttribute('data-ars'),
      name: a.querySelector('.map-tile__name')?.textContent,
      value: a.querySelector('.map-tile__value')?.textContent,
      href: a.getAttribute('href'),
      group: a.closest('[data-group]')?.getAttribute('data-group') ?? null,
    })),
  );
}

/** The cells of one column of a table, by its header, keyed by the text of the row's header cell. */
async function column(page: Page, caption: string, header: string): Promise<Map<string, string>> {
  const table = page.getByRole('table', { name: caption });
  const headers = await table.locator('thead th').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThan(0);
  const rows = await table
    .locator('tbody tr')
    .evaluateAll(
      (trs, i) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[i]?.textContent ?? '']),
      index,
    );
  return new Map(rows as [string, string][]);
}

/** The WCAG 2.1 A/AA rules axe-core finds violated on the page (rule ids). */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(
  principal: string,
  hash: string,
): Promise<{ context: BrowserContext; page: Page; offLoopback: string[] }> {
  const { context, offLoopback } = await loopbackContext(browser);
  const page = await context.newPage();
  await signIn(page, hub, principal);
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.locator('a.map-tile').first().waitFor();
  return { context, page, offLoopback };
}

describe('Brandenburg auf einen Blick', () => {
  it('shows the Kaz all 18 districts with the figure chosen in the select, as the graph answers it, on tiles and in the table', async () => {
    const direct = await directQuery(hub, 'CockpitMap', {}, 'kaz');
    const data = direct.data as Record<string, any>;
    const districts: { ars: string; name: string; displayName: string }[] = data.districts.nodes;
    expect(districts).toHaveLength(18);
    const { context, page, offLoopback } = await open('kaz', '#/karte');

    const expectations: { option: string; header: string; text: (ars: string) => string }[] = [
      {
        option: 'Projekte',
        header: 'Projekte',
        text: (ars) => count.format((entryOf(data.projectStatistics.byDistrict, ars)?.projectCount as number) ?? 0),
      },
      {
        option: 'zugewiesene Lizenzplätze',
        header: 'Lizenzplätze',
        text: (ars) => count.format((entryOf(data.licenceStatistics, ars)?.allocatedSeats as number) ?? 0),
      },
      {
        option: 'OZG online-Anteil',
        header: 'OZG online',
        text: (ars) => {
          const share = entryOf(data.ozgRolloutCoverage, ars)?.onlineShare as number | undefined;
          return share === undefined ? '–' : percent.format(share);
        },
      },
    ];
    // The figures must differ between the options, or switching would prove nothing.
    expect(new Set(expectations.map((e) => districts.map((d) => e.text(d.ars)).join()))).toHaveProperty('size', 3);

    for (const expected of expectations) {
      await page.getByLabel('Karte einfärben nach').selectOption({ label: expected.option });
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: /^Karte:/ }).textContent())
        .toBe(`Karte: ${expected.option}`);
      const shown = await tiles(page);
      expect(shown.map((t) => t.ars).sort()).toEqual(districts.map((d) => d.ars).sort());
      for (const d of districts) {
        const tile = shown.find((t) => t.ars === d.ars)!;
        expect(tile.name).toBe(d.name);
        expect(tile.value, `${d.name}: ${expected.option}`).toBe(expected.text(d.ars));
      }
      const cells = await column(page, 'Kennzahlen der Landkreise und kreisfreien Städte', expected.header);
      expect(cells.size).toBe(18);
      for (const d of districts) expect(cells.get(d.displayName), d.displayName).toBe(expected.text(d.ars));
    }
    expect(page.url()).toMatch(/#\/karte\?wert=online$/);
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: from the select, Tab reaches the tiles from the north-west (Prignitz) on, and Enter zooms in.
    await page.getByLabel('Karte einfärben nach').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ars'))).toBe('120700000000');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/karte/120700000000?wert=online');
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('tells a Kommune that licence figures are not released to its role instead of showing zeros', async () => {
    const direct = await directQuery(hub, 'CockpitMap', {}, 'mittenwalde');
    expect(direct.data?.licenceStatistics).toBeNull();
    expect(direct.errors?.find((e: any) => e.path?.[0] === 'licenceStatistics')?.extensions?.code).toBe('FORBIDDEN');
    const { context, page, offLoopback } = await open('mittenwalde', '#/karte?wert=lizenzplaetze');
    await expect
      .poll(() => page.getByTestId('map-withheld').textContent())
      .toBe(`zugewiesene Lizenzplätze: ${WITHHELD_TEXT}.`);
    const shown = await tiles(page);
    expect(shown).toHaveLength(18);
    expect(new Set(shown.map((t) => t.value))).toEqual(new Set([WITHHELD_TEXT]));
    // The public figures stay visible to the same principal.
    await page.getByLabel('Karte einfärben nach').selectOption({ label: 'Projekte' });
    await expect
      .poll(async () => (await tiles(page)).find((t) => t.ars === '120610000000')?.value)
      .toBe(count.format(entryOf(direct.data?.projectStatistics.byDistrict, '120610000000')?.projectCount as number));
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('zooms from a tile into a Landkreis and lists exactly its Gemeinden by Amt with the figures the graph answers', async () => {
    const ars = '120700000000';
    const direct = await directQuery(hub, 'CockpitDistrict', { districtArs: ars }, 'kaz');
    const nodes: any[] = direct.data?.municipalities.nodes;
    expect(nodes.length).toBe(direct.data?.municipalities.totalCount);
    expect(nodes.length).toBeGreaterThan(10);
    const { context, page, offLoopback } = await open('kaz', '#/karte');

    await page.locator(`a.map-tile[data-ars="${ars}"]`).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Brandenburg auf einen Blick: ${direct.data?.district.displayName}`);
    expect(new URL(page.url()).hash).toBe(`#/karte/${ars}?wert=projekte`);
    await page.locator('a.map-tile').first().waitFor();

    const shown = await tiles(page);
    expect(shown.map((t) => t.ars)).toEqual(nodes.map((n) => n.ars));
    for (const [i, n] of nodes.entries()) {
      expect(shown[i]).toEqual({
        ars: n.ars,
        name: n.name,
        value: count.format(n.projects.totalCount),
        href: `#/kommune/${n.ars}`,
        group: n.amt?.ars ?? 'amtsfrei',
      });
    }
    const caption = `Kennzahlen der Gemeinden: ${direct.data?.district.displayName}`;
    const projects = await column(page, caption, 'Projekte');
    expect([...projects.entries()]).toEqual(nodes.map((n) => [n.name, count.format(n.projects.totalCount)]));

    await page.getByLabel('Karte einfärben nach').selectOption({ label: 'Lizenzen' });
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Gemeinden:/ }).textContent())
      .toBe('Gemeinden: Lizenzen');
    expect((await tiles(page)).map((t) => t.value)).toEqual(nodes.map((n) => count.format(n.licences.totalCount)));
    const licences = await column(page, caption, 'Lizenzen');
    expect([...licences.values()]).toEqual(nodes.map((n) => count.format(n.licences.totalCount)));
    expect(await axeViolations(page)).toEqual([]);

    // A Gemeinde's tile leads to its Kommune page; the back link to the whole Land.
    await page.locator(`a.map-tile[data-ars="${nodes[0].ars}"]`).click();
    expect(new URL(page.url()).hash).toBe(`#/kommune/${nodes[0].ars}`);
    await page.goBack();
    await page.getByRole('link', { name: 'Zurück zur Karte des Landes Brandenburg' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Brandenburg auf einen Blick');
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it("shows a Kommune its own licences in its Landkreis and the others' as not released", async () => {
    const ars = '120610000000';
    const direct = await directQuery(hub, 'CockpitDistrict', { districtArs: ars }, 'mittenwalde');
    const nodes: any[] = direct.data?.municipalities.nodes;
    const withheld = new Set(
      (direct.errors ?? [])
        .filter((e: any) => e.extensions?.code === 'FORBIDDEN' && e.path?.[3] === 'licences')
        .map((e: any) => nodes[e.path[2]].ars),
    );
    const own = nodes.find((n) => n.ars === '120610332332');
    expect(own.licences.totalCount).toBeGreaterThan(0);
    expect(withheld.has(own.ars)).toBe(false);
    expect(withheld.size).toBe(nodes.length - 1);

    const { context, page, offLoopback } = await open('mittenwalde', `#/karte/${ars}?wert=lizenzen`);
    const shown = await tiles(page);
    expect(shown.map((t) => t.ars)).toEqual(nodes.map((n) => n.ars));
    for (const t of shown)
      expect(t.value).toBe(withheld.has(t.ars!) ? WITHHELD_TEXT : count.format(own.licences.totalCount));
    expect(await axeViolations(page)).toEqual([]);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('shows a kreisfreie Stadt zoomed in as the city itself', async () => {
    const ars = '120540000000';
    const direct = await directQuery(hub, 'CockpitDistrict', { districtArs: ars }, 'kaz');
    const city = direct.data?.district;
    expect(city.kind).toBe('KREISFREIE_STADT');
    const { context, page, offLoopback } = await open('kaz', `#/karte/${ars}`);
    expect(await tiles(page)).toEqual([
      { ars, name: city.name, value: count.format(city.projects.totalCount), href: `#/kommune/${ars}`, group: null },
    ]);
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
