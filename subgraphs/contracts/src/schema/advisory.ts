import { type AdvisoryProduct, advisoryProductType, listSize } from '@kaz/subgraph-kit';
import { requireExposureReach } from '../access.ts';
import { builder } from '../builder.ts';
import type { AffectedKommune } from '../loaders.ts';
import { MunicipalityRef } from './refs.ts';

/**
 * A product an advisory names (shareable, declared by the kit for both subgraphs); here it is read
 * from the advisory (`@requires`) and returned for the licences that match.
 */
const AdvisoryProductRef = advisoryProductType(builder);

const AffectedMunicipalityRef = builder.objectRef<AffectedKommune>('AffectedMunicipality');

AffectedMunicipalityRef.implement({
  description:
    'A Kommune that runs a product named in an advisory of CERT-Brandenburg (it has seats of a licence of the product), ' +
    'with those products; no seats, dates or costs of its licences.',
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune.',
      resolve: (k) => ({ ars: k.ars }),
    }),
    products: t.field({
      type: [AdvisoryProductRef],
      directives: listSize(20),
      description:
        'The products of the advisory the Kommune has licences of, as the licences spell them, ordered by vendor and product.',
      resolve: (k) => k.products,
    }),
  }),
});

/**
 * An advisory (Warnmeldung) of CERT-Brandenburg, owned by the security subgraph; here its key and the
 * products it names (`@external`, passed in by the gateway), to which this subgraph adds the Kommunen
 * running them.
 */
const AdvisoryRef = builder.externalRef('Advisory', builder.selection<{ id: string }>('id'));

// No type description here: the security subgraph owns Advisory and its description wins.
AdvisoryRef.implement({
  externalFields: (t) => ({
    affectedProducts: t.field({
      type: [AdvisoryProductRef],
      description: 'The products the advisory affects, ordered by vendor and product.',
    }),
  }),
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Public reference of CERT-Brandenburg, e.g. "CERT-BB-ADV-2026-0007": "CERT-BB-ADV-", the year of publication ' +
        'and a number within it. Numbered, unlike an incident reference, since every advisory is public.',
    }),
    // Nullable, so that a denied list fails on its own path only.
    affectedMunicipalities: t.field({
      type: [AffectedMunicipalityRef],
      nullable: true,
      directives: listSize(500),
      requires: builder.selection<{ affectedProducts: AdvisoryProduct[] }>('affectedProducts { vendor product }'),
      description:
        'The Kommunen that run a product the advisory affects: those with seats of a licence whose vendor and product ' +
        'match one of `affectedProducts` (whole names, any letter case; whatever the licence term, since software whose ' +
        'licence ran out may still be installed), ordered by ARS. For CERT-Brandenburg (scope security:read) and the Kaz ' +
        '(contracts:write); a Kommune sees only itself (listed when it runs an affected product). UNAUTHENTICATED without a ' +
        'token, FORBIDDEN for any other role (the field is then null).',
      resolve: async (advisory, _args, ctx) => {
        const reach = requireExposureReach(ctx.principal);
        const kommunen = await ctx.loaders.affectedKommunenByAdvisory.load({
          id: advisory.id,
          affectedProducts: advisory.affectedProducts,
        });
        return reach === 'all' ? kommunen : kommunen.filter((k) => k.ars === ctx.principal?.org);
      },
    }),
  }),
});
