import {
  entityById,
  listSize,
  loadPage,
  pageArgs,
  parseDate,
  parseDateOrToday,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
} from '@kaz/subgraph-kit';

import { builder } from '../builder.ts';
import { type COMMITTEE_KINDS, listCommittees } from '../db/committee.ts';
import { isActiveOn } from '../db/committee-membership.ts';
import { DecisionConnection } from './decision.ts';
import { CommitteeMembershipRef, CommitteeRef, OrganisationRef } from './refs.ts';

export const CommitteeKindEnum = builder.enumType('CommitteeKind', {
  description: 'The kind of a committee (Gremium).',
  values: {
    IT_COUNCIL: {
      description: 'IT-Rat: the joint IT council of the Land and the Kommunen under § 15 BbgEGovG.',
    },
    IT_PLANNING_COUNCIL: {
      description:
        'IT-Planungsrat: the IT council of the Bund and the Länder (Art. 91c GG, IT-Staatsvertrag); the Kaz ' +
        'implements its decisions alongside the IT-Rat’s (Umsetzungskonzept Kaz, §3).',
    },
    STEERING_GROUP: {
      description: 'Steuerungsgremium: steers a programme (here the Kaz and the Kommunalpakt) and sets its work plan.',
    },
    PROJECT_GROUP: {
      description: 'Projektgruppe: a working committee for one subject, e.g. the OZG implementation in the Kommunen.',
    },
  } satisfies Record<(typeof COMMITTEE_KINDS)[number], { description: string }>,
});

CommitteeRef.implement({
  description:
    'A committee (Gremium) of the partners: the IT-Rat, the IT-Planungsrat of Bund and Länder, the Steuerungsgremium ' +
    'of the Kaz, or a project group. Owned by the ZIT-BB (organisations subgraph). ' +
    `It has members with roles over time and takes decisions (Beschlüsse). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable key of the committee: "it-rat", "it-planungsrat", "steuerungsgremium" or "pg-ozg".',
    }),
    name: t.exposeString('name', { description: 'Name of the committee, e.g. "IT-Rat Brandenburg".' }),
    shortName: t.exposeString('short_name', { nullable: true, description: 'Short name, e.g. "IT-Rat", "PG OZG".' }),
    kind: t.field({ type: CommitteeKindEnum, description: 'What kind of committee this is.', resolve: (c) => c.kind }),
    description: t.exposeString('description', {
      description: 'What the committee is for, its legal basis and how it works, in German.',
    }),
    decisionPrefix: t.exposeString('decision_prefix', {
      description:
        'The prefix of the keys of this committee’s decisions, `<prefix>-<year>-<n>`: "itrat" for the IT-Rat, ' +
        '"itplr" for the IT-Planungsrat, "sg" for the Steuerungsgremium, "pgozg" for the PG OZG.',
    }),
    isSample: sampleFlagField(t),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description:
        'The committee as a partner organisation (the `it_rat` organisation for the IT-Rat); null when it has none.',
      resolve: (c, _args, ctx) => (c.organisation_id ? ctx.loaders.organisationById.load(c.organisation_id) : null),
    }),
    chair: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The organisation that chairs the committee on a day; null when no chair is recorded for that day.',
      args: { on: t.arg.string({ description: 'The day, as YYYY-MM-DD; default today (Europe/Berlin).' }) },
      resolve: async (c, args, ctx) => {
        const on = parseDateOrToday('on', args.on, ctx.clock);
        const memberships = await ctx.loaders.membershipsOfCommittee.load(c.id);
        const chair = memberships.find((m) => m.role === 'CHAIR' && isActiveOn(m, on));
        return chair ? ctx.loaders.organisationById.load(chair.organisation_id) : null;
      },
    }),
    members: t.field({
      directives: listSize(50),
      type: [CommitteeMembershipRef],
      description:
        'The seats in the committee, ordered by role (chair, members, advisory), then start, then organisation. ' +
        'Without `activeOn` every period, ended ones included.',
      args: { activeOn: t.arg.string({ description: 'Only the seats held on this day (YYYY-MM-DD).' }) },
      resolve: async (c, args, ctx) => {
        const activeOn = args.activeOn == null ? null : parseDate('activeOn', args.activeOn);
        const memberships = await ctx.loaders.membershipsOfCommittee.load(c.id);
        return activeOn === null ? memberships : memberships.filter((m) => isActiveOn(m, activeOn));
      },
    }),
    decisions: t.field({
      type: DecisionConnection,
      description: 'The decisions of this committee, ordered by date, then id, a page at a time.',
      args: pageArgs(t.arg),
      resolve: (c, args, ctx) =>
        loadPage(args, (page) => ctx.loaders.decisionsOfCommittee.load({ parent: c.id, ...page })),
    }),
  }),
});

entityById(builder, CommitteeRef, (id, ctx) => ctx.loaders.committeeById.load(id));

builder.queryFields((t) => ({
  committee: t.field({
    type: CommitteeRef,
    nullable: true,
    description: 'One committee by its key; null when there is none with that key.',
    args: { id: t.arg.id({ required: true, description: 'Key of the committee, e.g. "it-rat".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.committeeById.load(id),
  }),
  committees: t.field({
    directives: listSize(100),
    nullable: { list: true, items: false },
    type: [CommitteeRef],
    description: 'All committees, ordered by kind (IT-Rat, IT-Planungsrat, steering groups, project groups), then id.',
    resolve: async (_root, _args, ctx) => {
      const rows = await listCommittees(ctx.db);
      for (const row of rows) ctx.loaders.committeeById.prime(row.id, row);
      return rows;
    },
  }),
}));
