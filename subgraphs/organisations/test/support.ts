// The organisations subgraph's test support: the one line that sets up a test file's subgraph, on the
// kit's fixtures (`@kaz/subgraph-kit/testing`), and what several of its test files share.
import { type SetUpOptions, type SubgraphOfFile, setUpTestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';
import { organisationsSubgraph } from '../src/subgraph.ts';

/**
 * Sets up this test file's organisations subgraph (`setUpTestSubgraph`): started before its tests, stopped
 * after them. `const { subgraph, as } = setUpSubgraph();` at the top of the file.
 */
export function setUpSubgraph(options?: SetUpOptions): SubgraphOfFile<Database> {
  return setUpTestSubgraph(organisationsSubgraph, options);
}

/**
 * Hohen Neuendorf, an amtsfreie Stadt and a founding member of DIKOM (09.04.2020) in the sample: the
 * Kommune whose token stands for the `municipality` column of docs/access-control.md in this
 * subgraph's tests.
 */
export const HOHEN_NEUENDORF = '120650144144';
