import { createSubgraphBuilder } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';

/** The Pothos builder of the projects subgraph. */
export const builder = createSubgraphBuilder<Context>({ mutations: true });
