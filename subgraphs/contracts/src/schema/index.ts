import { builder } from '../builder.ts';
import './procurement-procedure.ts';
import './framework-contract.ts';
import './licence.ts';
import './licence-allocation.ts';
import './certificate.ts';
import './municipality.ts';
import './project.ts';

/** The executable subgraph schema of the contracts subgraph. */
export const schema = builder.toSubGraphSchema({});
