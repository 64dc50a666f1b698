// Over 250 lines: the two mutations of the Arbeitsprogramm share their input checks, one file.
import {
  badUserInput,
  clientError,
  conflict,
  expectVersion,
  isKeyCollision,
  parseDate,
  parseKey,
  parsePastDate,
  parseText,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { findCommitteesById } from '../db/committee.ts';
import { findDecisionsById } from '../db/decision.ts';
import { findOrganisationsById } from '../db/organisation.ts';
import {
  insertWorkProgramme,
  insertWorkProgrammeItems,
  lockWorkProgrammeItem,
  lockWorkProgrammeOfYear,
  updateWorkProgrammeItemRow,
  type WorkProgrammeItemRow,
} from '../db/work-programme.ts';
import { requireKaz } from '../umsetzungskonzept-access.ts';
import {
  MAX_WORK_PROGRAMME_ITEMS,
  WorkProgrammeItemKindEnum,
  WorkProgrammeItemRef,
  WorkProgrammeItemStatusEnum,
  WorkProgrammeRef,
} from './work-programme.ts';

/** Longest title of a programme or an item. */
export const MAX_WORK_PROGRAMME_TITLE_LENGTH = 300;
/** Longest progress report of an item. */
export const MAX_PROGRESS_NOTE_LENGTH = 2000;
/** A project key of the projects subgraph. */
const PROJECT_KEY = /^KAZ-\d{4}-\d{2}$/;
/** The project subgraph's Project, for the reference check of `projectId`. */
const PROJECT_TARGET = { owner: 'projects', typename: 'Project' } as const;

const WorkProgrammeItemInput = builder.inputType('WorkProgrammeItemInput', {
  description: 'One item of a new Arbeitsprogramm (Umsetzungskonzept Kaz, §4.1).',
  fields: (t) => ({
    title: t.string({
      required: true,
      description: `What is to be done, in German: not empty, at most ${MAX_WORK_PROGRAMME_TITLE_LENGTH} characters.`,
    }),
    kind: t.field({ type: WorkProgrammeItemKindEnum, required: true, description: 'What kind of work it is.' }),
    responsibleOrganisationId: t.id({
      required: true,
      description: 'Key of the organisation responsible, e.g. "kaz".',
    }),
    dueOn: t.string({ description: 'Day it is due (YYYY-MM-DD), within the programme’s year or later; optional.' }),
    projectId: t.id({
      description: 'Key of the project that carries it out, e.g. "KAZ-2025-03"; must exist in the projects subgraph.',
    }),
  }),
});

const RecordWorkProgrammeInput = builder.inputType('RecordWorkProgrammeInput', {
  description: 'The Arbeitsprogramm of a year as the Steuerungsgremium agreed it (Umsetzungskonzept Kaz, §4.1).',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The year it is for, from 2021 (the Kaz’s first year).' }),
    title: t.string({
      required: true,
      description: `Title, in German: not empty, at most ${MAX_WORK_PROGRAMME_TITLE_LENGTH} characters.`,
    }),
    committeeId: t.id({
      required: true,
      description: 'Key of the committee that agreed it, e.g. "steuerungsgremium".',
    }),
    agreedOn: t.string({
      required: true,
      description: 'Day it was agreed (YYYY-MM-DD): not in the future, in the year before its year or in its year.',
    }),
    decisionId: t.id({
      description:
        'Key of the committee’s decision that agreed it, e.g. "sg-2025-1": a decision of that committee, taken on ' +
        '`agreedOn`; optional.',
    }),
    items: t.field({
      type: [WorkProgrammeItemInput],
      required: true,
      description: `The items, in their order: 1 to ${MAX_WORK_PROGRAMME_ITEMS}. Each starts PLANNED with progress 0.`,
    }),
  }),
});

