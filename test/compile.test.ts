import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript without declarations (it runs before any TypeScript loader)
import { compiledEntry } from '../scripts/compile.mjs';

// `pnpm start` runs from the build of scripts/compile.mjs. A small workspace of its own shows what the
// build must keep: relative imports, a dynamic import that stays lazy, `import.meta.url` of the source
// file, a third-party package loaded from node_modules as Node would, and a rebuild after a change.

const repositoryNodeModules = new URL('../node_modules', import.meta.url);
let workspace: string;

function run(file: string): string {
  return execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim();
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'kaz-compile-'));
  symlinkSync(repositoryNodeModules, join(workspace, 'node_modules'));
  mkdirSync(join(workspace, 'src', 'data'), { recursive: true });
  writeFileSync(join(workspace, 'src', 'data', 'greeting.txt'), 'Guten Tag');
  writeFileSync(
    join(workspace, 'src', 'entry.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { version } from 'graphql';",
      "import { label } from './label.ts';",
      "const greeting: string = readFileSync(new URL('./data/greeting.txt', import.meta.url), 'utf8');",
      "const lazy = await import('./lazy.ts');",
      'console.log(JSON.stringify({ greeting, label, version, lazy: lazy.answer, url: import.meta.url }));',
    ].join('\n'),
  );
  writeFileSync(join(workspace, 'src', 'label.ts'), "export const label: string = 'eins';\n");
  writeFileSync(join(workspace, 'src', 'lazy.ts'), 'export const answer: number = 42;\n');
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the compiled start', () => {
  it('builds once, runs like the sources, and builds again only after a source changed', async () => {
    const first = await compiledEntry('src/entry.ts', { root: workspace });
    expect(first.built).toBe(true);
    expect(first.file).toMatch(/\/entry\.js$/);
    const output = JSON.parse(run(first.file));
    const graphqlPackage = join(workspace, 'node_modules', 'graphql', 'package.json');
    const graphqlVersion = JSON.parse(readFileSync(graphqlPackage, 'utf8')).version;
    expect(output).toEqual({
      greeting: 'Guten Tag',
      label: 'eins',
      version: graphqlVersion,
      lazy: 42,
      url: pathToFileURL(join(workspace, 'src', 'entry.ts')).href,
    });
    // The dynamic import is a chunk of its own (loaded when reached), and graphql is not bundled.
    const code = readFileSync(first.file, 'utf8');
    expect(code).toMatch(/await import\("\.\/lazy-[A-Z0-9]+\.js"\)/);
    expect(code).toMatch(/from "\/[^"]*\/node_modules\/\.pnpm\/graphql@[^"]*\/graphql\/index\.js"/);

    const again = await compiledEntry('src/entry.ts', { root: workspace });
    expect(again).toMatchObject({ built: false, file: first.file });

    writeFileSync(join(workspace, 'src', 'label.ts'), "export const label: string = 'zwei';\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(workspace, 'src', 'label.ts'), later, later);
    const rebuilt = await compiledEntry('src/entry.ts', { root: workspace });
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.file).not.toBe(first.file);
    expect(JSON.parse(run(rebuilt.file)).label).toBe('zwei');
  });

  it('builds again when a file it also depends on changes, though no source did', async () => {
    writeFileSync(join(workspace, 'list.json'), '["eins"]');
    const options = { root: workspace, alsoDependsOn: ['list.json'] };
    const first = await compiledEntry('src/entry.ts', options);
    expect((await compiledEntry('src/entry.ts', options)).built).toBe(false);
    writeFileSync(join(workspace, 'list.json'), '["eins","zwei"]');
    const rebuilt = await compiledEntry('src/entry.ts', options);
    expect(rebuilt.built).toBe(true);
    expect(rebuilt.file).not.toBe(first.file);
  });

  it('fails with the file and line of a syntax error, and writes no build for it', async () => {
    writeFileSync(join(workspace, 'src', 'broken.ts'), 'export const x = (;\n');
    await expect(compiledEntry('src/broken.ts', { root: workspace })).rejects.toThrow(/src\/broken\.ts:1:\d+: ERROR/);
    const manifest = JSON.parse(readFileSync(join(workspace, '.data', 'build', 'current.json'), 'utf8'));
    expect(manifest.entry).toBe('src/entry.ts');
  });
});
