import { addAuditLog } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { mayReadContactsOf } from '../umsetzungskonzept-access.ts';

// The organisations subgraph's own audit log: every recorded decision, every change of a DIKOM
// membership and of the Umsetzungskonzept records, readable with the scope audit:read only (rule
// read.audit). Decisions, DIKOM memberships, Arbeitsprogramme and recommendations are public
// (read.reference, read.dikom, read.workprogramme, read.recommendation), so their entries are never
// redacted; a Kommune's contacts follow read.municipality.contacts (the entity key is "<ARS>/<role>").

/** The entity types whose records every reader may read. */
const PUBLIC_ENTITIES = new Set([
  'Decision',
  'DikomMembership',
  'ExternalBody',
  'WorkProgramme',
  'WorkProgrammeItem',
  'Recommendation',
  'RecommendationApplication',
]);

addAuditLog(builder, {
  fieldName: 'organisationsAuditLog',
  subgraph: 'organisations',
  description:
    'The append-only audit log of the organisations subgraph (committee decisions, DIKOM memberships, ' +
    'Arbeitsprogramme, recommendations and contacts of Kommunen), newest first.',
  readable: (ctx: Context, entry: { entity_type: string; entity_id: string }) =>
    PUBLIC_ENTITIES.has(entry.entity_type) ||
    (entry.entity_type === 'MunicipalityContact' &&
      mayReadContactsOf(ctx.principal, entry.entity_id.split('/')[0] ?? '')),
});
