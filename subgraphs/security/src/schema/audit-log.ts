import { addAuditLog } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

addAuditLog(builder, {
  fieldName: 'securityAuditLog',
  subgraph: 'security',
  description:
    'The append-only audit log of the security subgraph: every reported incident, status change, LDA notification and saved IT-Sicherheitskonzept, newest first.',
});
