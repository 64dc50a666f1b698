import { loadReferenced, SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { COMMITTEE_ROLES } from '../db/committee-membership.ts';
import { CommitteeMembershipRef, CommitteeRef, OrganisationRef } from './refs.ts';

export const CommitteeRoleEnum = builder.enumType('CommitteeRole', {
  description: 'The role of an organisation in a committee (Gremium).',
  values: {
    CHAIR: { description: 'Vorsitz: the organisation chairs the committee.' },
    MEMBER: { description: 'Mitglied: a voting member.' },
    ADVISORY: { description: 'Beratendes Mitglied: takes part and advises, without a vote.' },
  } satisfies Record<(typeof COMMITTEE_ROLES)[number], { description: string }>,
});

CommitteeMembershipRef.implement({
  description: `One period of an organisation’s seat in a committee, with its role; ended periods are kept. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.id({
      description:
        'Committee id, organisation id and first day of the seat, joined by "/": ' +
        '"<committee id>/<organisation id>/<validFrom>", e.g. "it-rat/mdjd/2025-02-01". Unique, as an organisation ' +
        'starts at most one seat in a committee on a day (whatever its role); it never changes.',
      resolve: (m) => `${m.committee_id}/${m.organisation_id}/${m.valid_from}`,
    }),
    committee: t.field({
      type: CommitteeRef,
      description: 'The committee.',
      // The foreign key guarantees the row; the loader batches the lookups of a whole list.
      resolve: (m, _args, ctx) =>
        loadReferenced(ctx.loaders.committeeById, m.committee_id, `committee ${m.committee_id} of a membership`),
    }),
    organisation: t.field({
      type: OrganisationRef,
      description: 'The organisation that holds the seat.',
      resolve: (m, _args, ctx) =>
        loadReferenced(
          ctx.loaders.organisationById,
          m.organisation_id,
          `organisation ${m.organisation_id} of a membership`,
        ),
    }),
    role: t.field({
      type: CommitteeRoleEnum,
      description: 'The organisation’s role in the committee.',
      resolve: (m) => m.role,
    }),
    validFrom: t.exposeString('valid_from', { description: 'First day (YYYY-MM-DD) of the seat in this role.' }),
    validTo: t.exposeString('valid_to', {
      nullable: true,
      description: 'Last day (YYYY-MM-DD, inclusive) of the seat in this role; null while it lasts.',
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: 'Where the membership comes from and how exact its dates are, in German, with source tags [S-Bn].',
    }),
    isSample: sampleFlagField(t),
  }),
});
