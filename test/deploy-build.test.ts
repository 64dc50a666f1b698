/**
 * The build steps of the Dockerfiles, run outside a container (there is no container engine here):
 * `pnpm deploy --legacy --prod` of a service into a fresh folder, `deploy/bundle.mjs`, then the
 * compiled service started with plain `node` from that folder until `/health/ready` answers. This
 * proves that the deployed folder holds every file the service needs at run time and no development
 * dependency; it does not prove anything about the base image (docs/operations.md, "Deployment").
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kaz-deploy-build-'));
const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** `pnpm --filter <pkg> deploy --legacy --prod <dir>` and the bundle, as the Dockerfiles run them. */
async function deployAndBundle(pkg: string, dir: string): Promise<void> {
  await run('pnpm', ['--filter', pkg, 'deploy', '--legacy', '--prod', dir], { cwd: root, maxBuffer: 1 << 24 });
  await run('node', [join(root, 'deploy/bundle.mjs'), dir], { cwd: root });
  rmSync(join(dir, 'test'), { recursive: true, force: true });
}

/** Starts `node dist/main.js` in `dir` on a free port; resolves with the URL it prints. */
function start(dir: string, env: Record<string, string>): Promise<string> {
  const child = spawn('node', ['dist/main.js'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/**
 * Development dependencies (the root's tools and the gateway's and packages' own devDependencies) found
 * in the deployed store. Some `@types/*` packages do ship: runtime packages depend on them.
 */
function shippedDevDependencies(dir: string): string[] {
  const store = readdirSync(join(dir, 'node_modules/.pnpm'));
  const devOnly = ['tsx', 'vitest', 'typescript', '@biomejs/biome', 'esbuild', 'vite', '@types/express', '@types/cors'];
  return devOnly.filter((name) => store.some((entry) => entry.startsWith(`${name.replace('/', '+')}@`)));
}

describe('the Dockerfiles’ build steps, outside a container', () => {
  it('deploy a subgraph with production dependencies only, and the compiled subgraph becomes ready', async () => {
    expect(readFileSync(join(root, 'deploy/subgraph.Dockerfile'), 'utf8')).toContain(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's build argument, quoted as it stands there.
      'pnpm --filter "@kaz/${SUBGRAPH}" deploy --legacy --prod /srv/app',
    );
    const dir = join(work, 'municipalities');
    await deployAndBundle('@kaz/municipalities', dir);
    expect(shippedDevDependencies(dir)).toEqual([]);
    expect(existsSync(join(dir, 'test'))).toBe(false);
    // PGlite in memory and no seed keep this quick; the image serves PostgreSQL (DATABASE_URL).
    const url = await start(dir, { SEED: 'false', LOG_LEVEL: 'info' });
    let ready: Response | undefined;
    for (let i = 0; i < 120 && ready?.status !== 200; i++) {
      ready = await fetch(new URL('health/ready', url)).catch(() => undefined);
      if (ready?.status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(await ready?.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  }, 120_000);

  it('deploy the gateway in the repository’s layout, and the compiled gateway serves', async () => {
    const dockerfile = readFileSync(join(root, 'deploy/gateway.Dockerfile'), 'utf8');
    expect(dockerfile).toContain('pnpm --filter @kaz/gateway deploy --legacy --prod /srv/hub/gateway');
    expect(dockerfile).toContain('cp -r schema /srv/hub/schema');
    const hub = join(work, 'hub');
    const dir = join(hub, 'gateway');
    await deployAndBundle('@kaz/gateway', dir);
    expect(shippedDevDependencies(dir)).toEqual([]);
    cpSync(join(root, 'schema'), join(hub, 'schema'), { recursive: true });
    const store = join(dir, 'node_modules/.pnpm');
    for (const entry of readdirSync(store).filter((e) => e.startsWith('@kaz+report@'))) {
      symlinkSync(join(hub, 'schema'), join(store, entry, 'node_modules/schema'));
    }
    const url = await start(dir, { DEV_ISSUER_DIR: join(work, 'dev-issuer'), LOG_LEVEL: 'warn' });
    expect(await (await fetch(new URL('health/live', url))).json()).toEqual({ status: 'live' });
    // No subgraph runs: the gateway answers, degraded, naming each one.
    const ready = (await (await fetch(new URL('health/ready', url))).json()) as { status: string };
    expect(ready.status).toBe('degraded');
  }, 120_000);
});
