import { addAuditLog } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';

// The organisations subgraph's own audit log: every recorded decision and every change of a DIKOM
// membership, readable with the scope audit:read only (rule read.audit). Decisions and DIKOM
// memberships are public (read.reference, read.dikom), so no entry's content is ever redacted.
addAuditLog(builder, {
  fieldName: 'organisationsAuditLog',
  subgraph: 'organisations',
  description:
    'The append-only audit log of the organisations subgraph (committee decisions and DIKOM memberships), newest first.',
  readable: (_ctx: unknown, entry: { entity_type: string }) =>
    entry.entity_type === 'Decision' || entry.entity_type === 'DikomMembership',
});
