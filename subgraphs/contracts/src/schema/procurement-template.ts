import {
  answerViolations,
  badUserInput,
  connectionType,
  forbidden,
  listSize,
  loadPage,
  type Principal,
  pageArgs,
  parseDate,
  parseKey,
  parseKommuneArs,
  parseText,
  requirePrincipal,
  runMutation,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  findTemplatesById,
  insertTemplate,
  listTemplates,
  lockTemplateUse,
  type ProcurementTemplateRow,
  type ProcurementTemplateUseRow,
  type TEMPLATE_KINDS,
  type TEMPLATE_STATUSES,
  upsertTemplateUse,
} from '../db/procurement-template.ts';
import { MAX_TEXT } from '../validation.ts';
import { MunicipalityRef } from './refs.ts';

// Vergabehilfen (Umsetzungskonzept Kaz, §3): the procurement solutions the Kaz offers the Kommunen free
// of charge, and which Kommunen use them. Owned by the Kaz (contracts subgraph); public, like published
// procurement notices (rule read.procurement).

/** Vergabehilfe number: "VH-<year>-<nnn>". */
const TEMPLATE_ID = /^VH-\d{4}-\d{3}$/;
/** Decision key of the organisations subgraph: "<committee prefix>-<year>-<n>". */
const DECISION_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{4}-[1-9]\d*$/;
/** The decision that adopted a template belongs to the organisations subgraph. */
const DECISION_TARGET = { owner: 'organisations', typename: 'Decision' } as const;

/** A committee decision, owned by the organisations subgraph; here only its key. */
const DecisionRef = builder.externalRef('Decision', builder.selection<{ id: string }>('id'));
// No type description here: the organisations subgraph owns Decision and its description wins.
DecisionRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable key of the decision, e.g. "itrat-2020-3".' }),
  }),
});
const TemplateRef = builder.objectRef<ProcurementTemplateRow>('ProcurementTemplate');
const TemplateUseRef = builder.objectRef<ProcurementTemplateUseRow>('ProcurementTemplateUse');

const TemplateKindEnum = builder.enumType('ProcurementTemplateKind', {
  description: 'The kind of Vergabehilfe (procurement template) the Kaz offers (Umsetzungskonzept Kaz, §3).',
  values: {
    MODEL_CONTRACT: { description: 'Mustervertrag: a model contract, e.g. on the basis of the EVB-IT.' },
    TENDER_DOCUMENTS: { description: 'Vergabeunterlagen: a complete set of tender documents to adapt and publish.' },
    SERVICE_DESCRIPTION: { description: 'Leistungsbeschreibung: a model specification of what is procured.' },
    EVALUATION_MATRIX: { description: 'Bewertungsmatrix: model award criteria and their weighting.' },
  } satisfies Record<(typeof TEMPLATE_KINDS)[number], { description: string }>,
});

const TemplateStatusEnum = builder.enumType('ProcurementTemplateStatus', {
  description: 'Where a Vergabehilfe stands.',
  values: {
    DRAFT: { description: 'Entwurf: being prepared, not yet offered.' },
    ADOPTED: { description: 'Beschlossen: adopted and offered to the Kommunen.' },
    WITHDRAWN: { description: 'Zurückgezogen: no longer offered (e.g. outdated by new law).' },
  } satisfies Record<(typeof TEMPLATE_STATUSES)[number], { description: string }>,
});

TemplateRef.implement({
  description:
    'Vergabehilfe: a procurement solution the Kaz offers the Kommunen, as a rule free of charge (Mustervertrag, ' +
    'Vergabeunterlagen, Leistungsbeschreibung, Bewertungsmatrix), with the decision that adopted it and the Kommunen ' +
    `that use it (Umsetzungskonzept Kaz, §3). Owned by the Kaz (contracts subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Number of the Vergabehilfe, e.g. "VH-2024-001".' }),
    kind: t.field({ type: TemplateKindEnum, description: 'What kind of template.', resolve: (v) => v.kind }),
    title: t.exposeString('title', { description: 'Title of the template.' }),
    status: t.field({ type: TemplateStatusEnum, description: 'Where it stands.', resolve: (v) => v.status }),
    decision: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'The committee decision (e.g. of the IT-Rat) that adopted the template; null when none is recorded.',
      resolve: (v) => (v.decision_id ? { id: v.decision_id } : null),
    }),
    freeOfCharge: t.exposeBoolean('free_of_charge', {
      description: 'Whether the Kaz offers it free of charge (unentgeltlich, Umsetzungskonzept Kaz, §3).',
    }),
    uses: t.field({
      directives: listSize(100),
      type: [TemplateUseRef],
      description: 'The Kommunen that use the template, ordered by ARS; at most the first 100.',
      resolve: (v, _args, ctx) => ctx.loaders.usesByTemplate.load(v.id),
    }),
    version: versionField(t, 'procurement template'),
    isSample: sampleFlagField(t),
  }),
});

TemplateUseRef.implement({
  description:
    'Nutzung einer Vergabehilfe: a Kommune uses a procurement template of the Kaz (Umsetzungskonzept Kaz, §3), ' +
    `recorded by the Kommune itself. Owned by the Kaz (contracts subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that uses the template.',
      resolve: (u) => ({ ars: u.ars }),
    }),
    since: t.exposeString('since', { description: 'Date from which the Kommune uses it, YYYY-MM-DD.' }),
    version: versionField(t, 'template use'),
    isSample: sampleFlagField(t),
  }),
});

const TemplateConnection = connectionType(builder, TemplateRef, {
  description: 'A page of Vergabehilfen (procurement templates).',
  items: 'procurement templates',
  item: 'A Vergabehilfe',
});

