/**
 * The Programmübersicht (route #/) in a real browser: for the Kaz, a ministry (MdJD) and a Kommune
 * (Mittenwalde) every figure of every section equals the direct answer of the same registered
 * operations (CockpitOverview, CockpitOzgRollout) with the same token and variables, and where the
 * graph answers FORBIDDEN the view says "nicht freigegeben für Ihre Rolle" instead of a number. A
 * table's CSV download holds the same rows; nothing is loaded from off loopback.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
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

const WITHHELD = 'nicht freigegeben für Ihre Rolle';
const PHASE: Record<string, string> = {
  PLANNED: 'geplant',
  IN_PROGRESS: 'in Umsetzung',
  PILOT: 'Pilotierung',
  ROLLOUT: 'Rollout (Übertragung)',
  DONE: 'abgeschlossen',
  STOPPED: 'eingestellt',
};
const SOURCES = ['LAND', 'BUND', 'KOMMUNEN', 'EU'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** The parts of CockpitOverview a principal's token may not read (FORBIDDEN paths), as "a.b". */
const EXPECTED_WITHHELD: Record<string, string[]> = {
  kaz: [],
  mdjd: ['deadlines.certificates', 'licenceStatistics', 'licenceTotals'],
  mittenwalde: ['deadlines.workOrders', 'licenceStatistics', 'licenceTotals', 'programmeFunding'],
};

/** A German number as the view prints it ("2.205.000 €", "45,5 %", "1.248") → 2205000, 45.5, 1248. */
function germanNumber(text: string): number {
  const cleaned = text.replace(/[.\s\u00a0€%]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) throw new Error(`not a number: "${text}"`);
  return Number(cleaned);
}

const millions = (eur: number) =>
  `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(eur / 1e6)} Mio. €`;

/** The current month in Europe/Berlin, YYYY-MM. */
function berlinMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(
    new Date(),
  );
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  while (`${year}-${String(month).padStart(2, '0')}` <= to) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** The body rows of the table with this caption, each as its cells' texts. */
function tableRows(scope: Page | Locator, caption: string): Promise<string[][]> {
  return scope
    .getByRole('table', { name: caption, exact: true })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.children].map((cell) => {
          // What the cell shows: without the words only a screen reader gets (link context).
          const shown = cell.cloneNode(true) as Element;
          for (const hidden of shown.querySelectorAll('.kern-sr-only')) hidden.remove();
          return (shown.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      ),
    );
}

/** The links in the first column of a table: href and the text a screen reader announces. */
function firstColumnLinks(scope: Page | Locator, caption: string): Promise<[string, string][]> {
  return scope
    .getByRole('table', { name: caption, exact: true })
    .locator('tbody tr > :first-child a')
    .evaluateAll((links) =>
      links.map((a) => [a.getAttribute('href') ?? '', (a.textContent ?? '').replace(/\s+/g, ' ').trim()]),
    );
}

/** The WCAG 2.1 A/AA rules axe-core finds violated on the page (rule ids). */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Signs in, opens the overview and returns the page with the variables the view sent. */
async function openOverview(principal: string) {
  const { context, offLoopback } = await loopbackContext(browser);
  const page = await context.newPage();
  const sent = page.waitForRequest((request) => request.postDataJSON()?.operationName === 'CockpitOverview');
  await signIn(page, hub, principal);
  const variables = (await sent).postDataJSON().variables as {
    fromYear: number;
    toYear: number;
    incidentsFrom: string;
    incidentsTo: string;
  };
  await page.getByRole('heading', { level: 2, name: 'Kennzahlen' }).waitFor();
  return { context, page, variables, offLoopback };
}

function section(page: Page, heading: RegExp): Locator {
  return page.getByRole('region', { name: heading });
}

function keyFigure(page: Page, id: string) {
  const card = page.locator(`[data-figure="${id}"]`);
  return { value: card.locator('.cockpit-keyfigure__value'), note: card.getByTestId('withheld'), card };
}

/**
 * Checks every section of the overview against the direct answers: figures where the graph answered,
 * the withheld note (and no figure) where it answered FORBIDDEN.
 */
