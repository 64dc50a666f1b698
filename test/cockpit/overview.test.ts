import type { Browser } from 'playwright-core';
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

describe('Programmübersicht', () => {
  it('shows the Kaz the project count by phase that the graph answers, and loads nothing off loopback', async () => {
    const { context, offLoopback } = await loopbackContext(browser);
    const page = await context.newPage();
    await signIn(page, hub, 'kaz');
    const direct = await directQuery(
      hub,
      'CockpitOverview',
      { fromYear: 2021, toYear: new Date().getFullYear() },
      'kaz',
    );
    const total = direct.data?.projects.totalCount as number;
    expect(total).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^Projekte/ }).textContent())
      .toBe(`Projekte (${total})`);
    const table = page.getByRole('table', { name: 'Projekte nach Phase' });
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number((row.lastElementChild?.textContent ?? '').replace(/\./g, ''))));
    expect(cells).toEqual(direct.data?.projectStatistics.byPhase.map((p: { projectCount: number }) => p.projectCount));
    expect(offLoopback).toEqual([]);
    await context.close();
  });
});
