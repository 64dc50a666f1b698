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
 * The resolution is scripts/compile.mjs's (which builds `pnpm start`), with one difference: there a
 * workspace file is any file outside node_modules; here the workspace packages are copies inside it.
 */
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { nodeResolution } from '../scripts/compile.mjs';

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
  plugins: [nodeResolution(isWorkspaceSource)],
});
console.log(`bundled ${entry} of ${directory} into dist/main.js`);
