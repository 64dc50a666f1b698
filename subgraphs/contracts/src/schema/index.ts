import { demandControlledSubgraphSchema, refuseNulInTextArguments } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import './procurement-procedure.ts';
import './framework-contract.ts';
import './licence.ts';
import './licence-allocation.ts';
import './licence-statistics.ts';
import './procurement-template.ts';
import './data-processing.ts';
import './certificate.ts';
import './municipality.ts';
import './project.ts';
import './advisory.ts';
import './procurement-procedure-mutations.ts';
import './framework-contract-mutations.ts';
import './licence-mutations.ts';
import './certificate-mutations.ts';
import './audit-log.ts';
import './deadlines.ts';

/** The executable subgraph schema of the contracts subgraph. */
export const schema = refuseNulInTextArguments(demandControlledSubgraphSchema(builder));