const UpdateWorkProgrammeItemInput = builder.inputType('UpdateWorkProgrammeItemInput', {
  description: 'How far an item of the Arbeitsprogramm got; fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the item, e.g. "ap-2026-3".' }),
    version: versionInputField(t, 'work programme item'),
    status: t.field({ type: WorkProgrammeItemStatusEnum, description: 'The new status.' }),
    progressPercent: t.int({ description: 'Progress in percent, 0 to 100; DONE means 100 (set for you).' }),
    progressNote: t.string({
      description: `The latest report on its progress (Sachstand), in German; at most ${MAX_PROGRESS_NOTE_LENGTH} characters.`,
    }),
    dueOn: t.string({ description: 'A new due day (YYYY-MM-DD).' }),
    projectId: t.id({ description: 'Key of the project that carries it out; must exist in the projects subgraph.' }),
  }),
});

/** A progress of 0 to 100, in whole percent. */
function parsePercent(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw badUserInput(field, `must be a whole percent from 0 to 100; got ${value}`);
  }
  return value;
}

builder.mutationFields((t) => ({
  recordWorkProgramme: t.field({
    type: WorkProgrammeRef,
    description:
      'Records the Arbeitsprogramm of a year, agreed in the Steuerungsgremium (Umsetzungskonzept Kaz, §4.1), with ' +
      'its items (keys "ap-<year>-<n>" in the given order). CONFLICT when the year has one already. Needs the Kaz ' +
      '(scope projects:write; rule write.workprogramme).',
    args: { input: t.arg({ type: RecordWorkProgrammeInput, required: true, description: 'The programme.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKaz, async () => {
        const year = input.year;
        if (!Number.isInteger(year) || year < 2021 || year > 2100) {
          throw badUserInput('input.year', `must be a year from 2021 to 2100; got ${year}`);
        }
        const title = parseText('input.title', input.title, MAX_WORK_PROGRAMME_TITLE_LENGTH);
        const agreedOn = parsePastDate('input.agreedOn', input.agreedOn, ctx.clock);
        const agreedYear = Number(agreedOn.slice(0, 4));
        if (agreedYear !== year && agreedYear !== year - 1) {
          throw badUserInput(
            'input.agreedOn',
            `must lie in ${year - 1} or ${year}, the programme’s year or the one before`,
          );
        }
        const [committee] = await findCommitteesById(ctx.db, [input.committeeId]);
        if (!committee) throw badUserInput('input.committeeId', `there is no committee "${input.committeeId}"`);
        if (input.decisionId != null) {
          const [decision] = await findDecisionsById(ctx.db, [input.decisionId]);
          if (!decision) throw badUserInput('input.decisionId', `there is no decision "${input.decisionId}"`);
          if (decision.committee_id !== committee.id) {
            throw badUserInput('input.decisionId', `decision ${decision.id} is not one of ${committee.id}`);
          }
          if (decision.decided_on !== agreedOn) {
            throw badUserInput(
              'input.decisionId',
              `decision ${decision.id} was taken on ${decision.decided_on}, not on ${agreedOn}`,
            );
          }
        }
        if (input.items.length === 0 || input.items.length > MAX_WORK_PROGRAMME_ITEMS) {
          throw badUserInput(
            'input.items',
            `must have 1 to ${MAX_WORK_PROGRAMME_ITEMS} items; got ${input.items.length}`,
          );
        }
        const organisationIds = [...new Set(input.items.map((item) => item.responsibleOrganisationId))];
        const organisations = new Set((await findOrganisationsById(ctx.db, organisationIds)).map((o) => o.id));
        const id = `ap-${year}`;
        const items = input.items.map((item, index) => {
          const field = `input.items.${index}`;
          if (!organisations.has(item.responsibleOrganisationId)) {
            throw badUserInput(
              `${field}.responsibleOrganisationId`,
              `there is no organisation "${item.responsibleOrganisationId}"`,
            );
          }
          const dueOn = item.dueOn == null ? null : parseDate(`${field}.dueOn`, item.dueOn);
          if (dueOn !== null && Number(dueOn.slice(0, 4)) < year) {
            throw badUserInput(`${field}.dueOn`, `must lie in ${year} or later, the programme’s year`);
          }
          return {
            id: `${id}-${index + 1}`,
            work_programme_id: id,
            position: index + 1,
            title: parseText(`${field}.title`, item.title, MAX_WORK_PROGRAMME_TITLE_LENGTH),
            kind: item.kind,
            responsible_organisation_id: item.responsibleOrganisationId,
            due_on: dueOn,
            status: 'PLANNED',
            progress_percent: 0,
            progress_note: null,
            project_id:
              item.projectId == null
                ? null
                : parseKey(`${field}.projectId`, item.projectId, PROJECT_KEY, 'KAZ-2025-03'),
            is_sample: false,
          };
        });
        const projectIds = items.flatMap((item) => (item.project_id === null ? [] : [item.project_id]));
        if (projectIds.length > 0) await ctx.references.require(PROJECT_TARGET, 'input.items.projectId', projectIds);
        return {
          entityType: 'WorkProgramme',
          entityId: id,
          work: async (trx) => {
            const taken = await lockWorkProgrammeOfYear(trx, year);
            if (taken) {
              throw conflict('input.year', `the Arbeitsprogramm ${year} is recorded already (${taken.id})`, {
                currentVersion: taken.version,
              });
            }
            const row = await insertWorkProgramme(trx, {
              id,
              year,
              committee_id: committee.id,
              decision_id: input.decisionId ?? null,
              agreed_on: agreedOn,
              title,
              is_sample: false,
            });
            const stored = await insertWorkProgrammeItems(trx, items);
            return { before: null, after: { ...row, items: stored }, result: row };
          },
          mapError: (error) =>
            isKeyCollision(error)
              ? clientError('CONFLICT', `the Arbeitsprogramm ${year} was recorded at the same moment`)
              : undefined,
        };
      }),
  }),
  updateWorkProgrammeItem: t.field({
    type: WorkProgrammeItemRef,
    description:
      'Reports how far an item of the Arbeitsprogramm got (status, progress, Sachstand, due day, project); its ' +
      'version counts up by one. DONE sets progress to 100; progress 100 needs DONE. NOT_FOUND for an unknown id, ' +
      'CONFLICT when `version` is stale. Needs the Kaz (scope projects:write; rule write.workprogramme).',
    args: { input: t.arg({ type: UpdateWorkProgrammeItemInput, required: true, description: 'The change.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, requireKaz, async () => {
        const changes: Partial<WorkProgrammeItemRow> = {};
        if (input.status != null) changes.status = input.status;
        if (input.progressPercent != null) {
          changes.progress_percent = parsePercent('input.progressPercent', input.progressPercent);
        }
        if (input.progressNote != null) {
          changes.progress_note = parseText('input.progressNote', input.progressNote, MAX_PROGRESS_NOTE_LENGTH);
        }
        if (input.dueOn != null) changes.due_on = parseDate('input.dueOn', input.dueOn);
        if (input.projectId != null) {
          changes.project_id = parseKey('input.projectId', input.projectId, PROJECT_KEY, 'KAZ-2025-03');
          await ctx.references.require(PROJECT_TARGET, 'input.projectId', [changes.project_id]);
        }
        if (Object.keys(changes).length === 0) {
          throw badUserInput(
            'input',
            'names no change: give status, progressPercent, progressNote, dueOn or projectId',
          );
        }
        return {
          entityType: 'WorkProgrammeItem',
          entityId: input.id,
          work: async (trx) => {
            const row = expectVersion(
              await lockWorkProgrammeItem(trx, input.id),
              input.version,
              `work programme item ${input.id}`,
            );
            const status = changes.status ?? row.status;
            if (status === 'DONE' && changes.progress_percent == null) changes.progress_percent = 100;
            const progress = changes.progress_percent ?? row.progress_percent;
            if (status === 'DONE' && progress !== 100) {
              throw badUserInput('input.progressPercent', 'must be 100 for a DONE item');
            }
            if (status !== 'DONE' && progress === 100) {
              throw badUserInput('input.status', 'must be DONE when progress is 100 %');
            }
            const updated = await updateWorkProgrammeItemRow(trx, row.id, changes);
            return { before: row, after: updated, result: updated };
          },
        };
      }),
  }),
}));
