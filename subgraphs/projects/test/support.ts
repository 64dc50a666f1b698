// The projects subgraph's test support: the one line that sets up a test file's subgraph, on the
// kit's fixtures (`@kaz/subgraph-kit/testing`), and what several of its test files share.
import { type SetUpOptions, type SubgraphOfFile, setUpTestSubgraph } from '@kaz/subgraph-kit/testing';
import type { Database } from '../src/db/database.ts';
import { projectsSubgraph } from '../src/subgraph.ts';

/**
 * Sets up this test file's projects subgraph (`setUpTestSubgraph`): started before its tests, stopped
 * after them. `const { subgraph, as } = setUpSubgraph();` at the top of the file.
 */
export function setUpSubgraph(options?: SetUpOptions): SubgraphOfFile<Database> {
  return setUpTestSubgraph(projectsSubgraph, options);
}
