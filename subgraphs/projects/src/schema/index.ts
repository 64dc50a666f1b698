import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './audit-log.ts';
import './budget-line.ts';
import './decision.ts';
import './milestone.ts';
import './municipality.ts';
import './organisation.ts';
import './ozg-service.ts';
import './ozg-rollout.ts';
import './ozg-rollout-mutations.ts';
import './ozg-obligations.ts';
import './project.ts';
import './project-enums.ts';
import './project-mutations.ts';
import './project-statistics.ts';
import './result-transfer.ts';
import './work-order.ts';
import './work-order-mutations.ts';
import './deadlines.ts';
import './project-template.ts';
import './project-template-mutation.ts';
import './project-participant.ts';
import './reusable-result.ts';
import './cooperation-mutations.ts';
import './reuse-request-mutation.ts';

/** The executable subgraph schema of the projects subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
