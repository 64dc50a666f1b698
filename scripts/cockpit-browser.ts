/**
 * What scripts/cockpit-measure.ts and scripts/cockpit-screenshots.ts share: the hub with the cockpit
 * (started as `pnpm start` does, on a free loopback port, or one already running at a given URL),
 * Debian's Chromium (playwright-core), and a dev principal's session for a fresh browser context.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The routes people open, with the principal whose view each is (the search as the Kaz: a Kommune's own IT lead goes straight to its page). */
export const COCKPIT_VIEWS = [
  { name: 'overview', hash: '#/', principal: 'kaz' },
  { name: 'map', hash: '#/karte', principal: 'kaz' },
  { name: 'map-prignitz', hash: '#/karte/120700000000', principal: 'kaz' },
  { name: 'kommune-search', hash: '#/kommune', principal: 'kaz' },
  { name: 'kommune', hash: '#/kommune/120610332332', principal: 'mittenwalde' },
  { name: 'security', hash: '#/sicherheit', principal: 'cert' },
] as const;

const SESSION_KEY = 'kaz-cockpit.session';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CockpitTarget {
  /** e.g. http://127.0.0.1:4000/cockpit/ */
  cockpitUrl: string;
  stop(): Promise<void>;
}

/**
 * The cockpit at `url` (a running hub), or a hub started like `pnpm start` (scripts/launch.mjs, which
 * also builds the cockpit when stale) on a free port, stopped again by `stop()`.
 */
export async function cockpitTarget(url: string | undefined): Promise<CockpitTarget> {
  if (url) return { cockpitUrl: new URL(url.endsWith('/') ? url : `${url}/`).href, stop: async () => {} };
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/launch.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const cockpitUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Programm-Cockpit:\s+(\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}) before serving the cockpit:\n${output}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { cockpitUrl, stop };
}

/** Headless Debian Chromium (CHROMIUM_PATH), with no background networking. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A dev principal's stored session (sessionStorage entry), got once through the sign-in page. */
export async function devSession(browser: Browser, cockpitUrl: string, principal: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(cockpitUrl);
  await page.locator(`button[data-principal="${principal}"]`).click();
  await page.getByTestId('principal').waitFor();
  const session = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
  await context.close();
  if (!session) throw new Error(`no session for ${principal}`);
  return session;
}

/** A fresh context (empty cache) whose pages start signed in with the given session. */
export async function signedInContext(
  browser: Browser,
  session: string | undefined,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  if (session) {
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem(key)) sessionStorage.setItem(key, value);
      },
      [SESSION_KEY, session] as const,
    );
  }
  return context;
}
