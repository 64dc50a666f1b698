import { loadReferenced, SAMPLE_RECORDS_NOTE, sampleFlagField, versionField } from '@kaz/subgraph-kit';
import { LicenceAllocationRef, LicenceRef, MunicipalityRef } from './refs.ts';

/**
 * The key of an allocation, its `id` and its entity id in the audit log: "<licence number>/<ARS>", e.g.
 * "LIZ-0001/120540000000". The primary key of licence_allocation, so unique; neither part ever changes.
 */
export function allocationKey(licenceId: string, ars: string): string {
  return `${licenceId}/${ars}`;
}

LicenceAllocationRef.implement({
  description: `Zuteilung: seats of a licence given to one Kommune. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.id({
      description:
        'Licence number and ARS of the Kommune, joined by "/": "<licence number>/<ARS>", e.g. ' +
        '"LIZ-0001/120650136136". A Kommune has at most one allocation of a licence, so the id is unique; it stays ' +
        'the same while the allocation lives, and the audit log names the allocation by it.',
      resolve: (a) => allocationKey(a.licence_id, a.ars),
    }),
    // An allocation is reached only through its licence (whose path checked it) or by allocateLicence.
    licence: t.field({
      type: LicenceRef,
      description: 'The licence the seats come from.',
      // The foreign key makes a missing licence impossible; should it happen, it is a server error.
      resolve: (a, _args, ctx) =>
        loadReferenced(ctx.loaders.licenceById, a.licence_id, `licence ${a.licence_id} of an allocation`),
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that got the seats.',
      resolve: (a) => ({ ars: a.ars }),
    }),
    seats: t.exposeInt('seats', { description: 'Number of seats given to the Kommune.' }),
    since: t.exposeString('since', { description: 'Date from which the Kommune uses the seats, YYYY-MM-DD.' }),
    version: versionField(t, 'allocation'),
    isSample: sampleFlagField(t),
  }),
});
