import {
  listSize,
  loadReferenced,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  todayBy,
  versionField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type {
  WORK_PROGRAMME_ITEM_KINDS,
  WORK_PROGRAMME_ITEM_STATUSES,
  WorkProgrammeItemRow,
  WorkProgrammeRow,
} from '../db/work-programme.ts';
import { ProjectRef } from './project.ts';
import { CommitteeRef, DecisionRef, OrganisationRef } from './refs.ts';

/** The WorkProgramme type, backed by a `work_programme` row. */
export const WorkProgrammeRef = builder.objectRef<WorkProgrammeRow>('WorkProgramme');
/** The WorkProgrammeItem type, backed by a `work_programme_item` row. */
export const WorkProgrammeItemRef = builder.objectRef<WorkProgrammeItemRow>('WorkProgrammeItem');

/** Most items an Arbeitsprogramm may have; a year's programme has a few dozen at most. */
export const MAX_WORK_PROGRAMME_ITEMS = 200;

export const WorkProgrammeItemKindEnum = builder.enumType('WorkProgrammeItemKind', {
  description:
    'What kind of work an item of the Arbeitsprogramm is, by the Kaz’s tasks (Umsetzungskonzept Kaz, §3 and §4.1).',
  values: {
    PROJECT: { description: 'A digitalisation project the Kaz coordinates (Projekt), usually linked to `project`.' },
    STANDARDISATION: {
      description: 'Standardisation: preparing or revising a recommendation (Standardisierungsempfehlung).',
    },
    PROCUREMENT: {
      description: 'Procurement solutions for the Kommunen (Musterverträge, Vergabeunterlagen, Rahmenverträge).',
    },
    SUPPORT: { description: 'Advice and support for Kommunen (Beratung und Unterstützung).' },
    KNOWLEDGE_TRANSFER: {
      description: 'Knowledge transfer: workshops, guides, exchange of experience (Wissenstransfer).',
    },
  } satisfies Record<(typeof WORK_PROGRAMME_ITEM_KINDS)[number], { description: string }>,
});

export const WorkProgrammeItemStatusEnum = builder.enumType('WorkProgrammeItemStatus', {
  description: 'How far an item of the Arbeitsprogramm got.',
  values: {
    PLANNED: { description: 'Planned (geplant): work has not started.' },
    IN_PROGRESS: { description: 'In progress (in Umsetzung): `progressPercent` says how far.' },
    DONE: { description: 'Done (abgeschlossen): progress is 100 %.' },
    DEFERRED: { description: 'Deferred (zurückgestellt) to a later Arbeitsprogramm.' },
    CANCELLED: { description: 'Cancelled (entfallen) by the Steuerungsgremium.' },
  } satisfies Record<(typeof WORK_PROGRAMME_ITEM_STATUSES)[number], { description: string }>,
});

WorkProgrammeRef.implement({
  description:
    'The Arbeitsprogramm of one year: the work of the Kaz agreed in the Steuerungsgremium (Umsetzungskonzept Kaz, ' +
    `§4.1), item by item. Owned by the Kaz (organisations subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key of the programme, "ap-<year>", e.g. "ap-2026".' }),
    year: t.exposeInt('year', { description: 'The year the programme is for.' }),
    title: t.exposeString('title', { description: 'Title of the programme, in German.' }),
    agreedOn: t.exposeString('agreed_on', { description: 'Day it was agreed (beschlossen), YYYY-MM-DD.' }),
    committee: t.field({
      type: CommitteeRef,
      description: 'The committee that agreed it: the Steuerungsgremium (Umsetzungskonzept Kaz, §4.1).',
      resolve: (p, _args, ctx) =>
        loadReferenced(ctx.loaders.committeeById, p.committee_id, `committee ${p.committee_id} of ${p.id}`),
    }),
    decision: t.field({
      type: DecisionRef,
      nullable: true,
      description: 'The committee’s decision (Beschluss) that agreed it; null when it is not recorded.',
      resolve: (p, _args, ctx) => (p.decision_id === null ? null : ctx.loaders.decisionById.load(p.decision_id)),
    }),
    items: t.field({
      directives: listSize(MAX_WORK_PROGRAMME_ITEMS),
      type: [WorkProgrammeItemRef],
      description: `The items, in the programme's order (at most ${MAX_WORK_PROGRAMME_ITEMS}).`,
      resolve: (p, _args, ctx) => ctx.loaders.itemsOfWorkProgramme.load(p.id),
    }),
    progressPercent: t.int({
      description:
        'How far the whole programme got: the mean progress of its items, cancelled ones left out, rounded ' +
        'down to a whole percent; 0 without items.',
      resolve: async (p, _args, ctx) => {
        const items = (await ctx.loaders.itemsOfWorkProgramme.load(p.id)).filter((i) => i.status !== 'CANCELLED');
        if (items.length === 0) return 0;
        return Math.floor(items.reduce((sum, i) => sum + i.progress_percent, 0) / items.length);
      },
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'work programme'),
  }),
});

