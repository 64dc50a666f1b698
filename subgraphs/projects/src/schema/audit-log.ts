import { addAuditLog } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

// The append-only log of every accepted mutation of this subgraph (rule read.audit: audit:read only).
addAuditLog(builder, {
  fieldName: 'projectsAuditLog',
  subgraph: 'projects',
  description:
    'The audit log of the projects subgraph: every accepted change of a project or work order (who, when, which ' +
    'operation, before and after), newest first.',
});
