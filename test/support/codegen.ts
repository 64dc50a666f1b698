import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../../codegen.ts';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the repository's GraphQL Code Generator config (codegen.ts) into a scratch copy of clients/
 * inside the repository (so that imports resolve to its node_modules): `<dir>/generated/` beside a
 * copy of clients/examples/ as `<dir>/examples/`. `remove()` deletes it. Nothing touches the network.
 */
export async function generateScratchClients(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(repositoryRoot, 'clients/.codegen-test-'));
  try {
    cpSync(join(repositoryRoot, 'clients/examples'), join(dir, 'examples'), { recursive: true });
    await generate({ ...codegenConfig(`${join(dir, 'generated')}/`), cwd: repositoryRoot, silent: true }, true);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
