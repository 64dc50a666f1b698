import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './municipality.ts';

/** The executable subgraph schema of the municipalities subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
