/**
 * Compiles a service that `pnpm deploy --legacy --prod` copied into `<dir>` to JavaScript, so that
 * the image runs it with plain `node` and ships no TypeScript loader (tsx is a dev dependency).
 *
 * Usage (in the image's build stage): `node deploy/bundle.mjs <dir> [entry]` writes `<dir>/dist/main.js`.
 *
 * - Workspace code (`@kaz/*`, TypeScript sources: the service's own and the injected copies under
 *   `<dir>/node_modules`) is bundled.
 * - Every JavaScript package stays an import of the exact file Node would load from the importing
 *   source file, so one copy of each is loaded, as without the bundle.
 * - `import.meta.url` in a source file becomes that file's URL inside `<dir>`, so schema files,
 *   migrations, reference data and the PGlite worker resolve as before. The runtime stage therefore
 *   copies `<dir>` to the same path.
 *
 * The same idea as scripts/compile.mjs (which builds `pnpm start`), with one difference: there a
 * workspace file is any file outside node_modules; here the workspace packages are copies inside it.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const [directoryArgument, entry = 'src/main.ts'] = process.argv.slice(2);
if (!directoryArgument) {
  console.error('usage: node deploy/bundle.mjs <deployed package directory> [entry]');
  process.exit(2);
}
const directory = resolve(directoryArgument);

/** Workspace code is TypeScript; every third-party package ships JavaScript. */
const isWorkspaceSource = (path) => /\.[cm]?ts$/.test(path) && !path.endsWith('.d.ts');

await esbuild.build({
  entryPoints: [join(directory, entry)],
  outfile: join(directory, 'dist', 'main.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['main'],
  conditions: [],
  keepNames: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [
    {
      name: 'kaz-deployed-workspace',
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
          if (isWorkspaceSource(resolved.path)) return resolved;
          return { path: resolved.path, external: true };
        });
        build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const url = JSON.stringify(pathToFileURL(args.path).href);
          return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
        });
      },
    },
  ],
});
console.log(`bundled ${entry} of ${directory} into dist/main.js`);
