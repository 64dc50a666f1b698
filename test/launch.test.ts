import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `pnpm start` on a checkout where nobody ran `pnpm install`: one sentence, no stack trace.

describe('pnpm start without dependencies', () => {
  it('says in one sentence to run pnpm install first and exits with 1', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'kaz-no-install-'));
    try {
      cpSync(new URL('../scripts', import.meta.url), join(checkout, 'scripts'), { recursive: true });
      cpSync(new URL('../package.json', import.meta.url), join(checkout, 'package.json'));
      const result = spawnSync(process.execPath, ['scripts/launch.mjs'], { cwd: checkout, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('Run `pnpm install` first: dependencies are missing.\n');
      expect(result.stdout).toBe('');
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});

describe('pnpm start with an unknown GATEWAY_ENGINE', () => {
  it('names the engines it takes in one sentence and exits with 1 before starting anything', () => {
    const result = spawnSync(process.execPath, ['scripts/launch.mjs'], {
      cwd: new URL('..', import.meta.url),
      env: { ...process.env, GATEWAY_ENGINE: 'nginx', PORT: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('GATEWAY_ENGINE must be one of apollo, hive (default apollo); it is "nginx".\n');
    expect(result.stdout).not.toContain('subgraph');
  });
});
