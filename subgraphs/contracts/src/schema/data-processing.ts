import {
  badUserInput,
  connectionType,
  expectVersion,
  listSize,
  loadPage,
  pageArgs,
  parsePastDate,
  runMutation,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionInputField,
} from '@kaz/subgraph-kit';
import { requireDataProcessingRead } from '../access.ts';
import { builder } from '../builder.ts';
import { type LicenceRow, listDataProcessings, lockLicence, updateLicenceProcessing } from '../db/licence.ts';
import { parseLicenceId } from '../validation.ts';
import { LicenceRef, MunicipalityRef } from './refs.ts';

// Auftragsverarbeitung (Art. 28 DSGVO): which vendors process personal data on the Kommunen's behalf,
// the question of the LDA (issue 13). Kept on the licence by the Kaz; read by the Kaz and the LDA.

builder.objectFields(LicenceRef, (t) => ({
  processesPersonalData: t.exposeBoolean('processes_personal_data', {
    description:
      "Whether the vendor processes personal data on the Kommunen's behalf (Auftragsverarbeitung, Art. 28 DSGVO), " +
      'e.g. by hosting or operating the service or by remote maintenance; recorded by the Kaz with ' +
      '`recordProcessorAgreement`.',
  }),
  processorAgreementOn: t.exposeString('processor_agreement_on', {
    nullable: true,
    description:
      'The day the Auftragsverarbeitungsvertrag (data processing agreement, Art. 28 (3) DSGVO) with the vendor was ' +
      'signed, YYYY-MM-DD; null while there is none (a gap when `processesPersonalData` is true).',
  }),
}));

/** A licence seen as a data processing: the same row, a narrower type for the LDA. */
const DataProcessingRef = builder.objectRef<LicenceRow>('DataProcessing');

DataProcessingRef.implement({
  description:
    "Auftragsverarbeitung (Art. 28 DSGVO): a vendor that processes personal data on the Kommunen's behalf under a " +
    'licence the Kaz bought for them, with its Auftragsverarbeitungsvertrag. Owned by the Kaz (contracts subgraph); ' +
    'the vendor, product and term of the licence and the Kommunen served, never seats or costs. ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    licenceId: t.exposeID('id', { description: 'Number of the licence, e.g. "LIZ-0012".' }),
    vendor: t.exposeString('vendor', { description: 'The processor (Auftragsverarbeiter): the licence vendor.' }),
    product: t.exposeString('product', { description: 'The product or service through which the data is processed.' }),
    validFrom: t.exposeString('valid_from', { description: 'First day of the licence term, YYYY-MM-DD.' }),
    validTo: t.exposeString('valid_to', { description: 'Last day of the licence term, YYYY-MM-DD.' }),
    processorAgreementOn: t.exposeString('processor_agreement_on', {
      nullable: true,
      description: 'The day the Auftragsverarbeitungsvertrag was signed, YYYY-MM-DD; null while it is missing.',
    }),
    hasProcessorAgreement: t.boolean({
      description: 'Whether an Auftragsverarbeitungsvertrag is recorded; false is a gap the LDA asks about.',
      resolve: (l) => l.processor_agreement_on !== null,
    }),
    municipalities: t.field({
      directives: listSize(100),
      type: [MunicipalityRef],
      description:
        'The Kommunen (Verantwortliche, controllers) on whose behalf the vendor processes data: those with seats of ' +
        'the licence, ordered by ARS.',
      resolve: async (l, _args, ctx) =>
        (await ctx.loaders.allocationsByLicence.load(l.id)).map((allocation) => ({ ars: allocation.ars })),
    }),
    isSample: sampleFlagField(t),
  }),
});

const DataProcessingConnection = connectionType(builder, DataProcessingRef, {
  description: 'A page of Auftragsverarbeitungen (vendors processing personal data for the Kommunen).',
  items: 'data processings',
  item: 'An Auftragsverarbeitung',
});

builder.queryField('dataProcessings', (t) =>
  t.field({
    type: DataProcessingConnection,
    nullable: true,
    description:
      "Auftragsverarbeitungen (Art. 28 DSGVO): the licences whose vendor processes personal data on the Kommunen's " +
      'behalf, ordered by vendor, product and licence number, a page at a time. For the Kaz (contracts:write) and ' +
      'the LDA (audit:read); null with FORBIDDEN otherwise.',
    args: {
      withoutAgreement: t.arg.boolean({
        description: 'True: only those without an Auftragsverarbeitungsvertrag; false: only those with one.',
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      requireDataProcessingRead(ctx.principal);
      return loadPage(
        args,
        (page) => listDataProcessings(ctx.db, { withoutAgreement: args.withoutAgreement }, page),
        (row) => ctx.loaders.licenceById.prime(row.id, row),
      );
    },
  }),
);

const RecordProcessorAgreementInput = builder.inputType('RecordProcessorAgreementInput', {
  description:
    "Whether a licence's vendor processes personal data on the Kommunen's behalf and when the " +
    'Auftragsverarbeitungsvertrag (Art. 28 DSGVO) was signed.',
  fields: (t) => ({
    licenceId: t.id({ required: true, description: 'Licence number, e.g. "LIZ-0012".' }),
    version: versionInputField(t, 'licence'),
    processesPersonalData: t.boolean({
      required: true,
      description: "Whether the vendor processes personal data on the Kommunen's behalf.",
    }),
    processorAgreementOn: t.string({
      description:
        'The day the Auftragsverarbeitungsvertrag was signed, YYYY-MM-DD, not in the future; only when ' +
        'processesPersonalData is true; null or left out: none (yet).',
    }),
  }),
});

builder.mutationField('recordProcessorAgreement', (t) =>
  t.field({
    type: LicenceRef,
    description:
      "Records whether a licence's vendor processes personal data for the Kommunen (Auftragsverarbeitung) and the " +
      'day its Auftragsverarbeitungsvertrag was signed. Needs the scope contracts:write; NOT_FOUND for an unknown ' +
      'licence, CONFLICT when `version` is stale.',
    args: {
      input: t.arg({
        type: RecordProcessorAgreementInput,
        required: true,
        description: 'The processing and agreement.',
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseLicenceId('input.licenceId', input.licenceId);
        const agreementOn =
          input.processorAgreementOn == null
            ? null
            : parsePastDate('input.processorAgreementOn', input.processorAgreementOn, ctx.clock);
        if (agreementOn !== null && !input.processesPersonalData) {
          throw badUserInput(
            'input.processorAgreementOn',
            'an Auftragsverarbeitungsvertrag is needed only where the vendor processes personal data',
          );
        }
        return {
          entityType: 'Licence',
          entityId: id,
          work: async (trx) => {
            const current = expectVersion(await lockLicence(trx, id), input.version, `licence ${id}`);
            const row = await updateLicenceProcessing(trx, id, {
              processes_personal_data: input.processesPersonalData,
              processor_agreement_on: agreementOn,
            });
            return { before: current, after: row, result: row };
          },
        };
      }),
  }),
);
