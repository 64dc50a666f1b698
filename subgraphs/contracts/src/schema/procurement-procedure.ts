import {
  connectionType,
  entityById,
  listSize,
  loadPage,
  pageArgs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { mayReadPlannedProcedures, visibleProcedure } from '../access.ts';
import { builder } from '../builder.ts';
import { listProcedures, type PROCEDURE_TYPES, type PROCUREMENT_STATUSES } from '../db/procurement-procedure.ts';
import { FrameworkContractRef, MunicipalityRef, ProcurementProcedureRef, ProjectRef } from './refs.ts';

export const ProcedureTypeEnum = builder.enumType('ProcurementProcedureType', {
  description:
    'Verfahrensart: the kind of award procedure under German public procurement law. Above the EU thresholds ' +
    '(Schwellenwerte) the GWB and the VgV apply (OPEN_PROCEDURE, RESTRICTED_PROCEDURE, NEGOTIATED_PROCEDURE); below ' +
    'them, for supplies and services, the UVgO (PUBLIC_TENDER, RESTRICTED_TENDER, NEGOTIATED_AWARD). A call-off ' +
    '(FRAMEWORK_CALL_OFF) draws on a framework contract awarded by one of these. An in-house award ' +
    '(IN_HOUSE_AWARD) is no competition at all and has no Bekanntmachung.',
  values: {
    OPEN_PROCEDURE: {
      description: 'Offenes Verfahren (EU, § 15 VgV): open procedure, every interested company may bid.',
    },
    RESTRICTED_PROCEDURE: {
      description:
        'Nicht offenes Verfahren (EU, § 16 VgV): restricted procedure, only bidders chosen in a Teilnahmewettbewerb (competition for participation) may bid.',
    },
    NEGOTIATED_PROCEDURE: {
      description:
        'Verhandlungsverfahren (EU, § 17 VgV): negotiated procedure, the terms are negotiated with selected bidders.',
    },
    FRAMEWORK_CALL_OFF: {
      description:
        'Abruf aus Rahmenvertrag: a call-off from an existing framework contract, without a new competition.',
    },
    PUBLIC_TENDER: {
      description:
        'Öffentliche Ausschreibung (national, § 9 UVgO): below the EU thresholds, every interested company may bid; ' +
        'the national counterpart of the open procedure.',
    },
    RESTRICTED_TENDER: {
      description:
        'Beschränkte Ausschreibung (national, §§ 10–11 UVgO): below the EU thresholds, only invited companies bid, ' +
        'with or without a Teilnahmewettbewerb.',
    },
    NEGOTIATED_AWARD: {
      description:
        'Verhandlungsvergabe (national, § 12 UVgO): below the EU thresholds, the terms are negotiated with selected ' +
        'companies, with or without a Teilnahmewettbewerb.',
    },
    IN_HOUSE_AWARD: {
      description:
        'Inhouse-Vergabe (§ 108 GWB): the award to an entity the Kommunen or the Land control like their own ' +
        'department (e.g. a kommunaler IT-Dienstleister or the ZIT-BB), outside the procurement rules: no ' +
        'Bekanntmachung and no competition, so `publishedOn` stays null; it moves from PLANNED straight to AWARDED ' +
        '(or CANCELLED).',
    },
  } satisfies Record<(typeof PROCEDURE_TYPES)[number], { description: string }>,
});

export const ProcurementStatusEnum = builder.enumType('ProcurementStatus', {
  description: 'Where a Vergabeverfahren (procurement procedure) stands.',
  values: {
    PLANNED: { description: 'Geplant: in preparation, not yet published.' },
    PUBLISHED: { description: 'Bekanntgemacht: published; bids or requests to participate can be submitted.' },
    EVALUATION: { description: 'Wertung: the bids are being evaluated.' },
    AWARDED: { description: 'Zuschlag erteilt: the contract has been awarded.' },
    CANCELLED: { description: 'Aufgehoben: cancelled without an award.' },
  } satisfies Record<(typeof PROCUREMENT_STATUSES)[number], { description: string }>,
});

export const ProcurementProcedureConnection = connectionType(builder, ProcurementProcedureRef, {
  description: 'A page of Vergabeverfahren (procurement procedures).',
  items: 'procedures',
  item: 'A Vergabeverfahren',
});

ProcurementProcedureRef.implement({
  description:
    'Vergabeverfahren: a joint procurement procedure the Kaz runs for several Kommunen, or a call-off (Abruf) ' +
    `from a Rahmenvertrag. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', {
      description:
        'Vergabenummer (procedure number), e.g. "VG-2023-004": the year it was started or is planned for, and a serial.',
    }),
    title: t.exposeString('title', { description: 'Subject of the procurement (Auftragsgegenstand).' }),
    procedureType: t.field({
      type: ProcedureTypeEnum,
      description: 'Verfahrensart (kind of procedure).',
      resolve: (v) => v.procedure_type,
    }),
    status: t.field({
      type: ProcurementStatusEnum,
      description: 'Where the procedure stands.',
      resolve: (v) => v.status,
    }),
    publishedOn: t.exposeString('published_on', {
      nullable: true,
      description:
        'Date of the Bekanntmachung (contract notice), YYYY-MM-DD; null while PLANNED, and always for an ' +
        'IN_HOUSE_AWARD (which has none).',
    }),
    awardedOn: t.exposeString('awarded_on', {
      nullable: true,
      description: 'Date of the Zuschlag (award), YYYY-MM-DD; null until AWARDED.',
    }),
    estimatedValueEur: t.exposeFloat('estimated_value_eur', {
      description: 'Geschätzter Auftragswert: estimated contract value in euros, net of VAT.',
    }),
    participatingMunicipalities: t.field({
      directives: listSize(100),
      type: [MunicipalityRef],
      description:
        'The Kommunen that procure jointly in this procedure (Bedarfsträger), ordered by ARS; at most the first 100.',
      resolve: async (v, _args, ctx) =>
        (await ctx.loaders.participantsByProcedure.load(v.id)).map((p) => ({ ars: p.ars })),
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The digitalisation project this procurement serves; null when it serves none.',
      resolve: (v) => (v.project_id ? { id: v.project_id } : null),
    }),
    resultingContract: t.field({
      type: FrameworkContractRef,
      nullable: true,
      description: 'The Rahmenvertrag (framework contract) awarded in this procedure; null when none (yet).',
      resolve: (v, _args, ctx) => ctx.loaders.contractByProcurement.load(v.id),
    }),
    calledOffFrom: t.field({
      type: FrameworkContractRef,
      nullable: true,
      description: 'For a FRAMEWORK_CALL_OFF: the Rahmenvertrag this Abruf draws on; null for other procedures.',
      resolve: (v, _args, ctx) =>
        v.call_off_contract_id ? ctx.loaders.contractById.load(v.call_off_contract_id) : null,
    }),
    version: versionField(t, 'procurement procedure'),
    isSample: sampleFlagField(t),
  }),
});

// Rule read.procurement on references too: a planned procedure is null for whoever may not see it.
entityById(builder, ProcurementProcedureRef, async (id, ctx) =>
  visibleProcedure(ctx.principal, await ctx.loaders.procedureById.load(id)),
);

builder.queryFields((t) => ({
  procurementProcedure: t.field({
    type: ProcurementProcedureRef,
    nullable: true,
    description:
      'One Vergabeverfahren by its number; null when there is none, and for a PLANNED (unpublished) one unless ' +
      'the caller has the scope contracts:write (the same answer).',
    args: { id: t.arg.id({ required: true, description: 'Vergabenummer, e.g. "VG-2023-004".' }) },
    resolve: async (_root, { id }, ctx) => visibleProcedure(ctx.principal, await ctx.loaders.procedureById.load(id)),
  }),
  procurementProcedures: t.field({
    nullable: true,
    type: ProcurementProcedureConnection,
    description:
      'Vergabeverfahren, optionally only those in one status, ordered by number, a page at a time. PLANNED ' +
      '(unpublished) ones are listed and counted only for the scope contracts:write.',
    args: {
      status: t.arg({ type: ProcurementStatusEnum, required: false, description: 'Only procedures in this status.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      return loadPage(
        args,
        (page) =>
          listProcedures(
            ctx.db,
            { status: args.status, includePlanned: mayReadPlannedProcedures(ctx.principal) },
            page,
          ),
        (row) => ctx.loaders.procedureById.prime(row.id, row),
      );
    },
  }),
}));
