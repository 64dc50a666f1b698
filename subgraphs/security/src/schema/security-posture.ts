import { requireConceptRead } from '../access.ts';
import { builder } from '../builder.ts';
import { MunicipalityRef } from './refs.ts';
import { SecurityConceptRef } from './security-concept.ts';

/** The backing value of a posture: only the Kommune's key; every field loads through a loader. */
export interface PostureShape {
  ars: string;
}

export const SecurityPostureRef = builder.objectRef<PostureShape>('SecurityPosture');

SecurityPostureRef.implement({
  description:
    'The information security posture (Sicherheitslage) of one Kommune: its IT-Sicherheitskonzept, its link to the CERT network and its incidents. ' +
    'Every Kommune has one; a Kommune without concept or membership simply shows null, false and zero. Public, except the concept; ' +
    'incident figures count only the incidents the request may see (TLP).',
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune this posture describes.',
      resolve: (p) => ({ ars: p.ars }),
    }),
    concept: t.field({
      type: SecurityConceptRef,
      nullable: true,
      description:
        'The Kommune’s IT-Sicherheitskonzept; null when it has none on record. Only for CERT-Brandenburg (scope security:read), ' +
        'for the Kommune itself and for the Amt (Verbandsgemeinde, Mitverwaltung) that runs its administration: UNAUTHENTICATED without a token, FORBIDDEN for anyone else.',
      resolve: (p, _args, ctx) => {
        requireConceptRead(ctx.principal, p.ars);
        return ctx.loaders.conceptByArs.load(p.ars);
      },
    }),
    certNetworkMember: t.boolean({
      description:
        'True when the Kommune is linked to the CERT network (CERT-Verbund) of CERT-Brandenburg; see ' +
        'certNetworkMembershipIsSample for whether that link is SAMPLE DATA.',
      resolve: async (p, _args, ctx) => (await ctx.loaders.membershipByArs.load(p.ars)) != null,
    }),
    certNetworkMembershipIsSample: t.boolean({
      nullable: true,
      description:
        'True when the Kommune’s link to the CERT network is SAMPLE DATA, made up for demonstration (the seed loads ' +
        'such links); false for a real one; null when the Kommune is not linked.',
      resolve: async (p, _args, ctx) => (await ctx.loaders.membershipByArs.load(p.ars))?.is_sample ?? null,
    }),
    certNetworkSince: t.string({
      nullable: true,
      description: 'Date (YYYY-MM-DD) since when the Kommune is linked to the CERT network; null when it is not.',
      resolve: async (p, _args, ctx) => (await ctx.loaders.membershipByArs.load(p.ars))?.member_since ?? null,
    }),
    openIncidentCount: t.int({
      description: 'The number of visible incidents affecting the Kommune that are not RESOLVED or CLOSED.',
      resolve: async (p, _args, ctx) => (await ctx.loaders.incidentStatsByArs.load(p.ars))?.open_count ?? 0,
    }),
    lastIncidentAt: t.string({
      nullable: true,
      description:
        'When the newest visible incident affecting the Kommune was detected (ISO 8601, UTC); null when there is none.',
      resolve: async (p, _args, ctx) =>
        (await ctx.loaders.incidentStatsByArs.load(p.ars))?.last_incident_at?.toISOString() ?? null,
    }),
  }),
});
