import {
  connectionType,
  entityById,
  listSize,
  loadPage,
  pageArgs,
  parseDate,
  parseDateOrToday,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { requireLicenceReach, visibleLicence, visibleProcedure, visibleProcedures } from '../access.ts';

import { builder } from '../builder.ts';
import { type FrameworkContractRow, listContracts } from '../db/framework-contract.ts';
import { FrameworkContractRef, LicenceRef, MunicipalityRef, ProcurementProcedureRef } from './refs.ts';

/** Where a contract's term stands on a given day. */
export type FrameworkContractStatus = 'ACTIVE' | 'EXPIRED' | 'NOT_YET_ACTIVE';

/** The status of a contract on `asOf` (YYYY-MM-DD): before, within or after its term (both ends inclusive). */
export function contractStatus(
  contract: Pick<FrameworkContractRow, 'starts_on' | 'ends_on'>,
  asOf: string,
): FrameworkContractStatus {
  if (asOf < contract.starts_on) return 'NOT_YET_ACTIVE';
  if (asOf > contract.ends_on) return 'EXPIRED';
  return 'ACTIVE';
}

export const FrameworkContractStatusEnum = builder.enumType('FrameworkContractStatus', {
  description: 'Where the term (Laufzeit) of a Rahmenvertrag stands on a given day.',
  values: {
    ACTIVE: { description: 'Within its term: Kommunen may call off.' },
    EXPIRED: { description: 'The term has ended (abgelaufen).' },
    NOT_YET_ACTIVE: { description: 'Awarded, but the term has not begun.' },
  } satisfies Record<FrameworkContractStatus, { description: string }>,
});

export const FrameworkContractConnection = connectionType(builder, FrameworkContractRef, {
  description: 'A page of Rahmenverträge (framework contracts).',
  items: 'contracts',
  item: 'A Rahmenvertrag',
});

FrameworkContractRef.implement({
  description:
    'Rahmenvertrag: a framework contract with a vendor for a term and up to a ceiling, from which the eligible ' +
    `Kommunen call off (abrufen) without a procurement of their own. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Contract number, e.g. "RV-2022-003": a year and a serial.' }),
    title: t.exposeString('title', { description: 'Subject of the contract (Vertragsgegenstand).' }),
    vendor: t.exposeString('vendor', { description: 'Auftragnehmer: the contracted vendor (a made-up company).' }),
    startsOn: t.exposeString('starts_on', { description: 'First day of the term (Laufzeitbeginn), YYYY-MM-DD.' }),
    endsOn: t.exposeString('ends_on', {
      description: 'Last day of the term (Laufzeitende), YYYY-MM-DD; never before startsOn.',
    }),
    ceilingEur: t.exposeFloat('ceiling_eur', {
      description: 'Höchstwert: the most that may be called off over the whole term, in euros net of VAT.',
    }),
    calledOffEur: t.exposeFloat('called_off_eur', {
      description: 'The value called off so far, in euros net of VAT; at most ceilingEur.',
    }),
    remainingEur: t.float({
      description: 'What may still be called off: ceilingEur minus calledOffEur, in euros.',
      resolve: (c) => Math.round((c.ceiling_eur - c.called_off_eur) * 100) / 100,
    }),
    status: t.field({
      type: FrameworkContractStatusEnum,
      description: 'Where the term stands on `asOf`.',
      args: {
        asOf: t.arg.string({
          description:
            'Reference date (Stichtag), YYYY-MM-DD; default today in Europe/Berlin. Malformed: BAD_USER_INPUT.',
        }),
      },
      resolve: (c, args, ctx) => contractStatus(c, parseDateOrToday('asOf', args.asOf, ctx.clock)),
    }),
    eligibleMunicipalities: t.field({
      directives: listSize(250),
      type: [MunicipalityRef],
      description:
        'Abrufberechtigte: the Kommunen that may call off from this contract, ordered by ARS; at most the first 250.',
      resolve: async (c, _args, ctx) =>
        (await ctx.loaders.eligibilityByContract.load(c.id)).map((e) => ({ ars: e.ars })),
    }),
    procurement: t.field({
      type: ProcurementProcedureRef,
      nullable: true,
      description:
        'The Vergabeverfahren in which this contract was awarded; null for contracts taken over from elsewhere ' +
        '(and for a PLANNED procedure unless the caller has the scope contracts:write).',
      resolve: async (c, _args, ctx) =>
        c.procurement_id
          ? visibleProcedure(ctx.principal, await ctx.loaders.procedureById.load(c.procurement_id))
          : null,
    }),
    callOffs: t.field({
      directives: listSize(100),
      type: [ProcurementProcedureRef],
      description:
        'Abrufe: the FRAMEWORK_CALL_OFF procedures drawing on this contract, ordered by number (PLANNED ones only ' +
        'for the scope contracts:write).',
      resolve: async (c, _args, ctx) =>
        visibleProcedures(ctx.principal, await ctx.loaders.proceduresByCallOffContract.load(c.id)),
    }),
    licences: t.field({
      directives: listSize(100),
      type: [LicenceRef],
      // Nullable list: a denied list fails on its own path only. Items stay nullable as before (no breaking change).
      nullable: { list: true, items: true },
      description:
        'The licences bought under this contract, ordered by id. Needs the scope contracts:write; a Kommune token ' +
        'sees only the licences with seats allocated to it (the others are left out, as if absent, and no error ' +
        'names them); anyone else gets null with FORBIDDEN.',
      resolve: async (c, _args, ctx) => {
        const reach = requireLicenceReach(ctx.principal);
        const licences = await ctx.loaders.licencesByContract.load(c.id);
        if (reach === 'all') return licences;
        const visible = await Promise.all(licences.map((licence) => visibleLicence(ctx, licence)));
        return visible.filter((licence) => licence !== null);
      },
    }),
    version: versionField(t, 'framework contract'),
    isSample: sampleFlagField(t),
  }),
});

entityById(builder, FrameworkContractRef, (id, ctx) => ctx.loaders.contractById.load(id));

builder.queryFields((t) => ({
  frameworkContract: t.field({
    type: FrameworkContractRef,
    nullable: true,
    description: 'One Rahmenvertrag by its number; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Contract number, e.g. "RV-2022-003".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.contractById.load(id),
  }),
  frameworkContracts: t.field({
    nullable: true,
    type: FrameworkContractConnection,
    description: 'Rahmenverträge matching the filters, ordered by number, a page at a time.',
    args: {
      vendor: t.arg.string({ description: 'Only contracts whose vendor name contains this text (case-insensitive).' }),
      expiringBefore: t.arg.string({
        description:
          'Only contracts whose term ends before this date (YYYY-MM-DD), expired ones included. Malformed: BAD_USER_INPUT.',
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const endsBefore = args.expiringBefore == null ? null : parseDate('expiringBefore', args.expiringBefore);
      return loadPage(
        args,
        (page) => listContracts(ctx.db, { vendorContains: args.vendor, endsBefore }, page),
        (row) => ctx.loaders.contractById.prime(row.id, row),
      );
    },
  }),
}));
