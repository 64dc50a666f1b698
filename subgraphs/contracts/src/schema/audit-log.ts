import { type AuditedEntity, type AuditReadable, addAuditLog } from '@kaz/subgraph-kit';
import {
  mayReadPlannedProcedures,
  reachesKommune,
  requireCertificateReach,
  requireLicenceReach,
  visibleCertificate,
  visibleLicence,
} from '../access.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';

/** True when the entry's before or after shows the procedure as PLANNED (not yet published). */
function showsPlanned(entry: AuditedEntity): boolean {
  return [entry.before, entry.after].some((state) => (state as { status?: string } | null)?.status === 'PLANNED');
}

/**
 * An entry's content follows the rule of the entity it describes: a procedure is public unless the
 * entry shows it PLANNED (then the Kaz only); framework contracts are public; licences,
 * allocations and certificates follow read.licence and read.certificate (a Kommune its own). The
 * reach functions throw for readers without the rule at all, which withholds the content.
 */
const readable: AuditReadable<Context> = async (ctx, entry) => {
  switch (entry.entity_type) {
    case 'ProcurementProcedure':
      return mayReadPlannedProcedures(ctx.principal) || !showsPlanned(entry);
    case 'FrameworkContract':
    case 'ProcurementTemplate':
    case 'ProcurementTemplateUse':
      return true;
    case 'Licence':
      return (await visibleLicence(ctx, await ctx.loaders.licenceById.load(entry.entity_id))) !== null;
    case 'LicenceAllocation':
      // The key is "<licence>/<ARS>": a Kommune reads its own allocations only, an Amt also its Gemeinden's.
      return (
        requireLicenceReach(ctx.principal) === 'all' ||
        reachesKommune(ctx.principal, entry.entity_id.split('/')[1] ?? '')
      );
    case 'Certificate':
      return (
        requireCertificateReach(ctx.principal) === 'all' ||
        visibleCertificate(ctx.principal, await ctx.loaders.certificateById.load(entry.entity_id)) !== null
      );
    default:
      return false;
  }
};

addAuditLog(builder, {
  fieldName: 'contractsAuditLog',
  subgraph: 'contracts',
  description:
    'The append-only audit log of the contracts subgraph: every change of procurement procedures, framework ' +
    "contracts, licences, licence allocations and certificates, newest first. An entry's before and after are " +
    'redacted when the reader may not read the entity itself (a PLANNED procedure, a licence or certificate).',
  readable,
});
