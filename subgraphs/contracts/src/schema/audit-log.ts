import { addAuditLog } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

addAuditLog(builder, {
  fieldName: 'contractsAuditLog',
  subgraph: 'contracts',
  description:
    'The append-only audit log of the contracts subgraph: every change of procurement procedures, framework ' +
    'contracts, licences, licence allocations and certificates, newest first.',
});
