import { createSubgraphBuilder } from '@kaz/subgraph-kit';
import type { Context } from './context.ts';

/** The Pothos builder of the organisations subgraph. */
export const builder = createSubgraphBuilder<Context>({ mutations: true });
