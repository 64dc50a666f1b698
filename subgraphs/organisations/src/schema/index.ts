import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './organisation.ts';
import './responsibility.ts';
import './committee-membership.ts';
import './decision.ts';
import './committee.ts';
import './municipality.ts';
import './dikom-membership.ts';
import './decision-mutations.ts';
import './dikom-membership-mutations.ts';
import './external-body.ts';
import './external-body-mutations.ts';
import './audit-log.ts';
import './deadlines.ts';
// Umsetzungskonzept Kaz: Arbeitsprogramm (§4.1), standardisation recommendations (§3), contacts by role.
import './umsetzungskonzept.ts';

/** The executable subgraph schema of the organisations subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