async function expectOverviewMatches(page: Page, principal: string, variables: Record<string, any>) {
  const direct = await directQuery(hub, 'CockpitOverview', variables, principal);
  const ozg = await directQuery(hub, 'CockpitOzgRollout', {}, principal);
  const data = direct.data as Record<string, any>;
  const forbidden = (direct.errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN')
    .map((e) => (e.path ?? []).join('.'))
    .sort();
  expect(forbidden).toEqual(EXPECTED_WITHHELD[principal]);
  expect((direct.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  expect(ozg.errors ?? []).toEqual([]);
  const withheld = (path: string) => forbidden.includes(path);

  // Projects (public): the count, by phase (German labels, lifecycle order), by Themenfeld, by Landkreis.
  const stats = data.projectStatistics;
  await expect
    .poll(() => page.getByRole('heading', { level: 2, name: /^Projekte/ }).textContent())
    .toBe(`Projekte (${data.projects.totalCount})`);
  expect(germanNumber((await keyFigure(page, 'projekte').value.textContent()) ?? '')).toBe(data.projects.totalCount);
  expect(await tableRows(page, 'Projekte nach Phase')).toEqual(
    stats.byPhase.map((p: any) => [PHASE[p.phase], String(p.projectCount)]),
  );
  expect(await page.getByRole('table', { name: 'Projekte nach Phase' }).textContent()).toContain('abgeschlossen');
  expect(await tableRows(page, 'Projekte nach Themenfeld')).toEqual(
    stats.byThemenfeld.map((t: any) => [t.themenfeld, String(t.projectCount)]),
  );
  expect(
    (await tableRows(page, 'Projekte nach Landkreis')).map((r) => [r[0], germanNumber(r[1]!), germanNumber(r[2]!)]),
  ).toEqual(stats.byDistrict.map((d: any) => [d.district.name, d.projectCount, d.participatingKommunen]));
  expect(await firstColumnLinks(page, 'Projekte nach Landkreis')).toEqual(
    stats.byDistrict.map((d: any) => [`#/karte/${d.district.ars}`, `${d.district.name} auf der Karte`]),
  );

  // OZG rollout per Landkreis (public) with the OZG-Leistungen of the projects there.
  const rollout = ozg.data?.ozgRolloutCoverage as any[];
  expect(rollout.length).toBeGreaterThan(0);
  const services = (ars: string) => stats.ozgCoverage.find((c: any) => c.district.ars === ars)?.ozgServiceCount ?? 0;
  expect(
    (await tableRows(page, 'OZG-Rollout nach Landkreis und Stand')).map((r) => [
      r[0],
      ...r.slice(1, 5).map(germanNumber),
      germanNumber(r[5]!),
      germanNumber(r[6]!),
    ]),
  ).toEqual(
    rollout.map((r) => [
      r.landkreis.name,
      r.kommunen,
      r.planned,
      r.inProgress,
      r.online,
      Math.round(r.onlineShare * 1000) / 10,
      services(r.landkreis.ars),
    ]),
  );
  const online = rollout.reduce((a, r) => a + r.online, 0);
  const records = rollout.reduce((a, r) => a + r.planned + r.inProgress + r.online, 0);
  expect(await keyFigure(page, 'ozg-online').card.textContent()).toContain(
    `${online.toLocaleString('de-DE')} von ${records.toLocaleString('de-DE')} Rollout-Einträgen online`,
  );

  // Land funding against the §6 target, and by source (Kaz and ministries).
  const funding = section(page, /^Finanzierung/);
  const fundingFigure = keyFigure(page, 'landesmittel');
  if (withheld('programmeFunding')) {
    await expect.poll(() => funding.getByTestId('withheld').textContent()).toContain(WITHHELD);
    expect(await funding.getByRole('table').count()).toBe(0);
    expect(await fundingFigure.note.textContent()).toBe(WITHHELD);
  } else {
    const years = data.programmeFunding as any[];
    expect(years.map((y) => y.year)).toEqual(
      Array.from({ length: variables.toYear - variables.fromYear + 1 }, (_, i) => variables.fromYear + i),
    );
    expect(
      (await tableRows(page, 'Landesmittel je Haushaltsjahr gegen das Ziel')).map((r) => [
        Number(r[0]),
        germanNumber(r[1]!),
        germanNumber(r[2]!),
        r[3] === 'nicht erfasst' ? null : germanNumber(r[3]!),
        r[4],
        r[5],
        germanNumber(r[6]!),
      ]),
    ).toEqual(
      years.map((y) => [
        y.year,
        y.targetEur,
        y.landPlannedEur,
        y.landSpentEur,
        y.plannedMeetsTarget ? 'ja' : 'nein',
        y.spentMeetsTarget === null ? 'noch offen' : y.spentMeetsTarget ? 'ja' : 'nein',
        y.landProjectCount,
      ]),
    );
    const bySource = await tableRows(page, 'Mittel je Haushaltsjahr nach Quelle (Euro)');
    expect(bySource.map((r) => Number(r[0]))).toEqual(years.map((y) => y.year));
    for (const [i, year] of years.entries())
      for (const [j, source] of SOURCES.entries()) {
        const line = year.bySource.find((s: any) => s.source === source);
        const [planned, spent] = [bySource[i]![1 + 2 * j]!, bySource[i]![2 + 2 * j]!];
        expect(germanNumber(planned)).toBe(line.plannedEur);
        if (line.spentEur === null) expect(['nicht erfasst', '–']).toContain(spent);
        else expect(germanNumber(spent)).toBe(line.spentEur);
      }
    const current = years.find((y) => y.year === variables.toYear - 2);
    expect(await fundingFigure.value.textContent()).toBe(millions(current.landPlannedEur));
  }

  // Deadlines: work orders and certificates, each as the token may see them.
  const deadlines = section(page, /^Fristen/);
  for (const [path, caption, figure] of [
    ['deadlines.workOrders', 'Fällige und überfällige Arbeitsaufträge', 'arbeitsauftraege'],
    ['deadlines.certificates', 'Ablaufende und abgelaufene Zertifikate', 'zertifikate'],
  ] as const) {
    const items = data.deadlines[path.split('.')[1]!] as any[] | null;
    if (withheld(path)) {
      expect(items).toBeNull();
      expect(await deadlines.getByRole('table', { name: caption }).count()).toBe(0);
      expect(await keyFigure(page, figure).note.textContent()).toBe(WITHHELD);
    } else {
      const rows = await tableRows(page, caption);
      if (items!.length === 0) expect(rows).toHaveLength(1);
      else
        expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(
          items!.map((i) => [i.recordKey, i.title, i.overdue ? 'überfällig' : 'fällig']),
        );
      expect(germanNumber((await keyFigure(page, figure).value.textContent()) ?? '')).toBe(items!.length);
    }
  }
  expect(await deadlines.getByTestId('withheld').count()).toBe(
    ['deadlines.workOrders', 'deadlines.certificates'].filter(withheld).length,
  );

  // Licences: totals and per Landkreis (the Kaz only).
  const licences = section(page, /^Lizenzen/);
  if (withheld('licenceTotals')) {
    expect(await licences.getByTestId('withheld').textContent()).toContain(WITHHELD);
    expect(await licences.getByRole('table').count()).toBe(0);
    expect(await keyFigure(page, 'lizenzen').note.textContent()).toBe(WITHHELD);
  } else {
    const totals = data.licenceTotals;
    expect((await licences.getByTestId('licence-totals').locator('dd').allTextContents()).map(germanNumber)).toEqual([
      totals.seats,
      totals.allocatedSeats,
      totals.annualCostEur,
    ]);
    expect(
      (await tableRows(page, 'Lizenzen nach Landkreis')).map((r) => [r[0], ...r.slice(1).map(germanNumber)]),
    ).toEqual(
      data.licenceStatistics.map((d: any) => [d.district.name, d.licenceCount, d.allocatedSeats, d.annualCostEur]),
    );
    expect(await firstColumnLinks(page, 'Lizenzen nach Landkreis')).toEqual(
      data.licenceStatistics.map((d: any) => [`#/karte/${d.district.ars}`, `${d.district.name} auf der Karte`]),
    );
    expect(germanNumber((await keyFigure(page, 'lizenzen').value.textContent()) ?? '')).toBe(totals.allocatedSeats);
  }

  // Incidents per month and severity, and totals: what this token sees (TLP), said so on the page.
  const incidents = section(page, /^Sicherheitsvorfälle/);
  expect(await incidents.getByTestId('tlp-note').textContent()).toContain('die Ihr Token');
  const months = monthsBetween(variables.incidentsFrom, variables.incidentsTo);
  const expected = months.map((month) =>
    SEVERITIES.map((s) => data.incidentStatistics.find((c: any) => c.month === month && c.severity === s)?.count ?? 0),
  );
  const shown = (await tableRows(page, 'Sicherheitsvorfälle nach Monat und Schweregrad')).map((r) =>
    r.slice(1, 5).map(germanNumber),
  );
  expect(shown).toEqual(expected);
  expect(shown.flat().reduce((a, b) => a + b, 0)).toBe(
    data.incidentStatistics.reduce((a: number, c: any) => a + c.count, 0),
  );
  const totals = data.incidentTotals;
  expect((await incidents.getByTestId('incident-totals').locator('dd').allTextContents()).map(germanNumber)).toEqual([
    totals.open,
    totals.resolved,
    totals.overdueLdaNotifications,
  ]);
  expect(germanNumber((await keyFigure(page, 'vorfaelle').value.textContent()) ?? '')).toBe(totals.open);

  // Nothing else is withheld: exactly the key figures of the FORBIDDEN parts carry the note.
  const withheldFigures = await page
    .locator('[data-figure]:has([data-testid="withheld"])')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-figure')));
  const figureOf: Record<string, string> = {
    programmeFunding: 'landesmittel',
    'deadlines.workOrders': 'arbeitsauftraege',
    'deadlines.certificates': 'zertifikate',
    licenceTotals: 'lizenzen',
  };
  expect(withheldFigures.sort()).toEqual(
    forbidden
      .map((p) => figureOf[p])
      .filter(Boolean)
      .sort(),
  );
  return data;
}

describe('Programmübersicht', () => {
  it('shows the Kaz every figure of every section as the graph answers it, without axe-core violations, loading nothing off loopback', async () => {
    const { context, page, variables, offLoopback } = await openOverview('kaz');
    const before = berlinMonth();
    expect(variables.fromYear).toBe(2021);
    expect([before, berlinMonth()]).toContain(variables.incidentsTo);
    expect(variables.toYear).toBe(Number(variables.incidentsTo.slice(0, 4)) + 2);
    expect(monthsBetween(variables.incidentsFrom, variables.incidentsTo)).toHaveLength(12);
    const data = await expectOverviewMatches(page, 'kaz', variables);
    expect(data.deadlines.workOrders.length).toBeGreaterThan(0);
    expect(data.licenceStatistics.length).toBeGreaterThan(0);
    expect(await page.getByTestId('withheld').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('shows the MdJD its own work orders and the funding, and says that licences and certificates are not released to it', async () => {
    const { context, page, variables, offLoopback } = await openOverview('mdjd');
    const data = await expectOverviewMatches(page, 'mdjd', variables);
    expect(data.programmeFunding.length).toBeGreaterThan(0);
    expect(await section(page, /^Lizenzen/).textContent()).toContain(WITHHELD);
    expect(
      await section(page, /^Fristen/)
        .getByTestId('withheld')
        .textContent(),
    ).toContain('Zertifikate');
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('shows a Kommune the public figures and its own certificates, says what is not released to it instead of zeros, without axe-core violations', async () => {
    const { context, page, variables, offLoopback } = await openOverview('mittenwalde');
    await expectOverviewMatches(page, 'mittenwalde', variables);
    for (const heading of [/^Finanzierung/, /^Lizenzen/]) {
      const part = section(page, heading);
      expect(await part.getByTestId('withheld').textContent()).toContain(WITHHELD);
      expect(await part.textContent()).not.toMatch(/\d[\s\u00a0](Mio\. )?€/);
    }
    expect(await page.getByRole('link', { name: 'Seite Ihrer Kommune' }).getAttribute('href')).toBe(
      '#/kommune/120610332332',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(offLoopback).toEqual([]);
    await context.close();
  });

  it('downloads the OZG rollout table as CSV with the same rows the graph answers', async () => {
    const { context, page } = await openOverview('kaz');
    const ozg = await directQuery(hub, 'CockpitOzgRollout', {}, 'kaz');
    const caption = 'OZG-Rollout nach Landkreis und Stand';
    await page.getByRole('table', { name: caption }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `„${caption}“ als CSV herunterladen` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ozg-rollout-nach-landkreis.csv');
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...lines] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      'Landkreis / kreisfreie Stadt;Kommunen mit Rollout;geplant;in Umsetzung;online;Anteil online;OZG-Leistungen in Projekten',
    );
    expect(lines.map((line) => line.split(';').slice(0, 6))).toEqual(
      (ozg.data!.ozgRolloutCoverage as any[]).map((r) =>
        [r.landkreis.name, r.kommunen, r.planned, r.inProgress, r.online, r.onlineShare].map(String),
      ),
    );
    await context.close();
  });

  // Last in this file: it stops a subgraph of the shared hub.
  it('keeps showing what the other partners answered when the projects subgraph is down, and names the partner', async () => {
    await hub.subgraphs.projects!.stop();
    const { context, page, variables, offLoopback } = await openOverview('kaz');
    const direct = await directQuery(hub, 'CockpitOverview', variables, 'kaz');
    expect(direct.data?.projectStatistics).toBeNull();
    expect(direct.data?.licenceStatistics?.length).toBeGreaterThan(0);
    expect(await page.getByTestId('partial-note').textContent()).toContain('Kaz (Projekte und Arbeitsaufträge)');
    expect(
      await section(page, /^Projekte/)
        .getByTestId('missing')
        .count(),
    ).toBe(1);
    expect(
      await section(page, /^OZG-Abdeckung/)
        .getByTestId('missing')
        .count(),
    ).toBe(1);
    expect(await keyFigure(page, 'projekte').card.getByTestId('missing').textContent()).toBe('keine Antwort erhalten');
    expect(
      (await tableRows(page, 'Lizenzen nach Landkreis')).map((r) => [r[0], ...r.slice(1).map(germanNumber)]),
    ).toEqual(
      direct.data?.licenceStatistics.map((d: any) => [
        d.district.name,
        d.licenceCount,
        d.allocatedSeats,
        d.annualCostEur,
      ]),
    );
    expect(await page.getByTestId('withheld').count()).toBe(0);
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
