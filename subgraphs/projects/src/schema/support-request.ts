import {
  badUserInput,
  connectionType,
  expectVersion,
  forbidden,
  loadPage,
  type Principal,
  pageArgs,
  parseArs,
  parsePastDate,
  parseText,
  RANDOM_REFERENCE_PART,
  requirePrincipal,
  runMutation,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  todayBy,
  versionField,
  versionInputField,
} from '@kaz/subgraph-kit';
import { hasScope } from '../access.ts';
import { builder } from '../builder.ts';
import { findProjectsByIds } from '../db/project.ts';
import {
  insertSupportRequest,
  listSupportRequests,
  lockSupportRequest,
  newSupportRequestId,
  type SUPPORT_REQUEST_STATUSES,
  type SupportRequestRow,
  supportRequestSnapshot,
  updateSupportRequestRow,
} from '../db/support-request.ts';
import { findWorkOrdersByIds } from '../db/work-order.ts';
import { supportRequesterArsSet } from '../support-requesters.ts';
import { parseProjectId } from '../validation.ts';
import { MunicipalityRef, ProjectRef } from './refs.ts';
import { WORK_ORDER_ID_PATTERN } from './work-order.ts';

const SUBJECT_MAX = 200;
const DETAILS_MAX = 4000;
const REASON_MAX = 1000;
const SUPPORT_REQUEST_ID_PATTERN = new RegExp(`^UA-${RANDOM_REFERENCE_PART}$`);

/**
 * Who reads support requests (rule read.supportrequest): `all` for the Kaz (projects:write), a
 * Kommune its own (by its ARS). UNAUTHENTICATED without a token, FORBIDDEN for every other principal.
 */
function requireSupportRequestReach(principal: Principal | null): { all: true } | { all: false; ars: string } {
  const known = requirePrincipal(principal);
  if (hasScope(known, 'projects:write')) return { all: true };
  if (known.kind === 'municipality') return { all: false, ars: known.org };
  throw forbidden('support requests are for the Kaz (projects:write) and the Kommune that asked');
}

function visible(reach: ReturnType<typeof requireSupportRequestReach>, row: SupportRequestRow | null) {
  return row && (reach.all || row.ars === reach.ars) ? row : null;
}

export const SupportRequestStatusEnum = builder.enumType('SupportRequestStatus', {
  description: 'Where a Kommune’s support request (Unterstützungsanfrage) stands (Umsetzungskonzept Kaz, §2.1).',
  values: {
    SUBMITTED: { description: 'Eingereicht: the Kommune asked; the Kaz has not decided yet.' },
    TRIAGED: { description: 'Übernommen: the Kaz took it up as a work order or a project.' },
    DECLINED: { description: 'Abgelehnt: the Kaz declined it, with a reason.' },
  } satisfies Record<(typeof SUPPORT_REQUEST_STATUSES)[number], { description: string }>,
});

const SupportRequestRef = builder.objectRef<SupportRequestRow>('SupportRequest');

