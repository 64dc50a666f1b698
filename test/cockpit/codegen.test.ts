import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cockpitCodegenConfig, cockpitGeneratedDir } from '../../codegen.ts';
import { repositoryRoot } from '../support/codegen.ts';

// The cockpit's typed operations (apps/cockpit/src/gql/) are committed, so that a fresh clone builds
// and type-checks the cockpit without a generation step: they must be what `pnpm codegen` makes from
// the registered operations and the API schema of this commit.

let scratch: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(repositoryRoot, 'clients/.codegen-test-cockpit-'));
  await generate({ ...cockpitCodegenConfig(`${scratch}/`), cwd: repositoryRoot, silent: true }, true);
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the cockpit's generated types", () => {
  it('are current: `pnpm codegen` would write exactly the committed files', () => {
    const committed = join(repositoryRoot, cockpitGeneratedDir);
    const files = readdirSync(committed).sort();
    expect(readdirSync(scratch).sort()).toEqual(files);
    for (const file of files) {
      expect(
        readFileSync(join(scratch, file), 'utf8'),
        `${cockpitGeneratedDir}${file} is stale: run pnpm codegen`,
      ).toBe(readFileSync(join(committed, file), 'utf8'));
    }
  });

  it('hold a typed document for every operation registered for the cockpit', () => {
    const operations = readdirSync(join(repositoryRoot, 'schema/clients/kaz-cockpit'))
      .filter((file) => file.endsWith('.graphql'))
      .map(
        (file) =>
          /^\s*query\s+(\w+)/m.exec(
            readFileSync(join(repositoryRoot, 'schema/clients/kaz-cockpit', file), 'utf8'),
          )?.[1],
      );
    expect(operations.length).toBeGreaterThan(0);
    const generated = readFileSync(join(repositoryRoot, cockpitGeneratedDir, 'graphql.ts'), 'utf8');
    for (const name of operations)
      expect(generated).toContain(`export const ${name}Document = new TypedDocumentString(`);
  });
});
