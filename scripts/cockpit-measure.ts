/**
 * Speed as a person feels it: loads the sign-in page and every view of the Programm-Cockpit in
 * Chromium, each in a fresh browser context (empty cache) several times, and prints the medians
 * against their budgets as a Markdown table, with the bundle sizes from apps/cockpit/dist.
 *
 *   pnpm -s cockpit:measure                                   starts a hub (as `pnpm start`) on a free port
 *   pnpm -s cockpit:measure http://127.0.0.1:4000/cockpit/    measures a running hub's cockpit
 *   pnpm -s cockpit:measure --runs 9                          more runs (default 5)
 *
 * What is measured, per page load:
 * - FCP: the `first-contentful-paint` paint entry.
 * - LCP: the last `largest-contentful-paint` entry before the view's data was shown.
 * - Data shown: the first moment the view's main region has its level-1 heading, no loading note
 *   ("… wird geladen …", aria-busy) and no request to the graph in flight, and still has 100 ms later
 *   (for the sign-in page: the principal buttons are there).
 * - Interactive: from "data shown", the first moment followed by 500 ms without a long task (a main
 *   thread task over 50 ms, PerformanceObserver 'longtask'): long tasks that start within 500 ms of
 *   the current candidate push it to their end.
 * - Transferred: bytes over the wire (encodedDataLength, headers included) of the scripts, style
 *   sheets and fonts the page loaded until measured (fonts: the weights actually used, not all
 *   shipped; scripts: with the other views' chunks, which the shell fetches once the browser is idle).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { COCKPIT_VIEWS, cockpitTarget, devSession, launchChromium, signedInContext } from './cockpit-browser.ts';

const dist = fileURLToPath(new URL('../apps/cockpit/dist/', import.meta.url));

/** The budgets, and why (the README's table repeats them). */
export const BUDGETS = {
  /** Loopback has no network latency: what remains is parse, style and layout; a second is slow. */
  fcpMs: 1000,
  /** The largest element (a chart or table) follows the graph's answer; web.dev's "good" is 2.5 s on a phone. */
  lcpMs: 1500,
  /** Data shown and the main thread calm: two seconds keeps a view feeling immediate. */
  interactiveMs: 2000,
  /** The sign-in page and the shell: no chart library, no view code. */
  shellJsGzipKb: 30,
  /** The heaviest view with the shell: Observable Plot (with d3) is most of it. */
  viewJsGzipKb: 120,
  /** KERN's component CSS (no utility classes) and the cockpit's own. */
  cssGzipKb: 50,
  /** The Fira Sans weights a view uses (each woff2 about 130 kB; KERN uses regular, semibold, bold). */
  fontsKb: 450,
} as const;

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const url = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');

