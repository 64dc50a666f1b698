// The contracts subgraph's test support: the one line that sets up a test file's subgraph, on the
// kit's fixtures (`@kaz/subgraph-kit/testing`), and what several of its test files share.
import {
  type Column,
  expectRefused,
  type Headers,
  type SetUpOptions,
  type SubgraphOfFile,
  setUpTestSubgraph,
  type TestSubgraph,
} from '@kaz/subgraph-kit/testing';
import { expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { contractsSubgraph } from '../src/subgraph.ts';

/**
 * Sets up this test file's contracts subgraph (`setUpTestSubgraph`): started before its tests, stopped
 * after them. `const { subgraph, as } = setUpSubgraph();` at the top of the file.
 */
export function setUpSubgraph(options?: SetUpOptions): SubgraphOfFile<Database> {
  return setUpTestSubgraph(contractsSubgraph, options);
}

/** One mutation of a "who may" check: its field name, its document and its variables. */
export type MutationCase = readonly [name: string, mutation: string, variables: Record<string, unknown>];

/**
 * The two refusal checks every writing area of the contracts subgraph has (contracts:write only):
 * without a token each mutation is UNAUTHENTICATED, for the ministry, a Kommune, the security team and
 * the auditor FORBIDDEN — at the mutation's own path, with no row changed. `setup` is read when the
 * tests run (after `beforeAll`); `cases` builds fresh variables for every run.
 */
export function refusesToAllButContractEditors(
  area: string,
  setup: () => { subgraph: TestSubgraph<Database>; as: Record<Column, Headers> },
  cases: () => readonly MutationCase[],
): void {
  it(`refuses every ${area} mutation without a token (UNAUTHENTICATED) and changes nothing`, async () => {
    const { subgraph } = setup();
    for (const [name, mutation, variables] of cases()) {
      const error = await expectRefused(subgraph, () => subgraph.query(mutation, variables), 'UNAUTHENTICATED');
      expect(error.path).toEqual([name]);
    }
  });

  it(`refuses every ${area} mutation to the ministry, a Kommune, the security team and the auditor (FORBIDDEN)`, async () => {
    const { subgraph, as } = setup();
    for (const column of ['ministry', 'municipality', 'security-team', 'auditor'] as const) {
      for (const [name, mutation, variables] of cases()) {
        const error = await expectRefused(subgraph, () => subgraph.query(mutation, variables, as[column]), 'FORBIDDEN');
        expect(error.path).toEqual([name]);
      }
    }
  });
}
