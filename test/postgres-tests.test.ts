import { describe, expect, it } from 'vitest';
import { classifyTestFiles, testFiles } from '../scripts/postgres-tests.ts';

// CI runs the whole suite on PGlite and then, on PostgreSQL, only the files that can behave differently
// there (scripts/postgres-tests.ts). A classification that missed a database test would silently skip
// it on PostgreSQL; one that listed nothing would skip them all.

describe('the PostgreSQL subset of the test suite', () => {
  it('holds the tests that reach a database through any path, and only those', async () => {
    const { postgres, others } = await classifyTestFiles();
    expect([...postgres, ...others].sort()).toEqual(testFiles());
    // Through the test hub (test/support/hub.ts → @kaz/db/testing).
    expect(postgres).toContain('test/tlp.test.ts');
    // Through the kit's in-process test subgraph (@kaz/subgraph-kit/testing).
    expect(postgres).toContain('subgraphs/projects/test/statistics.test.ts');
    // Through createTestDatabase directly.
    expect(postgres).toContain('packages/db/test/database.test.ts');
    // No database at all: the JWT verifier, the README.
    expect(others).toContain('packages/auth/test/verifier.test.ts');
    expect(others).toContain('test/readme.test.ts');
    expect(others).not.toContain('test/tlp.test.ts');
  });
});