const INIT = `(() => {
  const m = window.__measure = { fcp: undefined, lcp: [], longtasks: [], dataShown: undefined, inFlight: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp.push(e.startTime); }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longtasks.push([e.startTime, e.startTime + e.duration]); }).observe({ type: 'longtask', buffered: true });
  const fetch0 = window.fetch;
  window.fetch = (...a) => { const graph = String(a[0] && a[0].url || a[0]).includes('graphql'); if (graph) m.inFlight++; const p = fetch0(...a); if (graph) p.finally(() => { m.inFlight--; setTimeout(check, 0); }); return p; };
  const shown = () => {
    if (document.querySelector('button[data-principal]')) return true;
    const main = document.querySelector('main');
    if (!main || !main.querySelector('h1') || m.inFlight > 0) return false;
    if (main.getAttribute('aria-busy') === 'true' || main.querySelector('[aria-busy="true"]')) return false;
    return !/wird geladen|werden geladen/i.test(main.textContent || '');
  };
  let candidate;
  function check() {
    if (m.dataShown !== undefined) return;
    if (!shown()) { candidate = undefined; return; }
    if (candidate === undefined) {
      candidate = performance.now();
      setTimeout(() => { if (candidate !== undefined && shown()) m.dataShown = candidate; else { candidate = undefined; check(); } }, 100);
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

interface Sample {
  fcp: number;
  lcp: number;
  interactive: number;
  js: number;
  css: number;
  fonts: number;
}

async function measureOnce(browser: Browser, cockpitUrl: string, hash: string, session?: string): Promise<Sample> {
  const context = await signedInContext(browser, session, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const types = new Map<string, string>();
  const bytes = { Script: 0, Stylesheet: 0, Font: 0 } as Record<string, number>;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId) ?? '';
    if (type in bytes) bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
  });
  await page.goto(`${cockpitUrl}${hash}`);
  await page.waitForFunction(() => (window as any).__measure.dataShown !== undefined, undefined, { timeout: 30_000 });
  // Wait out the quiet window after the last long task.
  await page.waitForFunction(
    () => {
      const m = (window as any).__measure as { dataShown: number; longtasks: [number, number][] };
      return performance.now() > Math.max(m.dataShown, ...m.longtasks.map((t) => t[1])) + 600;
    },
    undefined,
    { timeout: 30_000 },
  );
  const m = (await page.evaluate(() => (window as any).__measure)) as {
    fcp: number;
    lcp: number[];
    longtasks: [number, number][];
    dataShown: number;
  };
  let interactive = m.dataShown;
  for (const [start, end] of m.longtasks.sort((a, b) => a[0] - b[0]))
    if (start < interactive + 500) interactive = Math.max(interactive, end);
  const lcp = m.lcp.filter((t) => t <= interactive).at(-1) ?? m.lcp.at(-1) ?? m.fcp;
  await context.close();
  return {
    fcp: m.fcp,
    lcp,
    interactive,
    js: bytes.Script ?? 0,
    css: bytes.Stylesheet ?? 0,
    fonts: bytes.Font ?? 0,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * Raw and gzip bytes of the built files (dist/.vite/manifest.json tells which chunks belong to what):
 * the shell (index.html's script and its imports), each view (its chunk and everything it imports,
 * with the shell), the CSS and the fonts shipped.
 */
function bundleSizes() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const size = (list: string[]) => ({
    raw: list.reduce((s, f) => s + statSync(join(dist, f)).size, 0),
    gzip: list.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0),
  });
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const filesOf = (keys: Iterable<string>) => [...keys].map((k) => manifest[k]?.file ?? k);
  const cssOf = (keys: Iterable<string>) => [...keys].flatMap((k) => manifest[k]?.css ?? []);
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) ?? 'index.html';
  const shellKeys = closure(entry);
  const views = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && key.startsWith('src/views/'))
    .map(([key]) => {
      const keys = new Set([...shellKeys, ...closure(key)]);
      return { name: key.replace(/^src\/views\//, ''), js: size(filesOf(keys)), css: size(cssOf(keys)) };
    })
    .sort((a, b) => b.js.gzip - a.js.gzip);
  const all = files(dist)
    .map((f) => f.slice(dist.length))
    .filter((f) => !f.startsWith('.vite'));
  return {
    shell: { js: size(filesOf(shellKeys)), css: size(cssOf(shellKeys)) },
    views,
    allJs: size(all.filter((f) => f.endsWith('.js'))),
    css: size(all.filter((f) => f.endsWith('.css'))),
    fonts: { count: all.filter((f) => f.endsWith('.woff2')).length, ...size(all.filter((f) => f.endsWith('.woff2'))) },
  };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => Math.round(n).toString();
const mark = (value: number, budget: number) => (value <= budget ? '✓' : '✗ over');

async function main() {
  const target = await cockpitTarget(url);
  const browser = await launchChromium();
  try {
    const sessions = new Map<string, string>();
    for (const principal of new Set(COCKPIT_VIEWS.map((v) => v.principal)))
      sessions.set(principal, await devSession(browser, target.cockpitUrl, principal));
    const pages = [
      { name: 'sign-in', hash: '', principal: undefined as string | undefined },
      ...COCKPIT_VIEWS.map((v) => ({ name: v.name, hash: v.hash, principal: v.principal as string | undefined })),
    ];
    const rows: string[] = [];
    let over = 0;
    for (const p of pages) {
      const samples: Sample[] = [];
      // One warm-up load (the hub's first answer to an operation plans the query), then the runs.
      await measureOnce(browser, target.cockpitUrl, p.hash, p.principal && sessions.get(p.principal));
      for (let i = 0; i < RUNS; i++)
        samples.push(await measureOnce(browser, target.cockpitUrl, p.hash, p.principal && sessions.get(p.principal)));
      const med = (key: keyof Sample) => median(samples.map((s) => s[key]));
      const checks = [
        med('fcp') <= BUDGETS.fcpMs,
        med('lcp') <= BUDGETS.lcpMs,
        med('interactive') <= BUDGETS.interactiveMs,
        med('fonts') / 1024 <= BUDGETS.fontsKb,
      ];
      over += checks.filter((c) => !c).length;
      rows.push(
        `| ${p.name}${p.principal ? ` (${p.principal})` : ''} | \`${p.hash || '(Anmeldung)'}\` | ${ms(med('fcp'))} ${mark(med('fcp'), BUDGETS.fcpMs)} | ${ms(med('lcp'))} ${mark(med('lcp'), BUDGETS.lcpMs)} | ${ms(med('interactive'))} ${mark(med('interactive'), BUDGETS.interactiveMs)} | ${kb(med('js'))} | ${kb(med('css'))} | ${kb(med('fonts'))} ${mark(med('fonts') / 1024, BUDGETS.fontsKb)} |`,
      );
      process.stderr.write(`measured ${p.name}\n`);
    }
    const b = bundleSizes();
    const shellOk = b.shell.js.gzip / 1024 <= BUDGETS.shellJsGzipKb;
    const viewsOk = b.views.map((v) => v.js.gzip / 1024 <= BUDGETS.viewJsGzipKb);
    const cssOk = b.css.gzip / 1024 <= BUDGETS.cssGzipKb;
    over += [shellOk, ...viewsOk, cssOk].filter((c) => !c).length;
    console.log(`## Programm-Cockpit: measured in Chromium on loopback (median of ${RUNS} cold loads each)\n`);
    console.log(
      `| page | route | FCP ms (≤ ${BUDGETS.fcpMs}) | LCP ms (≤ ${BUDGETS.lcpMs}) | interactive ms (≤ ${BUDGETS.interactiveMs}) | JS kB transferred (with the idle prefetch of the other views) | CSS kB transferred | fonts kB transferred (≤ ${BUDGETS.fontsKb}) |`,
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
    console.log('\n| bundle (apps/cockpit/dist) | JS raw kB | JS gzip kB | budget (JS gzip) | CSS gzip kB |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| shell (sign-in page, router, session) | ${kb(b.shell.js.raw)} | ${kb(b.shell.js.gzip)} | ≤ ${BUDGETS.shellJsGzipKb} ${shellOk ? '✓' : '✗ over'} | ${kb(b.shell.css.gzip)} |`,
    );
    for (const [i, v] of b.views.entries())
      console.log(
        `| shell + ${v.name} with its chunks | ${kb(v.js.raw)} | ${kb(v.js.gzip)} | ≤ ${BUDGETS.viewJsGzipKb} ${viewsOk[i] ? '✓' : '✗ over'} | ${kb(v.css.gzip)} |`,
      );
    console.log(`| all JS chunks (also the OIDC sign-in's) | ${kb(b.allJs.raw)} | ${kb(b.allJs.gzip)} | – | – |`);
    console.log(
      `| all CSS (KERN, cockpit, views) | ${kb(b.css.raw)} raw | – | ≤ ${BUDGETS.cssGzipKb} ${cssOk ? '✓' : '✗ over'} | ${kb(b.css.gzip)} |`,
    );
    console.log(
      `| fonts shipped (${b.fonts.count} woff2; a page loads only those it uses) | ${kb(b.fonts.raw)} | ${kb(b.fonts.gzip)} | – | – |`,
    );
    console.log(over === 0 ? '\nAll within budget.' : `\n${over} figure(s) over budget.`);
    process.exitCode = over === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await target.stop();
  }
}

await main();
