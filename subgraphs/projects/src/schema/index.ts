import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './audit-log.ts';
import './budget-line.ts';
import './decision.ts';
import './milestone.ts';
import './municipality.ts';
import './organisation.ts';
import './ozg-service.ts';
import './project.ts';
import './project-enums.ts';
import './project-mutations.ts';
import './project-statistics.ts';
import './result-transfer.ts';
import './lead-ministry.ts';
import './funding.ts';
import './support-request.ts';
import './work-order.ts';
import './work-order-mutations.ts';
import './deadlines.ts';

/** The executable subgraph schema of the projects subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
