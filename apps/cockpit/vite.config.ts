/**
 * Vite build of the Programm-Cockpit: static files in dist/ (relative paths, so they can be served
 * under any prefix: the hub serves them at /cockpit/). The cockpit sends only the operations registered
 * for it in schema/clients/kaz-cockpit/ (the trusted-documents manifest holds their exact texts): the
 * module `virtual:cockpit-operations` gives each operation's name → its file's exact text and that
 * text's sha256, which the client sends as an automatic-persisted-query hash.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const operationsDir = fileURLToPath(new URL('../../schema/clients/kaz-cockpit/', import.meta.url));
const virtualId = 'virtual:cockpit-operations';

/** Each registered operation by name: its exact text and the sha256 (hex) of that text. */
export function registeredOperations(directory = operationsDir): Record<string, { text: string; hash: string }> {
  const operations: Record<string, { text: string; hash: string }> = {};
  for (const file of readdirSync(directory)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(directory, file), 'utf8');
    const name = /^\s*(?:query|mutation)\s+(\w+)/m.exec(text)?.[1];
    if (!name) throw new Error(`${file}: no named query or mutation`);
    if (operations[name]) throw new Error(`${file}: operation ${name} is registered twice`);
    operations[name] = { text, hash: createHash('sha256').update(text).digest('hex') };
  }
  return operations;
}

function cockpitOperations(): Plugin {
  return {
    name: 'cockpit-operations',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      for (const file of readdirSync(operationsDir)) this.addWatchFile(join(operationsDir, file));
      return `export default ${JSON.stringify(registeredOperations())};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [cockpitOperations()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the shipped files; the bundle-size budget counts what a browser loads.
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each view loads, for scripts/cockpit-measure.ts.
    manifest: true,
  },
});
