import { type AuditReadable, addAuditLog } from '@kaz/subgraph-kit';
import { incidentVisibility, mayReadConcept } from '../access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { isIncidentVisible } from '../db/visibility.ts';

/**
 * An entry's content follows the rule of the entity it describes: an incident by its TLP marking
 * (as `incident(id)` would answer), a concept by rule read.security.concept. Anything else is withheld.
 */
const readable: AuditReadable<Context> = (ctx, entry) => {
  switch (entry.entity_type) {
    case 'SecurityIncident':
      return isIncidentVisible(ctx.db, incidentVisibility(ctx.principal), entry.entity_id);
    case 'SecurityConcept':
      return mayReadConcept(ctx.principal, entry.entity_id.slice('ISK-'.length));
    // Advisories are public (TLP:CLEAR).
    case 'Advisory':
      return true;
    default:
      return false;
  }
};

addAuditLog(builder, {
  fieldName: 'securityAuditLog',
  subgraph: 'security',
  description:
    'The append-only audit log of the security subgraph: every reported incident, status change, LDA notification, saved IT-Sicherheitskonzept and published advisory, newest first. ' +
    "An entry's before and after are redacted when the reader may not read the incident (TLP) or concept itself.",
  readable,
});
