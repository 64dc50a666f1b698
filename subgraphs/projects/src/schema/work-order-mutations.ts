import { ministryKeySet } from '@kaz/reference-data';
import {
  badUserInput,
  expectVersion,
  forbidden,
  parseDate,
  parseText,
  runMutation,
  todayBy,
  versionInputField,
} from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { builder } from '../builder.ts';
import type { Database } from '../db/database.ts';
import { findProjectsByIds } from '../db/project.ts';
import {
  insertWorkOrder,
  lockWorkOrder,
  newWorkOrderId,
  updateWorkOrderRow,
  workOrderSnapshot,
} from '../db/work-order.ts';
import { checkStatusMove, PROJECT_YEARS, parseProjectId } from '../validation.ts';
import { WorkOrderRef } from './refs.ts';
import { WORK_ORDER_ID_PATTERN, WorkOrderStatusEnum } from './work-order.ts';

const TITLE_MAX = 200;

/** A decision key as the organisations subgraph gives them: `<committee prefix>-<year>-<number>`. */
const DECISION_ID_PATTERN = /^[a-z]+-\d{4}-\d{1,3}$/;

/** The decisions a work order cites belong to the organisations subgraph: checked there, live. */
export const DECISION_TARGET = {
  owner: 'organisations',
  typename: 'Decision',
  fields: ['status', 'withdrawnOn'],
} as const;

async function checkProjectExists(db: Kysely<Database>, id: string): Promise<void> {
  if ((await findProjectsByIds(db, [id])).length === 0) {
    throw badUserInput('input.projectId', `there is no project ${id}`);
  }
}

const IssueWorkOrderInput = builder.inputType('IssueWorkOrderInput', {
  description: 'A new work order (Arbeitsauftrag) from the principal’s ministry to the Kaz.',
  fields: (t) => ({
    title: t.string({ required: true, description: `What is to be done (German), 1 to ${TITLE_MAX} characters.` }),
    dueDate: t.string({
      required: true,
      description: 'Date by which the order is to be fulfilled (YYYY-MM-DD); today (Europe/Berlin) or later.',
    }),
    decisionId: t.id({
      required: false,
      description:
        'Key of the committee decision (Beschluss) the order carries out, e.g. "itrat-2020-3"; null when the ' +
        'ministry issues it alone.',
    }),
    projectId: t.id({
      required: false,
      description: 'Key of an existing project the order is about, e.g. "KAZ-2021-01"; null for none.',
    }),
  }),
});

const UpdateWorkOrderStatusInput = builder.inputType('UpdateWorkOrderStatusInput', {
  description: 'A status change of a work order by the Kaz, optionally with the project that resulted from it.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Key of the work order, e.g. "AA-7QK3-M9XA-2DHF" or "AA-2021-001", in any letter case.',
    }),
    version: versionInputField(t, 'work order'),
    status: t.field({
      type: WorkOrderStatusEnum,
      required: true,
      description:
        'New status: OPEN → IN_PROGRESS → DONE, or CANCELLED from OPEN or IN_PROGRESS. DONE and CANCELLED are ' +
        'final. The same status is accepted only together with `projectId`.',
    }),
    projectId: t.id({
      required: false,
      description:
        'Key of the project that resulted from the order, to link it; null removes the link; leave it out to keep it.',
    }),
  }),
});

builder.mutationFields((t) => ({
  issueWorkOrder: t.field({
    type: WorkOrderRef,
    description:
      'Issues a work order from the principal’s ministry to the Kaz: status OPEN, issued today, id ' +
      '"AA-XXXX-XXXX-XXXX" (random: it counts nothing and cannot run out), version 1. Needs the scope workorders:write and a ' +
      'token of a ministry.',
    args: { input: t.arg({ type: IssueWorkOrderInput, required: true, description: 'The new work order.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'workorders:write', async (principal) => {
        if (principal.kind !== 'organisation' || !ministryKeySet().has(principal.org)) {
          throw forbidden(`only a ministry (Ressort) issues work orders; "${principal.org}" is none`);
        }
        const title = parseText('input.title', input.title, TITLE_MAX);
        const today = todayBy(ctx.clock);
        const dueDate = parseDate('input.dueDate', input.dueDate, PROJECT_YEARS);
        if (dueDate < today) throw badUserInput('input.dueDate', `must be today (${today}) or later`);
        const decisionId = input.decisionId ?? null;
        if (decisionId !== null) {
          if (!DECISION_ID_PATTERN.test(decisionId)) {
            throw badUserInput('input.decisionId', 'must be a decision key like "itrat-2020-3"');
          }
          // Before the transaction: nothing is written when the owner refuses the key or does not answer.
          const [decision] = await ctx.references.require(DECISION_TARGET, 'input.decisionId', [decisionId]);
          if (decision?.status === 'WITHDRAWN') {
            throw badUserInput(
              'input.decisionId',
              `decision ${decisionId} of the organisations subgraph was withdrawn on ${String(decision.withdrawnOn)}`,
            );
          }
        }
        const projectId = input.projectId == null ? null : parseProjectId('input.projectId', input.projectId);
        // The id is only known inside the transaction, so the outcome names the entity.
        return {
          entityType: 'WorkOrder',
          entityId: '',
          work: async (trx) => {
            if (projectId !== null) await checkProjectExists(trx, projectId);
            const id = await newWorkOrderId(trx);
            const row = await insertWorkOrder(trx, {
              id,
              title,
              decision_id: decisionId,
              issuing_ministry_id: principal.org,
              assignee_id: 'kaz',
              issued_on: today,
              due_date: dueDate,
              status: 'OPEN',
              project_id: projectId,
              is_sample: false,
            });
            return { before: null, after: workOrderSnapshot(row), result: row, entityId: id };
          },
        };
      }),
  }),
  updateWorkOrderStatus: t.field({
    type: WorkOrderRef,
    description:
      'Moves a work order along its status (the Kaz works it) and counts its version up by one. Needs the scope ' +
      'projects:write. NOT_FOUND for an unknown id, CONFLICT when `version` is not the stored one.',
    args: {
      input: t.arg({ type: UpdateWorkOrderStatusInput, required: true, description: 'The status change.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const { version, status } = input;
        // Keys are capitals; one read out or typed by hand may come in small letters.
        const id = input.id.toUpperCase();
        if (!WORK_ORDER_ID_PATTERN.test(id))
          throw badUserInput('input.id', 'must be a work order key like "AA-7QK3-M9XA-2DHF" or "AA-2021-001"');
        if (version < 1) throw badUserInput('input.version', 'must be the version you last read (1 or more)');
        const projectId =
          input.projectId === undefined
            ? undefined
            : input.projectId === null
              ? null
              : parseProjectId('input.projectId', input.projectId);
        return {
          entityType: 'WorkOrder',
          entityId: id,
          work: async (trx) => {
            const row = expectVersion(await lockWorkOrder(trx, id), version, `work order ${id}`);
            checkStatusMove(row.status, status, projectId !== undefined);
            if (projectId) await checkProjectExists(trx, projectId);
            const updated = await updateWorkOrderRow(trx, id, {
              status,
              ...(projectId !== undefined && { project_id: projectId }),
            });
            return { before: workOrderSnapshot(row), after: workOrderSnapshot(updated), result: updated };
          },
        };
      }),
  }),
}));
