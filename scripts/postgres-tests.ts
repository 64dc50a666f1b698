/**
 * Which test files can run differently on PostgreSQL: those whose import closure reads
 * `TEST_DATABASE_URL` (through `createTestDatabase`, the test hub, the kit's test subgraph, …). The
 * others — the JWT verifier, the README, the compiler, the CLI tests that start their own processes —
 * run the same on either database. CI runs every file on both (PGlite on Node.js 20, PostgreSQL on
 * Node.js 24, `.ci/run`); this list is for a quicker PostgreSQL pass by hand:
 * `TEST_DATABASE_URL=… pnpm test $(pnpm -s tsx scripts/postgres-tests.ts)`.
 *
 * The closure is esbuild's: it bundles every test file (third-party packages left out, the workspace's
 * `@kaz/*` packages followed, template-string imports expanded to every file they can match) and its
 * metafile names each input of each bundle. A file counts when one of its inputs contains the variable's
 * name, so a new test that reaches the database by any path is picked up without a list to maintain.
 *
 * `pnpm -s tsx scripts/postgres-tests.ts` prints the files, one per line; `--others` prints the rest.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { repositoryRoot } from './snapshots.ts';

/** The variable that moves a test onto PostgreSQL (packages/db/src/testing.ts). */
export const DATABASE_VARIABLE = 'TEST_DATABASE_URL';

/** The files `pnpm test` runs (vitest.config.ts: include and exclude), relative to `root`, sorted. */
export function testFiles(root: string = repositoryRoot): string[] {
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.test.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return tracked
    .split('\n')
    .filter((file) => /^(packages|subgraphs|gateway)\/.+\/test\/.+\.test\.ts$|^test\/.+\.test\.ts$/.test(file))
    .filter((file) => !file.startsWith('test/faults/') && !file.includes('/node_modules/'))
    .sort();
}

/** Third-party packages stay outside the bundles: only the repository's own files can read the variable. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@kaz/') || args.path.startsWith('node:') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * Splits the test files into those whose import closure mentions `TEST_DATABASE_URL` and the others.
 * Throws when esbuild cannot resolve an import of the repository's own files (a broken test).
 */
export async function classifyTestFiles(
  root: string = repositoryRoot,
): Promise<{ postgres: string[]; others: string[] }> {
  const files = testFiles(root);
  const result = await build({
    absWorkingDir: root,
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    outdir: join(root, '.data', 'postgres-tests'),
    outbase: root,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [externalPackages],
  });
  const mentions = new Map<string, boolean>();
  const readsVariable = (input: string): boolean => {
    let known = mentions.get(input);
    if (known === undefined) {
      known = readFileSync(resolve(root, input), 'utf8').includes(DATABASE_VARIABLE);
      mentions.set(input, known);
    }
    return known;
  };
  const postgres = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    if (Object.keys(output.inputs).some(readsVariable)) postgres.add(relative(root, resolve(root, output.entryPoint)));
  }
  return { postgres: files.filter((file) => postgres.has(file)), others: files.filter((file) => !postgres.has(file)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { postgres, others } = await classifyTestFiles();
  console.log((process.argv.includes('--others') ? others : postgres).join('\n'));
}