SupportRequestRef.implement({
  description:
    'A Kommune’s request to the Kaz for support (Unterstützungsanfrage): the Kommunen are requesters of the Kaz, ' +
    'first the Landkreise and kreisfreie Städte (Umsetzungskonzept Kaz, §2.1). The Kaz triages it into a work order ' +
    'or a project, or declines it. Owned by the Kaz (projects subgraph). Read by the Kaz and by the Kommune that ' +
    `asked (rule read.supportrequest). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key of the request, "UA-XXXX-XXXX-XXXX" (random).' }),
    municipality: t.field({
      type: MunicipalityRef,
      description: 'The Kommune that asked (a Landkreis or a kreisfreie Stadt).',
      resolve: (row) => ({ ars: row.ars }),
    }),
    subject: t.exposeString('subject', { description: 'What the Kommune needs support with (German).' }),
    details: t.exposeString('details', { nullable: true, description: 'More on the request (German); null for none.' }),
    submittedOn: t.exposeString('submitted_on', { description: 'The day the request came in (YYYY-MM-DD).' }),
    status: t.field({
      type: SupportRequestStatusEnum,
      description: 'Where the request stands.',
      resolve: (row) => row.status,
    }),
    triagedOn: t.exposeString('triaged_on', {
      nullable: true,
      description: 'The day the Kaz took the request up or declined it (YYYY-MM-DD); null while SUBMITTED.',
    }),
    workOrderId: t.exposeID('work_order_id', {
      nullable: true,
      description:
        'Key of the work order (Arbeitsauftrag) the request became, when TRIAGED into one; the work order itself is ' +
        'read through `workOrder(id)` under its own rule (read.workorder).',
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project the request became or joined, when TRIAGED into one; null otherwise.',
      resolve: (row, _args, ctx) => (row.project_id ? ctx.loaders.projectById.load(row.project_id) : null),
    }),
    declineReason: t.exposeString('decline_reason', {
      nullable: true,
      description: 'Why the Kaz declined the request (German); null unless DECLINED.',
    }),
    version: versionField(t, 'support request'),
    isSample: sampleFlagField(t),
  }),
});

const SupportRequestConnection = connectionType(builder, SupportRequestRef, {
  description: 'A page of support requests (Unterstützungsanfragen) of Kommunen.',
  items: 'support requests',
  item: 'A support request',
});

builder.queryFields((t) => ({
  supportRequest: t.field({
    type: SupportRequestRef,
    nullable: true,
    description:
      'One support request by its key. Rule read.supportrequest: the Kaz (projects:write) reads every request, a ' +
      'Kommune its own; another Kommune’s request answers null, as an unknown key does. FORBIDDEN for other ' +
      'principals, UNAUTHENTICATED without a token.',
    args: { id: t.arg.id({ required: true, description: 'Key of the request, e.g. "UA-7QK3-M9XA-2DHF".' }) },
    resolve: async (_root, { id }, ctx) => {
      const reach = requireSupportRequestReach(ctx.principal);
      const key = id.toUpperCase();
      if (!SUPPORT_REQUEST_ID_PATTERN.test(key)) throw badUserInput('id', 'must be a key like "UA-7QK3-M9XA-2DHF"');
      return visible(reach, await ctx.loaders.supportRequestById.load(key));
    },
  }),
  supportRequests: t.field({
    type: SupportRequestConnection,
    nullable: true,
    description:
      'Support requests of Kommunen (Umsetzungskonzept Kaz, §2.1), oldest first, a page at a time: every request for ' +
      'the Kaz (projects:write), its own for a Kommune. FORBIDDEN for other principals, UNAUTHENTICATED without a token.',
    args: {
      status: t.arg({ type: SupportRequestStatusEnum, required: false, description: 'Only requests in this status.' }),
      municipalityArs: t.arg.id({
        required: false,
        description: 'Only the requests of this Kommune (its 12-digit ARS).',
      }),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const reach = requireSupportRequestReach(ctx.principal);
      const asked = args.municipalityArs == null ? null : parseArs('municipalityArs', args.municipalityArs);
      // A Kommune's list is its own whatever it asks for: another Kommune's requests are hidden, not refused.
      if (!reach.all && asked !== null && asked !== reach.ars) {
        return loadPage(args, async () => ({ rows: [], totalCount: 0 }));
      }
      const ars = reach.all ? asked : reach.ars;
      return loadPage(
        args,
        (page) => listSupportRequests(ctx.db, { status: args.status, ars }, page),
        (row) => ctx.loaders.supportRequestById.prime(row.id, row),
      );
    },
  }),
}));

const SubmitSupportRequestInput = builder.inputType('SubmitSupportRequestInput', {
  description: 'A Kommune’s request to the Kaz for support (Umsetzungskonzept Kaz, §2.1).',
  fields: (t) => ({
    municipalityArs: t.id({
      required: true,
      description: 'ARS of the Kommune that asks: the principal’s own (a Kommune asks for itself).',
    }),
    subject: t.string({
      required: true,
      description: `What the Kommune needs support with (German), 1 to ${SUBJECT_MAX} characters.`,
    }),
    details: t.string({
      required: false,
      description: `More on the request (German), up to ${DETAILS_MAX} characters.`,
    }),
  }),
});

const TriageSupportRequestInput = builder.inputType('TriageSupportRequestInput', {
  description: 'The Kaz’s decision on a support request: take it up as a work order or a project, or decline it.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the request, e.g. "UA-7QK3-M9XA-2DHF", in any letter case.' }),
    version: versionInputField(t, 'support request'),
    status: t.field({
      type: SupportRequestStatusEnum,
      required: true,
      description: 'TRIAGED (with `workOrderId` and/or `projectId`) or DECLINED (with `declineReason`).',
    }),
    workOrderId: t.id({ required: false, description: 'Key of an existing work order the request became.' }),
    projectId: t.id({ required: false, description: 'Key of an existing project the request became or joined.' }),
    declineReason: t.string({
      required: false,
      description: `Why the Kaz declines (German), 1 to ${REASON_MAX} characters; only with DECLINED.`,
    }),
    triagedOn: t.string({
      required: false,
      description: 'The day of the decision (YYYY-MM-DD), not in the future; today when left out.',
    }),
  }),
});

/** Who may submit: a Kommune for itself, and (§2.1) first only a Landkreis or a kreisfreie Stadt. */
function requireRequester(principal: Principal | null): Principal {
  const known = requirePrincipal(principal);
  if (known.kind !== 'municipality') throw forbidden('only a Kommune submits a support request, for itself');
  if (!supportRequesterArsSet().has(known.org)) {
    throw forbidden(
      'support requests come first from the Landkreise and kreisfreie Städte (Umsetzungskonzept Kaz, §2.1); ' +
        `${known.org} is neither`,
    );
  }
  return known;
}

builder.mutationFields((t) => ({
  submitSupportRequest: t.field({
    type: SupportRequestRef,
    description:
      'A Kommune asks the Kaz for support, for itself: status SUBMITTED, submitted today, key "UA-XXXX-XXXX-XXXX" ' +
      '(random), version 1. For the token of a Landkreis or kreisfreie Stadt (§2.1: first these); FORBIDDEN for ' +
      'everyone else and for another Kommune’s ARS.',
    args: {
      input: t.arg({ type: SubmitSupportRequestInput, required: true, description: 'The request.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireRequester, (principal) => {
        const ars = parseArs('input.municipalityArs', input.municipalityArs);
        if (ars !== principal.org) throw forbidden('a Kommune submits support requests for itself only');
        const subject = parseText('input.subject', input.subject, SUBJECT_MAX);
        const details = input.details == null ? null : parseText('input.details', input.details, DETAILS_MAX);
        return {
          entityType: 'SupportRequest',
          entityId: '',
          work: async (trx) => {
            const id = await newSupportRequestId(trx);
            const row = await insertSupportRequest(trx, {
              id,
              ars,
              subject,
              details,
              submitted_on: todayBy(ctx.clock),
              status: 'SUBMITTED',
              triaged_on: null,
              work_order_id: null,
              project_id: null,
              decline_reason: null,
              is_sample: false,
            });
            return { before: null, after: supportRequestSnapshot(row), result: row, entityId: id };
          },
        };
      }),
  }),
  triageSupportRequest: t.field({
    type: SupportRequestRef,
    description:
      'The Kaz decides on a SUBMITTED support request: TRIAGED into an existing work order and/or project, or ' +
      'DECLINED with a reason; counts its version up by one. Needs the scope projects:write. NOT_FOUND for an ' +
      'unknown key, CONFLICT for a stale version, BAD_USER_INPUT for a request already decided.',
    args: {
      input: t.arg({ type: TriageSupportRequestInput, required: true, description: 'The decision.' }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', () => {
        const id = input.id.toUpperCase();
        if (!SUPPORT_REQUEST_ID_PATTERN.test(id)) {
          throw badUserInput('input.id', 'must be a support request key like "UA-7QK3-M9XA-2DHF"');
        }
        if (input.version < 1) throw badUserInput('input.version', 'must be the version you last read (1 or more)');
        const workOrderId = input.workOrderId == null ? null : input.workOrderId.toUpperCase();
        if (workOrderId !== null && !WORK_ORDER_ID_PATTERN.test(workOrderId)) {
          throw badUserInput('input.workOrderId', 'must be a work order key like "AA-7QK3-M9XA-2DHF"');
        }
        const projectId = input.projectId == null ? null : parseProjectId('input.projectId', input.projectId);
        const reason =
          input.declineReason == null ? null : parseText('input.declineReason', input.declineReason, REASON_MAX);
        if (input.status === 'SUBMITTED') throw badUserInput('input.status', 'must be TRIAGED or DECLINED');
        if (input.status === 'TRIAGED') {
          if (workOrderId === null && projectId === null) {
            throw badUserInput('input.workOrderId', 'a TRIAGED request names the work order or project it became');
          }
          if (reason !== null) throw badUserInput('input.declineReason', 'only a DECLINED request has a reason');
        } else {
          if (reason === null) throw badUserInput('input.declineReason', 'a DECLINED request needs a reason');
          if (workOrderId !== null || projectId !== null) {
            throw badUserInput('input.workOrderId', 'a DECLINED request names no work order or project');
          }
        }
        const triagedOn =
          input.triagedOn == null ? todayBy(ctx.clock) : parsePastDate('input.triagedOn', input.triagedOn, ctx.clock);
        return {
          entityType: 'SupportRequest',
          entityId: id,
          work: async (trx) => {
            const row = expectVersion(await lockSupportRequest(trx, id), input.version, `support request ${id}`);
            if (row.status !== 'SUBMITTED') {
              throw badUserInput('input.status', `the request is ${row.status} already; a decision is final`);
            }
            if (triagedOn < row.submitted_on) {
              throw badUserInput('input.triagedOn', `must not be before the request came in (${row.submitted_on})`);
            }
            if (workOrderId !== null && (await findWorkOrdersByIds(trx, [workOrderId])).length === 0) {
              throw badUserInput('input.workOrderId', `there is no work order ${workOrderId}`);
            }
            if (projectId !== null && (await findProjectsByIds(trx, [projectId])).length === 0) {
              throw badUserInput('input.projectId', `there is no project ${projectId}`);
            }
            const updated = await updateSupportRequestRow(trx, id, {
              status: input.status,
              triaged_on: triagedOn,
              work_order_id: workOrderId,
              project_id: projectId,
              decline_reason: reason,
            });
            return { before: supportRequestSnapshot(row), after: supportRequestSnapshot(updated), result: updated };
          },
        };
      }),
  }),
}));
