import { type AuditReadable, addAuditLog } from '@kaz/subgraph-kit';
import { requireWorkOrderReach, visibleWorkOrder } from '../access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';

/**
 * An entry's content follows the rule of the entity it describes: a project's snapshot holds only
 * its overview (read.project.overview, public), and so do the public records of project cooperation
 * (read.project.cooperation); a work order follows read.workorder (the Kaz all, a
 * ministry its own; `requireWorkOrderReach` throws for everyone else, which withholds the content).
 */
const readable: AuditReadable<Context> = async (ctx, entry) => {
  switch (entry.entity_type) {
    case 'Project':
    // Project groups, reusable results and reuse requests are public (read.project.cooperation).
    case 'ProjectGroup':
    case 'ReusableResult':
    case 'ReuseRequest':
      return true;
    case 'WorkOrder': {
      const reach = requireWorkOrderReach(ctx.principal);
      return (await visibleWorkOrder(ctx, reach, await ctx.loaders.workOrderById.load(entry.entity_id))) !== null;
    }
    default:
      return false;
  }
};

// The append-only log of every accepted mutation of this subgraph (rule read.audit: audit:read only).
addAuditLog(builder, {
  fieldName: 'projectsAuditLog',
  subgraph: 'projects',
  description:
    'The audit log of the projects subgraph: every accepted change of a project or work order (who, when, which ' +
    "operation, before and after), newest first. A work order's before and after are redacted unless the reader " +
    'may read the work order itself.',
  readable,
});
