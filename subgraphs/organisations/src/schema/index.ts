import { builder } from '../builder.ts';
import './organisation.ts';
import './responsibility.ts';
import './committee-membership.ts';
import './decision.ts';
import './committee.ts';
import './municipality.ts';
import './dikom-membership.ts';

/** The executable subgraph schema of the organisations subgraph. */
export const schema = builder.toSubGraphSchema({});
