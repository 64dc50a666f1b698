/**
 * Compile once, start many times: `pnpm start` runs the hub from a JavaScript build of
 * scripts/start.ts and the workspace code it imports (gateway, subgraphs, packages), made with esbuild
 * into `.data/build/` and made again only when one of its source files changed. Plain JavaScript, so
 * that it runs before any TypeScript loader.
 *
 * Why: through tsx, every start transpiled (or read from tsx's cache) some 250 TypeScript files, each
 * through Node's module hooks on a second thread, and parsed their source maps — a quarter of the CPU
 * of a start on a two-core laptop. The build is one file per lazily loaded part instead.
 *
 * What the build keeps as it was:
 * - Third-party packages are not bundled: each import is resolved from the importing source file
 *   (esbuild's resolver with Node's own rules: `main`, `exports` conditions `node` and `import` or
 *   `require`) and left as an import of that exact file, so Node loads the very same modules, one copy
 *   each, as an unbuilt start would.
 * - `import.meta.url` in workspace code is the source file's URL, so paths relative to a source file
 *   (schema/, reference data, the PGlite worker, the development issuer's keys) resolve as before.
 * - Dynamic imports stay lazy (code splitting), so the order of start.ts (databases first, then the
 *   heavy code) holds.
 *
 * A build is current when every workspace file it was made from has the size and modification time
 * it had then, and this file and esbuild are unchanged. Builds are written into a fresh directory and
 * named in `current.json` last, so two starts at once never run a half-written build.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const thisFile = fileURLToPath(import.meta.url);

/**
 * A workspace source file, to be bundled: any file that is not in a node_modules directory (once
 * symlinks are resolved, a workspace package `@kaz/…` is its directory under packages/ or subgraphs/).
 */
function isWorkspaceFile(path) {
  return !path.includes('/node_modules/');
}

/** What a build's validity depends on besides its inputs: this script and the esbuild version. */
function builderStamp(esbuildVersion) {
  const self = statSync(thisFile);
  return `${esbuildVersion} ${self.size} ${self.mtimeMs}`;
}

function fileStamp(path) {
  const stat = statSync(path);
  return `${stat.size} ${stat.mtimeMs}`;
}

/** The entry file of the current build for `entry`, or undefined when there is none or it is stale. */
function currentBuild(root, buildDirectory, entry, stamp) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(buildDirectory, 'current.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.entry !== entry || manifest.builder !== stamp) return undefined;
  try {
    for (const [path, expected] of Object.entries(manifest.inputs)) {
      if (fileStamp(join(root, path)) !== expected) return undefined;
    }
  } catch {
    return undefined; // an input was deleted or renamed
  }
  return join(buildDirectory, manifest.directory, manifest.output);
}

/**
 * Resolves bare imports as Node would from the importing file; workspace files (`isWorkspace`: here
 * any file outside node_modules; deploy/bundle.mjs, where the workspace packages are copies inside
 * it, passes its own test) are bundled, everything else stays an import of the resolved file.
 * `import.meta.url` in a workspace file becomes that file's URL.
 */
export function nodeResolution(isWorkspace = isWorkspaceFile) {
  return {
    name: 'kaz-node-resolution',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData?.resolving) return undefined;
        if (args.path.startsWith('node:')) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { resolving: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (isWorkspace(resolved.path)) return resolved;
        return { path: resolved.path, external: true };
      });
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (!isWorkspace(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
        return { contents: source.replaceAll('import.meta.url', url), loader };
      });
    },
  };
}

/**
 * The path of a current JavaScript build of `entry` (relative to `root`, by default this repository),
 * building it first when there is none or a source file changed. Builds go to `buildDirectory`
 * (default `.data/build/`, git-ignored). `alsoDependsOn` names files (relative to `root`) whose change
 * makes a build stale although they are not part of it: the list that decides which files a dynamic
 * `import(\`../subgraphs/${name}/…\`)` can reach (esbuild bundles every file the pattern matches when it
 * builds; a subgraph added later needs a new build). Returns `{ file, built, ms }`.
 */
export async function compiledEntry(
  entry,
  { root = repositoryRoot, buildDirectory = join(root, '.data', 'build'), alsoDependsOn = [] } = {},
) {
  const started = performance.now();
  const esbuild = await import('esbuild');
  const stamp = `${builderStamp(esbuild.version)} ${alsoDependsOn.map((path) => `${path}=${fileStamp(join(root, path))}`).join(' ')}`;
  const existing = currentBuild(root, buildDirectory, entry, stamp);
  if (existing) return { file: existing, built: false, ms: performance.now() - started };

  mkdirSync(buildDirectory, { recursive: true });
  const directory = randomUUID();
  const outdir = join(buildDirectory, directory);
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node's resolution: `main` only (Node ignores `module`), and the default conditions.
    mainFields: ['main'],
    conditions: [],
    keepNames: true,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    plugins: [nodeResolution()],
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = join(root, input);
    if (isWorkspaceFile(path)) inputs[relative(root, path)] = fileStamp(path);
  }
  // Dynamic imports are entry points of their own in the metafile: the entry is the one from `entry`.
  const source = relative(root, join(root, entry));
  const output = Object.entries(result.metafile.outputs).find(([, meta]) => meta.entryPoint === source)?.[0];
  if (!output) throw new Error(`esbuild wrote no entry point for ${entry}`);
  const manifest = { entry, builder: stamp, directory, output: relative(outdir, join(root, output)), inputs };
  const temporary = join(buildDirectory, `current.${process.pid}.json`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, join(buildDirectory, 'current.json'));
  // Builds older than an hour go: a start loads its modules within seconds, so no running start
  // still needs them (one that started from a build keeps running when its files are removed).
  for (const name of readdirSync(buildDirectory)) {
    const path = join(buildDirectory, name);
    if (name === directory || name.startsWith('current.')) continue;
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  return { file: join(outdir, manifest.output), built: true, ms: performance.now() - started };
}
