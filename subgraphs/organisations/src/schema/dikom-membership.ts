import {
  connectionType,
  loadPage,
  pageArgs,
  parseDate,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';

import { builder } from '../builder.ts';
import { DIKOM_FOUNDED_ON, listDikomMemberships } from '../db/dikom-membership.ts';
import { MunicipalityRef } from './municipality.ts';
import { DikomMembershipRef } from './refs.ts';

/** A page of DIKOM memberships; used by `Query.dikomMembers`. */
export const DikomMembershipConnection = connectionType(builder, DikomMembershipRef, {
  description: 'A page of memberships in the Zweckverband DIKOM.',
  items: 'memberships',
  item: 'A DIKOM membership',
});

DikomMembershipRef.implement({
  description:
    'One period of a Kommune’s membership in the Zweckverband Digitale Kommunen Brandenburg (ZV DIKOM), the ' +
    'municipal special-purpose association for IT that came into being on 09.04.2020. A Kommune that leaves and ' +
    'joins again gets a new period; the ended one is kept, so a Kommune can have several, never overlapping. ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.id({
      description:
        'ARS of the Kommune and first day of the period, joined by "/": "<ARS>/<memberSince>", e.g. ' +
        '"120650136136/2020-04-09". Unique, as a Kommune starts at most one period on a day; it stays the same ' +
        'when the period ends (endDikomMembership sets memberUntil, never memberSince). The audit log names the ' +
        'entity by the ARS alone, for the Kommune’s whole history.',
      resolve: (m) => `${m.ars}/${m.member_since}`,
    }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The member Kommune: a Gemeinde, Stadt or Amt (DIKOM works at the gemeindliche Ebene).',
      resolve: (m) => ({ ars: m.ars }),
    }),
    memberSince: t.exposeString('member_since', {
      description: 'First day of this membership period (YYYY-MM-DD).',
    }),
    memberUntil: t.exposeString('member_until', {
      nullable: true,
      description: 'Last day of this membership period (YYYY-MM-DD, inclusive) after leaving; null while it lasts.',
    }),
    foundingMember: t.boolean({
      description: 'True for a Gründungsmitglied: a member since the association came into being on 09.04.2020.',
      resolve: (m) => m.member_since === DIKOM_FOUNDED_ON,
    }),
    isSample: sampleFlagField(t),
    version: versionField(
      t,
      'membership',
      'It counts the changes of the Kommune’s membership across its periods: 1 for its first period; a new period after leaving starts at the ended period’s version plus one.',
    ),
  }),
});

builder.queryFields((t) => ({
  dikomMembers: t.field({
    nullable: true,
    type: DikomMembershipConnection,
    description:
      'Membership periods in the Zweckverband DIKOM, ordered by start, then ARS, a page at a time. With `activeOn` ' +
      'only the Kommunen that were members on that day; without it every period, ended ones included (a Kommune ' +
      'that left and joined again appears once per period).',
    args: {
      activeOn: t.arg.string({ description: 'Only memberships that cover this day (YYYY-MM-DD).' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const activeOn = args.activeOn == null ? null : parseDate('activeOn', args.activeOn);
      return loadPage(args, (page) => listDikomMemberships(ctx.db, activeOn, page));
    },
  }),
}));
