import { listSize, municipalityKeyFields } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { DikomMembershipRef } from './refs.ts';

// Municipality belongs to the municipalities subgraph; this subgraph only adds DIKOM membership to
// it. No type-level description here: the owner's description wins in the supergraph.

/** The Municipality entity of the municipalities subgraph, known here only by its key. */
export const MunicipalityRef = builder
  .externalRef('Municipality', builder.selection<{ ars: string }>('ars'))
  .implement({
    fields: (t) => ({
      // `ars`, and the ARS again as a shareable `id` for client caches: the same in every subgraph.
      ...municipalityKeyFields(t),
      dikomMembership: t.field({
        type: DikomMembershipRef,
        nullable: true,
        description:
          'The Kommune’s membership in the Zweckverband Digitale Kommunen Brandenburg (DIKOM): the current period, ' +
          'or the last one when it has left; null when it never was a member. Earlier periods: dikomMemberships.',
        resolve: async (m, _args, ctx) => (await ctx.loaders.dikomMembershipsOf.load(m.ars)).at(-1) ?? null,
      }),
      dikomMemberships: t.field({
        directives: listSize(50),
        type: [DikomMembershipRef],
        description:
          'Every period of the Kommune’s DIKOM membership, oldest first (more than one when it left and joined ' +
          'again); empty when it never was a member.',
        resolve: (m, _args, ctx) => ctx.loaders.dikomMembershipsOf.load(m.ars),
      }),
    }),
  });
