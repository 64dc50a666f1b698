import {
  answerViolations,
  badUserInput,
  expectVersion,
  notBefore,
  parseDate,
  parseKey,
  parseKommuneArsList,
  parseMoney,
  parseText,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findContractsById } from '../db/framework-contract.ts';
import {
  findProceduresById,
  insertProcedure,
  lockProcedure,
  procedureSnapshot,
  updateProcedure,
} from '../db/procurement-procedure.ts';
import {
  CONTRACT_ID,
  isPublishedProcedure,
  MAX_TEXT,
  PROCEDURE_ID,
  PROJECT_ID,
  parseProcedureStatusMove,
} from '../validation.ts';
import { ProcedureTypeEnum, ProcurementStatusEnum } from './procurement-procedure.ts';
import { ProcurementProcedureRef } from './refs.ts';

/** The project a procurement serves belongs to the projects subgraph. */
export const PROJECT_TARGET = { owner: 'projects', typename: 'Project' } as const;

const CreateProcurementProcedureInput = builder.inputType('CreateProcurementProcedureInput', {
  description: 'A new Vergabeverfahren (procurement procedure), planned or already published.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Vergabenummer of the new procedure, "VG-<year>-<nnn>", e.g. "VG-2027-002"; must not exist yet.',
    }),
    title: t.string({
      required: true,
      description: 'Subject of the procurement (Auftragsgegenstand), 1–300 characters.',
    }),
    procedureType: t.field({
      type: ProcedureTypeEnum,
      required: true,
      description: 'Verfahrensart (kind of procedure).',
    }),
    status: t.field({
      type: ProcurementStatusEnum,
      description:
        'PLANNED (the default) or PUBLISHED (an IN_HOUSE_AWARD only PLANNED); later statuses are reached with ' +
        'updateProcurementProcedure.',
    }),
    publishedOn: t.string({
      description:
        'Date of the Bekanntmachung, YYYY-MM-DD: required with PUBLISHED, not allowed with PLANNED nor for an ' +
        'IN_HOUSE_AWARD.',
    }),
    estimatedValueEur: t.float({
      required: true,
      description: 'Geschätzter Auftragswert in euros net of VAT: 0 or more, whole cents.',
    }),
    participatingMunicipalityArs: t.idList({
      required: true,
      description:
        'ARS of the Kommunen that procure jointly (Bedarfsträger): at least one, each a real Kommune, none twice.',
    }),
    projectId: t.id({
      description:
        'Key of the digitalisation project this procurement serves ("KAZ-<year>-<nn>", a known project); null for none.',
    }),
    callOffContractId: t.id({
      description:
        'For a FRAMEWORK_CALL_OFF (required there, not allowed otherwise): the number of the Rahmenvertrag it draws on.',
    }),
  }),
});

const UpdateProcurementProcedureInput = builder.inputType('UpdateProcurementProcedureInput', {
  description:
    'Changes to a Vergabeverfahren; fields left out (or null) stay as they are. The status moves PLANNED → PUBLISHED → ' +
    'EVALUATION → AWARDED, or from any status but AWARDED to CANCELLED; AWARDED and CANCELLED are final. An ' +
    'IN_HOUSE_AWARD (no Bekanntmachung) moves PLANNED → AWARDED or CANCELLED and never has a publishedOn.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Vergabenummer of the procedure, e.g. "VG-2026-005".' }),
    version: versionInputField(t, 'procurement procedure'),
    status: t.field({ type: ProcurementStatusEnum, description: 'The new status; an illegal move is BAD_USER_INPUT.' }),
    publishedOn: t.string({
      description: 'Date of the Bekanntmachung, YYYY-MM-DD; required when moving to PUBLISHED, not for a PLANNED one.',
    }),
    awardedOn: t.string({
      description:
        'Date of the Zuschlag, YYYY-MM-DD, not before publishedOn; required when moving to AWARDED, only then.',
    }),
    title: t.string({ description: 'New subject of the procurement, 1–300 characters.' }),
    estimatedValueEur: t.float({ description: 'New estimated value in euros net of VAT: 0 or more, whole cents.' }),
  }),
});

