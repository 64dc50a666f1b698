/**
 * Builds the Programm-Cockpit (apps/cockpit, Vite) into apps/cockpit/dist when the build is missing
 * or older than any of its sources (src/, index.html, vite.config.ts, package.json and the cockpit's
 * registered operations under schema/clients/kaz-cockpit/). Plain JavaScript without dependencies, so
 * that `pnpm start`'s first step (scripts/launch.mjs) can call it; `pnpm cockpit:build` builds always.
 *
 *   node scripts/cockpit-build.mjs           build when stale
 *   node scripts/cockpit-build.mjs --force   build
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const cockpitDir = join(root, 'apps/cockpit');
export const cockpitDist = join(cockpitDir, 'dist');

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestModification(join(path, entry))));
}

/** Whether dist/index.html is missing or older than a source of the cockpit. */
export function cockpitStale() {
  const built = existsSync(join(cockpitDist, 'index.html')) ? statSync(join(cockpitDist, 'index.html')).mtimeMs : 0;
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(cockpitDir, p));
  sources.push(join(root, 'schema/clients/kaz-cockpit'));
  return Math.max(...sources.map(newestModification)) > built;
}

/** Builds the cockpit (when stale, unless forced); returns the milliseconds it took, or 0. */
export function buildCockpit({ force = false, quiet = false } = {}) {
  if (!force && !cockpitStale()) return 0;
  const started = Date.now();
  const vite = join(cockpitDir, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', quiet ? 'warn' : 'info'], {
    cwd: cockpitDir,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  return Date.now() - started;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ms = buildCockpit({ force: process.argv.includes('--force') });
  console.log(ms ? `Built the cockpit in ${(ms / 1000).toFixed(1)} s.` : 'The cockpit build is current.');
}