builder.queryField('procurementTemplates', (t) =>
  t.field({
    type: TemplateConnection,
    description:
      'Vergabehilfen (procurement templates) of the Kaz, optionally only those in one status, ordered by number, a ' +
      'page at a time. Public (Umsetzungskonzept Kaz, §3).',
    args: {
      status: t.arg({ type: TemplateStatusEnum, required: false, description: 'Only templates in this status.' }),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx) =>
      loadPage(
        args,
        (page) => listTemplates(ctx.db, args.status, page),
        (row) => ctx.loaders.templateById.prime(row.id, row),
      ),
  }),
);

const CreateTemplateInput = builder.inputType('CreateProcurementTemplateInput', {
  description: 'A new Vergabehilfe (procurement template) of the Kaz.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Number "VH-<year>-<nnn>", e.g. "VH-2027-001"; must not exist yet.' }),
    kind: t.field({ type: TemplateKindEnum, required: true, description: 'What kind of template.' }),
    title: t.string({ required: true, description: 'Title, 1–300 characters.' }),
    status: t.field({ type: TemplateStatusEnum, required: true, description: 'DRAFT or ADOPTED.' }),
    decisionId: t.id({
      description:
        'Key of the committee decision that adopted it (organisations subgraph, e.g. "itrat-2021-7", checked ' +
        'there); only for ADOPTED; null for none.',
    }),
    freeOfCharge: t.boolean({ required: true, description: 'Whether the Kaz offers it free of charge.' }),
  }),
});

builder.mutationField('createProcurementTemplate', (t) =>
  t.field({
    type: TemplateRef,
    description: 'Records a Vergabehilfe (procurement template) of the Kaz. Needs the scope contracts:write.',
    args: { input: t.arg({ type: CreateTemplateInput, required: true, description: 'The new template.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, TEMPLATE_ID, 'VH-2027-001');
        const title = parseText('input.title', input.title, MAX_TEXT);
        if (input.status === 'WITHDRAWN') throw badUserInput('input.status', 'a new template is DRAFT or ADOPTED');
        const decisionId =
          input.decisionId == null ? null : parseKey('input.decisionId', input.decisionId, DECISION_ID, 'itrat-2021-7');
        if (decisionId !== null && input.status !== 'ADOPTED') {
          throw badUserInput('input.decisionId', 'only an ADOPTED template has the decision that adopted it');
        }
        if (decisionId !== null) await ctx.references.require(DECISION_TARGET, 'input.decisionId', [decisionId]);
        return {
          entityType: 'ProcurementTemplate',
          entityId: id,
          work: async (trx) => {
            if ((await findTemplatesById(trx, [id])).length > 0) throw badUserInput('input.id', `${id} already exists`);
            const row = await insertTemplate(trx, {
              id,
              kind: input.kind,
              title,
              status: input.status,
              decision_id: decisionId,
              free_of_charge: input.freeOfCharge,
              is_sample: false,
            });
            return { before: null, after: row, result: row };
          },
          mapError: answerViolations({
            procurement_template_pkey: () => badUserInput('input.id', `${id} already exists`),
          }),
        };
      }),
  }),
);

const RecordTemplateUseInput = builder.inputType('RecordProcurementTemplateUseInput', {
  description: 'That a Kommune uses a Vergabehilfe, and since when.',
  fields: (t) => ({
    templateId: t.id({ required: true, description: 'Number of the Vergabehilfe, e.g. "VH-2024-001".' }),
    municipalityArs: t.id({ required: true, description: "ARS of the Kommune that uses it: the caller's own." }),
    since: t.string({ required: true, description: 'Date from which it uses the template, YYYY-MM-DD.' }),
  }),
});

/**
 * Rule write.procurement.template.use: a Kommune records its own use of a Vergabehilfe. Throws
 * UNAUTHENTICATED without a token, FORBIDDEN for anyone but a Kommune.
 */
function requireKommune(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (known.kind !== 'municipality') throw forbidden('a Kommune records its own use of a Vergabehilfe');
  return known;
}

builder.mutationField('recordProcurementTemplateUse', (t) =>
  t.field({
    type: TemplateUseRef,
    description:
      'A Kommune records that it uses a Vergabehilfe (or moves the day it started). Only a Kommune, for itself; ' +
      'BAD_USER_INPUT for an unknown template or one that is not ADOPTED.',
    args: { input: t.arg({ type: RecordTemplateUseInput, required: true, description: 'The use.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKommune, async (principal) => {
        const templateId = parseKey('input.templateId', input.templateId, TEMPLATE_ID, 'VH-2024-001');
        const ars = parseKommuneArs('input.municipalityArs', input.municipalityArs);
        if (ars !== principal.org) throw forbidden('a Kommune records only its own use of a Vergabehilfe');
        const since = parseDate('input.since', input.since);
        return {
          entityType: 'ProcurementTemplateUse',
          entityId: `${templateId}/${ars}`,
          work: async (trx) => {
            const [template] = await findTemplatesById(trx, [templateId]);
            if (!template) throw badUserInput('input.templateId', `there is no Vergabehilfe ${templateId}`);
            if (template.status !== 'ADOPTED') {
              throw badUserInput('input.templateId', `${templateId} is ${template.status}, not offered`);
            }
            const before = (await lockTemplateUse(trx, templateId, ars)) ?? null;
            const row = await upsertTemplateUse(trx, { template_id: templateId, ars, since, is_sample: false });
            return { before, after: row, result: row };
          },
        };
      }),
  }),
);
