import {
  connectionType,
  entityById,
  listSize,
  loadPage,
  pageArgs,
  parseDate,
  parseKommuneArs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { requireAll, requireLicenceReach, visibleAllocations, visibleLicence } from '../access.ts';

import { builder } from '../builder.ts';
import { listLicences } from '../db/licence.ts';

import { FrameworkContractRef, LicenceAllocationRef, LicenceRef } from './refs.ts';

export const LicenceConnection = connectionType(builder, LicenceRef, {
  description: 'A page of software licences.',
  items: 'licences',
  item: 'A licence',
});

LicenceRef.implement({
  description:
    'A software licence (Lizenz) the Kaz bought for the Kommunen: a number of seats (Nutzungsrechte) for a term, ' +
    `allocated to individual Kommunen. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Licence number, e.g. "LIZ-0001".' }),
    product: t.exposeString('product', { description: 'The licensed product (a made-up product name).' }),
    vendor: t.exposeString('vendor', { description: 'Hersteller or licensor of the product (a made-up company).' }),
    seats: t.exposeInt('seats', { description: 'Number of seats (users or devices) the licence covers; 0 or more.' }),
    allocatedSeats: t.int({
      description: 'Seats allocated to Kommunen: the sum of `allocations`; never more than `seats`.',
      resolve: async (l, _args, ctx) => (await ctx.loaders.allocatedSeatsByLicence.load(l.id))?.allocated ?? 0,
    }),
    freeSeats: t.int({
      description: 'Seats not yet allocated: `seats` minus `allocatedSeats`.',
      resolve: async (l, _args, ctx) =>
        l.seats - ((await ctx.loaders.allocatedSeatsByLicence.load(l.id))?.allocated ?? 0),
    }),
    validFrom: t.exposeString('valid_from', { description: 'First day of the licence term, YYYY-MM-DD.' }),
    validTo: t.exposeString('valid_to', {
      description: 'Last day of the licence term, YYYY-MM-DD; never before validFrom.',
    }),
    annualCostEur: t.exposeFloat('annual_cost_eur', {
      description: 'Cost per year in euros net of VAT (licence fee and maintenance).',
    }),
    contract: t.field({
      type: FrameworkContractRef,
      nullable: true,
      description: 'The Rahmenvertrag the licence was bought under; null when bought outside one.',
      resolve: (l, _args, ctx) => (l.contract_id ? ctx.loaders.contractById.load(l.contract_id) : null),
    }),
    // Every path to a licence checks that the principal may see it; the allocations are filtered once more,
    // because a Kommune that shares a licence sees its own seats only, never another Kommune's.
    allocations: t.field({
      directives: listSize(100),
      type: [LicenceAllocationRef],
      description:
        'Which Kommunen got how many seats, ordered by ARS: all of them for the Kaz (contracts:write); a Kommune ' +
        'sees only its own allocation, an Amt (Verbandsgemeinde, Mitverwaltung) also those of its Gemeinden.',
      resolve: async (l, _args, ctx) =>
        visibleAllocations(ctx.principal, await ctx.loaders.allocationsByLicence.load(l.id)),
    }),
    version: versionField(
      t,
      'licence',
      '1 for a new licence, one up with each recordProcessorAgreement; its allocations count their own changes.',
    ),
    isSample: sampleFlagField(t),
  }),
});

entityById(builder, LicenceRef, async (id, ctx) => visibleLicence(ctx, await ctx.loaders.licenceById.load(id)));

const LicenceFilterInput = builder.inputType('LicenceFilter', {
  description: 'Narrows the list of licences; all given parts must match.',
  fields: (t) => ({
    vendor: t.string({ description: "Only licences whose vendor's name contains this text (case-insensitive)." }),
    productContains: t.string({
      description: 'Only licences whose product name contains this text (case-insensitive).',
    }),
    validOn: t.string({
      description:
        'Only licences whose term covers this date (validFrom <= validOn <= validTo), YYYY-MM-DD. Malformed: BAD_USER_INPUT.',
    }),
    municipalityArs: t.string({
      description:
        'Only licences with seats allocated to this Kommune, by its 12-digit ARS. Malformed or unknown: BAD_USER_INPUT.',
    }),
  }),
});

builder.queryFields((t) => ({
  licence: t.field({
    type: LicenceRef,
    nullable: true,
    description:
      'One licence by its number; null when there is none, and for a Kommune also when none of its seats are ' +
      'allocated to that Kommune (the same answer). Needs the scope contracts:write or a Kommune token; ' +
      'FORBIDDEN otherwise.',
    args: { id: t.arg.id({ required: true, description: 'Licence number, e.g. "LIZ-0001".' }) },
    resolve: async (_root, { id }, ctx) => visibleLicence(ctx, await ctx.loaders.licenceById.load(id)),
  }),
  licences: t.field({
    type: LicenceConnection,
    // Nullable, so that a denied list fails on its own path and leaves the rest of the result intact.
    nullable: true,
    description:
      'Licences matching the filter (all without one), ordered by number, a page at a time. Needs the scope contracts:write (a Kommune finds its ' +
      'own licences under Municipality.licences); null with FORBIDDEN otherwise.',
    args: {
      filter: t.arg({ type: LicenceFilterInput, required: false, description: 'Only licences matching this filter.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      requireAll(requireLicenceReach(ctx.principal), 'licences');
      const f = args.filter;
      const filter = {
        vendorContains: f?.vendor,
        productContains: f?.productContains,
        validOn: f?.validOn == null ? null : parseDate('filter.validOn', f.validOn),
        municipalityArs:
          f?.municipalityArs == null ? null : parseKommuneArs('filter.municipalityArs', f.municipalityArs),
      };
      return loadPage(
        args,
        (page) => listLicences(ctx.db, filter, page),
        (row) => ctx.loaders.licenceById.prime(row.id, row),
      );
    },
  }),
}));
