/**
 * Screenshots of the Programm-Cockpit for the README: the sign-in page and every view, 1280 px wide,
 * full page, each as the principal it is made for (overview and map as the Kaz, the Kommune's page as
 * Mittenwalde, security as CERT), written to docs/screenshots/cockpit-<view>.png.
 *
 *   pnpm -s cockpit:screenshots                                  starts a hub (as `pnpm start`) on a free port
 *   pnpm -s cockpit:screenshots http://127.0.0.1:4000/cockpit/   uses a running hub's cockpit
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COCKPIT_VIEWS, cockpitTarget, devSession, launchChromium, signedInContext } from './cockpit-browser.ts';

const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const url = process.argv.slice(2).find((a) => !a.startsWith('--'));

/** The view's data is shown: a level-1 heading in main, no loading note, no request in flight. */
const SETTLED = () => {
  const main = document.querySelector('main');
  if (!main?.querySelector('h1')) return false;
  if (main.querySelector('[aria-busy="true"]')) return false;
  return !/wird geladen|werden geladen/i.test(main.textContent ?? '');
};

const target = await cockpitTarget(url);
/** The tallest picture written, in CSS pixels (a view taller than this is cut at the bottom). */
const MAX_HEIGHT = 12000;

const browser = await launchChromium();
try {
  mkdirSync(out, { recursive: true });
  const shots = [{ name: 'sign-in', hash: '', principal: undefined as string | undefined }, ...COCKPIT_VIEWS];
  const sessions = new Map<string, string>();
  for (const shot of shots) {
    const principal = shot.principal;
    if (principal && !sessions.has(principal))
      sessions.set(principal, await devSession(browser, target.cockpitUrl, principal));
    const context = await signedInContext(browser, principal && sessions.get(principal), {
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${target.cockpitUrl}${shot.hash}`);
    await page.waitForLoadState('networkidle');
    if (principal) await page.waitForFunction(SETTLED, undefined, { timeout: 30_000 });
    else await page.locator('button[data-principal]').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    const file = `${out}cockpit-${shot.name}.png`;
    // The whole page, but at most MAX_HEIGHT px: a long incident list would make a picture of megabytes.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: Math.min(height, MAX_HEIGHT) },
    });
    console.log(
      `${file.slice(out.length - 'docs/screenshots/'.length)}  (${shot.hash || 'Anmeldung'}${principal ? `, ${principal}` : ''})`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await target.stop();
}
