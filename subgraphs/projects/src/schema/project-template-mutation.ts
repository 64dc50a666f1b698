import { addDays } from '@kaz/reference-data';
import { badUserInput, clientError, daysBetween, parseKommuneArsList, parseText, runMutation } from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import { insertMilestones } from '../db/cooperation-write.ts';
import { findOzgServicesByIds } from '../db/ozg-service.ts';
import { findItemsOfTemplates, findProjectTemplatesByIds } from '../db/project-template.ts';
import { insertProject, projectSnapshot, replaceProjectLinks } from '../db/project-write.ts';
import {
  parseKnownOzgServices,
  parseLeadMinistry,
  parseOzgServiceIds,
  parseProjectId,
  parseProjectPeriod,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../validation.ts';
import { ProjectRef } from './refs.ts';

const CreateProjectFromTemplateInput = builder.inputType('CreateProjectFromTemplateInput', {
  description:
    'A new project started from a Muster-Projektstruktur (Umsetzungskonzept Kaz, §4.2): it takes the template’s ' +
    'kind and standard milestones, each due at its share of the time from start to planned end.',
  fields: (t) => ({
    templateId: t.id({ required: true, description: 'Key of the template, e.g. "ozg-umsetzung".' }),
    id: t.id({ required: true, description: 'Project key, "KAZ-<year>-<nn>"; must not exist yet (CONFLICT).' }),
    title: t.string({ required: true, description: `Title (German), 1 to ${TITLE_MAX} characters.` }),
    summary: t.string({ required: true, description: `Summary (German), 1 to ${SUMMARY_MAX} characters.` }),
    leadMinistryId: t.id({ required: false, description: 'Organisation key of the lead ministry; null for none.' }),
    startDate: t.string({ required: true, description: 'Start of the project (YYYY-MM-DD).' }),
    endDate: t.string({
      required: true,
      description: 'Planned end (YYYY-MM-DD), after the start; the milestones are placed between the two.',
    }),
    municipalityArs: t.idList({
      required: { list: true, items: true },
      description: 'The ARS of the Kommunen that take part; at least one.',
    }),
    ozgServiceIds: t.idList({
      required: { list: true, items: true },
      description: 'The OZG-IDs of the OZG-Leistungen the project implements; may be empty.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createProjectFromTemplate: t.field({
    type: ProjectRef,
    description:
      'Creates a project (version 1, not sample data) from a Muster-Projektstruktur (Umsetzungskonzept Kaz, §4.2): ' +
      'phase PLANNED, the template’s kind and its standard milestones. Needs projects:write. NOT_FOUND for an ' +
      'unknown template, CONFLICT when the project id exists.',
    args: { input: t.arg({ type: CreateProjectFromTemplateInput, required: true, description: 'The new project.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseProjectId('input.id', input.id);
        const title = parseText('input.title', input.title, TITLE_MAX);
        const summary = parseText('input.summary', input.summary, SUMMARY_MAX);
        const leadMinistryId = parseLeadMinistry('input.leadMinistryId', input.leadMinistryId ?? null);
        const { startDate, endDate } = parseProjectPeriod(
          { startDate: 'input.startDate', endDate: 'input.endDate' },
          input.startDate,
          input.endDate,
        );
        if (endDate === null || endDate === startDate) throw badUserInput('input.endDate', 'must be after startDate');
        const links = {
          municipalityArs: parseKommuneArsList('input.municipalityArs', input.municipalityArs),
          ozgServiceIds: parseOzgServiceIds('input.ozgServiceIds', input.ozgServiceIds),
        };
        const templateId = String(input.templateId);
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            const [template] = await findProjectTemplatesByIds(trx, [templateId]);
            if (!template) throw clientError('NOT_FOUND', `no project template ${templateId}`);
            if (links.ozgServiceIds.length > 0) {
              const known = new Set((await findOzgServicesByIds(trx, links.ozgServiceIds)).map((r) => r.id));
              parseKnownOzgServices('input.ozgServiceIds', links.ozgServiceIds, known);
            }
            const row = await insertProject(trx, {
              id,
              title,
              summary,
              kind: template.kind,
              phase: 'PLANNED',
              lead_ministry_id: leadMinistryId,
              coordinator_id: 'kaz',
              start_date: startDate,
              end_date: endDate,
              is_sample: false,
            });
            if (!row) throw clientError('CONFLICT', `project ${id} exists already; choose another id`);
            await replaceProjectLinks(trx, row, links);
            const duration = daysBetween(startDate, endDate);
            const milestones = (await findItemsOfTemplates(trx, [templateId]))
              .filter((item) => item.section === 'MILESTONE')
              .map((item) => ({
                project_id: id,
                position: item.position,
                title: item.title,
                due_on: addDays(startDate, Math.round(((item.at_percent ?? 0) * duration) / 100)),
                reached_on: null,
                is_sample: false,
              }));
            await insertMilestones(trx, milestones);
            // The milestones stay out of the entry: they are internal (read.project.internal), the entry
            // is read under the project's public overview; the template and the dates determine them.
            return { before: null, after: { ...projectSnapshot(row, links), templateId }, result: row };
          },
        };
      }),
  }),
}));
