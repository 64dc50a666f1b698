import { IS_SAMPLE_DESCRIPTION, LicenceAllocationRef, LicenceRef, MunicipalityRef } from './refs.ts';

LicenceAllocationRef.implement({
  description: 'Zuteilung: seats of a licence given to one Kommune. SAMPLE DATA.',
  fields: (t) => ({
    // An allocation is reached only through its licence (whose path checked it) or by allocateLicence.
    licence: t.field({
      type: LicenceRef,
      description: 'The licence the seats come from.',
      resolve: async (a, _args, ctx) => {
        const licence = await ctx.loaders.licenceById.load(a.licence_id);
        // The foreign key makes a missing licence impossible; should it happen, it is a server error.
        if (!licence) throw new Error(`licence ${a.licence_id} of an allocation not found`);
        return licence;
      },
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that got the seats.',
      resolve: (a) => ({ ars: a.ars }),
    }),
    seats: t.exposeInt('seats', { description: 'Number of seats given to the Kommune.' }),
    since: t.exposeString('since', { description: 'Date from which the Kommune uses the seats, YYYY-MM-DD.' }),
    version: t.exposeInt('version', {
      description: 'Increases by one with every change; send it back with your next change (optimistic locking).',
    }),
    isSample: t.exposeBoolean('is_sample', { description: IS_SAMPLE_DESCRIPTION }),
  }),
});
