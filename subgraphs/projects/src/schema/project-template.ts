import { listSize, SAMPLE_RECORDS_NOTE, sampleFlagField } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { ProjectTemplateItemRow, ProjectTemplateRow, TemplateSection } from '../db/project-template.ts';
import { findProjectTemplates } from '../db/project-template.ts';
import { ProjectKindEnum } from './project-enums.ts';

const SECTION = '(Umsetzungskonzept Kaz, §4.2)';

/** A project template (Muster-Projektstruktur); implemented below. */
export const ProjectTemplateRef = builder.objectRef<ProjectTemplateRow>('ProjectTemplate');
const ProjectTemplateItemRef = builder.objectRef<ProjectTemplateItemRow>('ProjectTemplateItem');
const ProjectTemplateMilestoneRef = builder.objectRef<ProjectTemplateItemRow>('ProjectTemplateMilestone');

ProjectTemplateItemRef.implement({
  description: `A phase, role or standard deliverable of a Muster-Projektstruktur (project template) ${SECTION}.`,
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order within its section of the template, from 1.' }),
    title: t.exposeString('title', {
      description:
        'Name (German), e.g. the phase "Pilotierung", the role "Lenkungsausschuss", the deliverable "Projekthandbuch".',
    }),
    description: t.exposeString('description', { nullable: true, description: 'What it is or does (German).' }),
    isSample: sampleFlagField(t),
  }),
});

ProjectTemplateMilestoneRef.implement({
  description:
    `A standard milestone (Meilenstein) of a Muster-Projektstruktur ${SECTION}: a project created from the ` +
    'template gets it, due at its share of the project’s duration.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: 'Order of the milestone, from 1.' }),
    title: t.exposeString('title', {
      description: 'What the milestone marks (German), e.g. "Projektauftrag erteilt".',
    }),
    atPercent: t.int({
      description: 'When it is due, as a share (0–100 %) of the time from the project’s start to its planned end.',
      resolve: (item) => item.at_percent ?? 0,
    }),
    isSample: sampleFlagField(t),
  }),
});

function itemsOf(section: TemplateSection) {
  return async (template: ProjectTemplateRow, _args: object, ctx: Context) =>
    (await ctx.loaders.itemsOfProjectTemplate.load(template.id)).filter((item) => item.section === section);
}

ProjectTemplateRef.implement({
  description:
    `Muster-Projektstruktur: a template project structure the Kaz offers Kommunen and ministries ${SECTION}, with ` +
    'its phases, standard milestones, roles (Auftraggeber, Lenkungsausschuss, Projektleitung, Teilprojekte …) and ' +
    'standard deliverables (Projektauftrag, Projekthandbuch …). `createProjectFromTemplate` starts a project ' +
    `with its milestones. Owned by the Kaz (projects subgraph). ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Key of the template, e.g. "ozg-umsetzung".' }),
    name: t.exposeString('name', { description: 'Name of the template (German).' }),
    kind: t.field({
      type: ProjectKindEnum,
      description: 'The kind of project the template is for; a project created from it has this kind.',
      resolve: (template) => template.kind,
    }),
    description: t.exposeString('description', { description: 'What projects the template is for (German).' }),
    typicalDurationDays: t.exposeInt('typical_duration_days', {
      description: 'How long a project of this kind typically runs, in days (a planning aid).',
    }),
    phases: t.field({
      directives: listSize(20),
      type: [ProjectTemplateItemRef],
      description: `The phases (Projektphasen) in order ${SECTION}.`,
      resolve: itemsOf('PHASE'),
    }),
    milestones: t.field({
      directives: listSize(30),
      type: [ProjectTemplateMilestoneRef],
      description: `The standard milestones in order ${SECTION}.`,
      resolve: itemsOf('MILESTONE'),
    }),
    roles: t.field({
      directives: listSize(20),
      type: [ProjectTemplateItemRef],
      description: `The roles of the project organisation (Auftraggeber, Lenkungsausschuss, Projektleitung, Teilprojekte …) ${SECTION}.`,
      resolve: itemsOf('ROLE'),
    }),
    deliverables: t.field({
      directives: listSize(30),
      type: [ProjectTemplateItemRef],
      description: `The standard deliverables (Projektauftrag, Projekthandbuch …) ${SECTION}.`,
      resolve: itemsOf('DELIVERABLE'),
    }),
    isSample: sampleFlagField(t),
  }),
});

builder.queryFields((t) => ({
  projectTemplates: t.field({
    directives: listSize(50),
    type: [ProjectTemplateRef],
    description: `The Muster-Projektstruktur: every project template the Kaz offers, ordered by id ${SECTION}. Public.`,
    resolve: (_root, _args, ctx) => findProjectTemplates(ctx.db),
  }),
  projectTemplate: t.field({
    type: ProjectTemplateRef,
    nullable: true,
    description: `One project template by key ${SECTION}; null for an unknown key. Public.`,
    args: { id: t.arg.id({ required: true, description: 'Key of the template, e.g. "ozg-umsetzung".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.projectTemplateById.load(String(id)),
  }),
}));