WorkProgrammeItemRef.implement({
  description:
    'One item of an Arbeitsprogramm (Umsetzungskonzept Kaz, §4.1): what is to be done, by whom, by when, and ' +
    `how far it got. Owned by the Kaz (organisations subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key of the item, "ap-<year>-<position>", e.g. "ap-2026-3".' }),
    position: t.exposeInt('position', { description: 'Its place in the programme, from 1.' }),
    title: t.exposeString('title', { description: 'What is to be done, in German.' }),
    kind: t.field({
      type: WorkProgrammeItemKindEnum,
      description: 'What kind of work it is.',
      resolve: (i) => i.kind as (typeof WORK_PROGRAMME_ITEM_KINDS)[number],
    }),
    responsibleOrganisation: t.field({
      type: OrganisationRef,
      description: 'The organisation responsible (federführend), usually the Kaz.',
      resolve: (i, _args, ctx) =>
        loadReferenced(
          ctx.loaders.organisationById,
          i.responsible_organisation_id,
          `organisation ${i.responsible_organisation_id} of ${i.id}`,
        ),
    }),
    dueOn: t.exposeString('due_on', { nullable: true, description: 'Day it is due (YYYY-MM-DD); null when open.' }),
    status: t.field({
      type: WorkProgrammeItemStatusEnum,
      description: 'How far it got.',
      resolve: (i) => i.status as (typeof WORK_PROGRAMME_ITEM_STATUSES)[number],
    }),
    progressPercent: t.exposeInt('progress_percent', { description: 'Progress in percent, 0 to 100 (100 when DONE).' }),
    progressNote: t.exposeString('progress_note', {
      nullable: true,
      description: 'The latest report on its progress (Sachstand), in German; null when none was given.',
    }),
    overdue: t.boolean({
      description: 'True when its due day has passed and it is neither DONE nor CANCELLED nor DEFERRED.',
      resolve: (i, _args, ctx) =>
        i.due_on !== null && i.due_on < todayBy(ctx.clock) && !['DONE', 'CANCELLED', 'DEFERRED'].includes(i.status),
    }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      description: 'The project of the projects subgraph that carries the item out; null when it is no project.',
      resolve: (i) => (i.project_id === null ? null : { id: i.project_id }),
    }),
    isSample: sampleFlagField(t),
    version: versionField(t, 'work programme item'),
  }),
});

builder.queryFields((t) => ({
  workProgramme: t.field({
    type: WorkProgrammeRef,
    nullable: true,
    description:
      'The Arbeitsprogramm of a year (Umsetzungskonzept Kaz, §4.1); null when none was agreed for it. Public, like ' +
      'committees and their decisions (rule read.workprogramme).',
    args: {
      year: t.arg.int({ description: 'The year; without it the current year (in Berlin).' }),
    },
    resolve: (_root, { year }, ctx) =>
      ctx.loaders.workProgrammeByYear.load(year ?? Number(todayBy(ctx.clock).slice(0, 4))),
  }),
}));
