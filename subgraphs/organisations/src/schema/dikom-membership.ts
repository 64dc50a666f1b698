import { pageFromArgs, toConnection } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { checkDateArg } from '../dates.ts';
import { DIKOM_FOUNDED_ON, listDikomMemberships } from '../db/dikom-membership.ts';
import { MunicipalityRef } from './municipality.ts';
import { DikomMembershipRef } from './refs.ts';

/** A page of DIKOM memberships; used by `Query.dikomMembers`. */
export const DikomMembershipConnection = builder.connectionObject(
  {
    type: DikomMembershipRef,
    name: 'DikomMembershipConnection',
    description: 'A page of memberships in the Zweckverband DIKOM.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'The number of memberships in the whole list, across all pages.',
        resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'DikomMembershipEdge', description: 'A DIKOM membership in a page, with its cursor.' },
);

DikomMembershipRef.implement({
  description:
    'A Kommune’s membership in the Zweckverband Digitale Kommunen Brandenburg (ZV DIKOM), the municipal ' +
    'special-purpose association for IT that came into being on 09.04.2020.',
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The member Kommune (Gemeinde, Amt or Landkreis).',
      resolve: (m) => ({ ars: m.ars }),
    }),
    memberSince: t.exposeString('member_since', { description: 'First day of the membership (YYYY-MM-DD).' }),
    memberUntil: t.exposeString('member_until', {
      nullable: true,
      description: 'Last day of the membership (YYYY-MM-DD, inclusive) after leaving; null while it lasts.',
    }),
    foundingMember: t.boolean({
      description: 'True for a Gründungsmitglied: a member since the association came into being on 09.04.2020.',
      resolve: (m) => m.member_since === DIKOM_FOUNDED_ON,
    }),
    isSample: t.exposeBoolean('is_sample', {
      description: 'True for SAMPLE DATA made up for demonstration; not a real record.',
    }),
  }),
});

builder.queryFields((t) => ({
  dikomMembers: t.field({
    type: DikomMembershipConnection,
    description:
      'Memberships in the Zweckverband DIKOM, ordered by start, then ARS, a page at a time. With `activeOn` only the ' +
      'Kommunen that were members on that day; without it every membership, ended ones included.',
    args: {
      activeOn: t.arg.string({ description: 'Only memberships that cover this day (YYYY-MM-DD).' }),
      first: t.arg.int({ description: 'Page size (default 50, at most 500).' }),
      after: t.arg.string({ description: 'Cursor of the item after which the page starts.' }),
    },
    resolve: async (_root, args, ctx) => {
      const activeOn = args.activeOn == null ? null : checkDateArg('activeOn', args.activeOn);
      const page = pageFromArgs(args);
      const { rows, totalCount } = await listDikomMemberships(ctx.db, activeOn, page);
      for (const row of rows) ctx.loaders.dikomMembershipByArs.prime(row.ars, row);
      return toConnection(rows, page, totalCount);
    },
  }),
}));