builder.mutationField('createProcurementProcedure', (t) =>
  t.field({
    type: ProcurementProcedureRef,
    description: 'Starts a Vergabeverfahren (status PLANNED or PUBLISHED). Needs the scope contracts:write.',
    args: {
      input: t.arg({ type: CreateProcurementProcedureInput, required: true, description: 'The new procedure.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, PROCEDURE_ID, 'VG-2027-002');
        const title = parseText('input.title', input.title, MAX_TEXT);
        const status = input.status ?? 'PLANNED';
        if (status !== 'PLANNED' && status !== 'PUBLISHED') {
          throw badUserInput('input.status', `a new procedure is PLANNED or PUBLISHED; got ${status}`);
        }
        const published = isPublishedProcedure(input.procedureType);
        if (!published && status !== 'PLANNED') {
          throw badUserInput('input.status', 'an IN_HOUSE_AWARD has no Bekanntmachung: it starts PLANNED');
        }
        if (!published && input.publishedOn != null) {
          throw badUserInput('input.publishedOn', 'an IN_HOUSE_AWARD has no Bekanntmachung; leave publishedOn out');
        }
        const publishedOn = input.publishedOn == null ? null : parseDate('input.publishedOn', input.publishedOn);
        if (status === 'PUBLISHED' && publishedOn == null) {
          throw badUserInput('input.publishedOn', 'a PUBLISHED procedure needs the date of its Bekanntmachung');
        }
        if (status === 'PLANNED' && publishedOn != null) {
          throw badUserInput('input.publishedOn', 'a PLANNED procedure is not published yet; leave publishedOn out');
        }
        const estimatedValue = parseMoney('input.estimatedValueEur', input.estimatedValueEur);
        const participants = parseKommuneArsList(
          'input.participatingMunicipalityArs',
          input.participatingMunicipalityArs,
        );
        const projectId =
          input.projectId == null ? null : parseKey('input.projectId', input.projectId, PROJECT_ID, 'KAZ-2025-03');
        const isCallOff = input.procedureType === 'FRAMEWORK_CALL_OFF';
        const callOffContractId =
          input.callOffContractId == null
            ? null
            : parseKey('input.callOffContractId', input.callOffContractId, CONTRACT_ID, 'RV-2024-001');
        if (isCallOff !== (callOffContractId != null)) {
          throw badUserInput(
            'input.callOffContractId',
            isCallOff
              ? 'a FRAMEWORK_CALL_OFF names the Rahmenvertrag it draws on'
              : 'only a FRAMEWORK_CALL_OFF draws on a Rahmenvertrag',
          );
        }
        // Project keys belong to the projects subgraph: checked there, live, before anything is written.
        if (projectId != null) await ctx.references.require(PROJECT_TARGET, 'input.projectId', [projectId]);
        return {
          entityType: 'ProcurementProcedure',
          entityId: id,
          work: async (trx) => {
            if ((await findProceduresById(trx, [id])).length > 0)
              throw badUserInput('input.id', `${id} already exists`);
            if (callOffContractId != null && (await findContractsById(trx, [callOffContractId])).length === 0) {
              throw badUserInput('input.callOffContractId', `there is no Rahmenvertrag ${callOffContractId}`);
            }
            const row = await insertProcedure(
              trx,
              {
                id,
                title,
                procedure_type: input.procedureType,
                status,
                published_on: publishedOn,
                awarded_on: null,
                estimated_value_eur: estimatedValue,
                project_id: projectId,
                call_off_contract_id: callOffContractId,
                is_sample: false,
              },
              participants,
            );
            return { before: null, after: await procedureSnapshot(trx, row), result: row };
          },
          // Two writers with the same new number: the second one fails on the primary key.
          mapError: answerViolations({
            procurement_procedure_pkey: () => badUserInput('input.id', `${id} already exists`),
          }),
        };
      }),
  }),
);

builder.mutationField('updateProcurementProcedure', (t) =>
  t.field({
    type: ProcurementProcedureRef,
    description:
      'Moves a Vergabeverfahren along its lifecycle and corrects its dates, title or value. Needs the scope ' +
      'contracts:write; NOT_FOUND for an unknown procedure, CONFLICT when `version` is stale.',
    args: { input: t.arg({ type: UpdateProcurementProcedureInput, required: true, description: 'The changes.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'contracts:write', async () => {
        const id = parseKey('input.id', input.id, PROCEDURE_ID, 'VG-2026-005');
        const title = input.title == null ? undefined : parseText('input.title', input.title, MAX_TEXT);
        const estimatedValue =
          input.estimatedValueEur == null ? undefined : parseMoney('input.estimatedValueEur', input.estimatedValueEur);
        const publishedOn = input.publishedOn == null ? undefined : parseDate('input.publishedOn', input.publishedOn);
        const awardedOn = input.awardedOn == null ? undefined : parseDate('input.awardedOn', input.awardedOn);
        if ([input.status, publishedOn, awardedOn, title, estimatedValue].every((value) => value == null)) {
          throw badUserInput(
            'input',
            'nothing to change: give status, publishedOn, awardedOn, title or estimatedValueEur',
          );
        }
        return {
          entityType: 'ProcurementProcedure',
          entityId: id,
          work: async (trx) => {
            const current = expectVersion(await lockProcedure(trx, id), input.version, `procurement procedure ${id}`);
            const status = parseProcedureStatusMove(
              'input.status',
              current.status,
              input.status ?? current.status,
              current.procedure_type,
            );
            const published = isPublishedProcedure(current.procedure_type);
            if (!published && publishedOn != null) {
              throw badUserInput('input.publishedOn', 'an IN_HOUSE_AWARD has no Bekanntmachung; leave publishedOn out');
            }
            const nextPublishedOn = publishedOn ?? current.published_on;
            const nextAwardedOn = awardedOn ?? current.awarded_on;
            if (publishedOn != null && status === 'PLANNED') {
              throw badUserInput(
                'input.publishedOn',
                'a PLANNED procedure is not published; move it to PUBLISHED with the date',
              );
            }
            if (published && nextPublishedOn == null && status !== 'PLANNED' && status !== 'CANCELLED') {
              throw badUserInput('input.publishedOn', `moving to ${status} needs the date of the Bekanntmachung`);
            }
            if (awardedOn != null && status !== 'AWARDED') {
              throw badUserInput('input.awardedOn', 'only an AWARDED procedure has an award date');
            }
            if (status === 'AWARDED' && nextAwardedOn == null) {
              throw badUserInput('input.awardedOn', 'moving to AWARDED needs the date of the Zuschlag');
            }
            if (nextAwardedOn != null && nextPublishedOn != null && nextAwardedOn < nextPublishedOn) {
              if (awardedOn != null) notBefore('input.awardedOn', nextAwardedOn, nextPublishedOn, 'publishedOn');
              throw badUserInput('input.publishedOn', `must not be after the award date (${nextAwardedOn})`);
            }
            const before = await procedureSnapshot(trx, current);
            const row = await updateProcedure(trx, id, {
              status,
              published_on: nextPublishedOn,
              awarded_on: nextAwardedOn,
              ...(title === undefined ? {} : { title }),
              ...(estimatedValue === undefined ? {} : { estimated_value_eur: estimatedValue }),
            });
            return { before, after: await procedureSnapshot(trx, row), result: row };
          },
        };
      }),
  }),
);
