import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './tlp.ts';
import './incident-enums.ts';
import './security-incident.ts';
import './incident-queries.ts';
import './incident-statistics.ts';
import './breach.ts';
import './security-incident-mutations.ts';
import './security-concept.ts';
import './security-concept-mutations.ts';
import './security-concept-coverage.ts';
import './security-posture.ts';
import './advisory.ts';
import './advisory-mutations.ts';
import './municipality.ts';
import './organisation.ts';
import './audit-log.ts';
import './deadlines.ts';

/** The executable subgraph schema of the security subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
