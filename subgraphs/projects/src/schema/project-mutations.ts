// Over 250 lines: the mutations of a project (create, update, its data protection) share their
// input checks and the writes of src/db/project-write.ts; splitting them would split those.
import {
  badUserInput,
  clientError,
  expectVersion,
  notBefore,
  notNull,
  parseDate,
  parseKommuneArsList,
  parseText,
  parseVersion,
  runMutation,
  versionInputField,
} from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { builder } from '../builder.ts';
import type { Database } from '../db/database.ts';
import { findOzgServicesByIds } from '../db/ozg-service.ts';
import {
  findProjectLinks,
  insertProject,
  lockProject,
  projectSnapshot,
  replaceProjectLinks,
  updateProjectRow,
} from '../db/project-write.ts';
import {
  checkPhaseMove,
  PROJECT_YEARS,
  parseDataProtectionAssessment,
  parseKnownOzgServices,
  parseLeadMinistry,
  parseOzgServiceIds,
  parseProjectId,
  parseProjectPeriod,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../validation.ts';
import { DpiaStatusEnum, ProjectKindEnum, ProjectPhaseEnum } from './project-enums.ts';
import { ProjectRef } from './refs.ts';

/** BAD_USER_INPUT when an OZG-ID of `list` is not in the catalogue of this database. */
async function checkOzgServicesExist(db: Kysely<Database>, list: readonly string[]): Promise<void> {
  if (list.length === 0) return;
  const known = new Set((await findOzgServicesByIds(db, list)).map((row) => row.id));
  parseKnownOzgServices('input.ozgServiceIds', list, known);
}

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new digitalisation project, coordinated by the Kaz.',
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'Project key, "KAZ-<year>-<nn>"; must not exist yet (CONFLICT otherwise).',
    }),
    title: t.string({ required: true, description: `Title (German), 1 to ${TITLE_MAX} characters.` }),
    summary: t.string({
      required: true,
      description: `One or two sentences on what the project does (German), 1 to ${SUMMARY_MAX} characters.`,
    }),
    kind: t.field({ type: ProjectKindEnum, required: true, description: 'What kind of project this is.' }),
    phase: t.field({ type: ProjectPhaseEnum, required: true, description: 'Where the project starts.' }),
    leadMinistryId: t.id({
      required: false,
      description:
        'Organisation key of the ministry with the fachliche Federführung (lead), e.g. "mil"; null for none.',
    }),
    startDate: t.string({ required: true, description: 'Start of the project (YYYY-MM-DD).' }),
    endDate: t.string({
      required: false,
      description: 'Planned end (YYYY-MM-DD), on or after the start; null when not yet fixed.',
    }),
    municipalityArs: t.idList({
      required: { list: true, items: true },
      description: 'The ARS (12 digits) of the Kommunen that take part; at least one, each a Kommune of Brandenburg.',
    }),
    ozgServiceIds: t.idList({
      required: { list: true, items: true },
      description: 'The OZG-IDs of the OZG-Leistungen the project implements; may be empty.',
    }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'A change of a project. Leave a field out to keep it; the lists, when given, replace the stored ones.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the project to change, e.g. "KAZ-2021-01".' }),
    version: versionInputField(t, 'project'),
    title: t.string({ required: false, description: `New title (German), 1 to ${TITLE_MAX} characters.` }),
    summary: t.string({ required: false, description: `New summary (German), 1 to ${SUMMARY_MAX} characters.` }),
    phase: t.field({
      type: ProjectPhaseEnum,
      required: false,
      description:
        'New phase: any later one of PLANNED → IN_PROGRESS → PILOT → ROLLOUT → DONE, or STOPPED from any phase but ' +
        'DONE. DONE and STOPPED are final.',
    }),
    endDate: t.string({
      required: false,
      description: 'New planned end (YYYY-MM-DD), on or after the start; null clears it.',
    }),
    leadMinistryId: t.id({
      required: false,
      description: 'Organisation key of the new lead ministry; null when no ministry leads any more.',
    }),
    municipalityArs: t.idList({
      required: { list: false, items: true },
      description: 'The ARS of all Kommunen that take part from now on (replaces the list); at least one.',
    }),
    ozgServiceIds: t.idList({
      required: { list: false, items: true },
      description: 'The OZG-IDs of all OZG-Leistungen of the project from now on (replaces the list).',
    }),
  }),
});

const RecordDataProtectionAssessmentInput = builder.inputType('RecordDataProtectionAssessmentInput', {
  description:
    'The data protection of a project as the Kaz assesses it: whether it processes personal data, and where its ' +
    'Datenschutz-Folgenabschätzung (DSFA, data protection impact assessment, Art. 35 DSGVO) stands. All three ' +
    'replace the stored values.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Key of the project, e.g. "KAZ-2021-01".' }),
    version: versionInputField(t, 'project'),
    processesPersonalData: t.boolean({
      required: true,
      description: 'Whether the project processes personal data (personenbezogene Daten, DSGVO).',
    }),
    status: t.field({
      type: DpiaStatusEnum,
      required: true,
      description: 'Where the DSFA stands; NOT_REQUIRED when the project processes no personal data.',
    }),
    completedOn: t.string({
      required: false,
      description:
        'The day the DSFA was completed (YYYY-MM-DD): required with COMPLETED, not allowed otherwise; not in the ' +
        'future and not before the project’s start.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectRef,
    description:
      'Creates a project coordinated by the Kaz (not sample data) with version 1. Needs the scope projects:write.',
    args: { input: t.arg({ type: CreateProjectInput, required: true, description: 'The new project.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseProjectId('input.id', input.id);
        const title = parseText('input.title', input.title, TITLE_MAX);
        const summary = parseText('input.summary', input.summary, SUMMARY_MAX);
        const leadMinistryId = parseLeadMinistry('input.leadMinistryId', input.leadMinistryId ?? null);
        const { startDate, endDate } = parseProjectPeriod(
          { startDate: 'input.startDate', endDate: 'input.endDate' },
          input.startDate,
          input.endDate ?? null,
        );
        const links = {
          municipalityArs: parseKommuneArsList('input.municipalityArs', input.municipalityArs),
          ozgServiceIds: parseOzgServiceIds('input.ozgServiceIds', input.ozgServiceIds),
        };
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            await checkOzgServicesExist(trx, links.ozgServiceIds);
            const row = await insertProject(trx, {
              id,
              title,
              summary,
              kind: input.kind,
              phase: input.phase,
              lead_ministry_id: leadMinistryId,
              coordinator_id: 'kaz',
              start_date: startDate,
              end_date: endDate,
              is_sample: false,
            });
            if (!row) throw clientError('CONFLICT', `project ${id} exists already; choose another id`);
            await replaceProjectLinks(trx, row, links);
            return { before: null, after: projectSnapshot(row, links), result: row };
          },
        };
      }),
  }),
  updateProject: t.field({
    type: ProjectRef,
    description:
      'Changes a project and counts its version up by one. Needs the scope projects:write. NOT_FOUND for an ' +
      'unknown id, CONFLICT when `version` is not the stored one.',
    args: { input: t.arg({ type: UpdateProjectInput, required: true, description: 'What to change.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseProjectId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        const title = notNull('input.title', input.title);
        const summary = notNull('input.summary', input.summary);
        const phase = notNull('input.phase', input.phase);
        const municipalityArs = notNull('input.municipalityArs', input.municipalityArs);
        const ozgServiceIds = notNull('input.ozgServiceIds', input.ozgServiceIds);
        const changes = {
          ...(title !== undefined && { title: parseText('input.title', title, TITLE_MAX) }),
          ...(summary !== undefined && { summary: parseText('input.summary', summary, SUMMARY_MAX) }),
          ...(phase !== undefined && { phase }),
          ...(input.endDate !== undefined && {
            end_date: input.endDate === null ? null : parseDate('input.endDate', input.endDate, PROJECT_YEARS),
          }),
          ...(input.leadMinistryId !== undefined && {
            lead_ministry_id: parseLeadMinistry('input.leadMinistryId', input.leadMinistryId),
          }),
        };
        const newLinks = {
          ...(municipalityArs !== undefined && {
            municipalityArs: parseKommuneArsList('input.municipalityArs', municipalityArs),
          }),
          ...(ozgServiceIds !== undefined && {
            ozgServiceIds: parseOzgServiceIds('input.ozgServiceIds', ozgServiceIds),
          }),
        };
        if (Object.keys(changes).length + Object.keys(newLinks).length === 0) {
          throw badUserInput('input', 'name at least one field to change');
        }
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            // Lock first: the checks below depend on the stored row, which no one may change meanwhile.
            const row = expectVersion(await lockProject(trx, id), version, `project ${id}`);
            if (changes.phase) checkPhaseMove(row.phase, changes.phase);
            if (changes.end_date && changes.end_date < row.start_date) {
              throw badUserInput('input.endDate', `must not be before the start date ${row.start_date}`);
            }
            if (newLinks.ozgServiceIds) await checkOzgServicesExist(trx, newLinks.ozgServiceIds);
            const before = await findProjectLinks(trx, id);
            const updated = await updateProjectRow(trx, id, changes);
            await replaceProjectLinks(trx, updated, newLinks);
            return {
              before: projectSnapshot(row, before),
              after: projectSnapshot(updated, { ...before, ...newLinks }),
              result: updated,
            };
          },
        };
      }),
  }),
  recordDataProtectionAssessment: t.field({
    type: ProjectRef,
    description:
      'Records whether a project processes personal data and where its Datenschutz-Folgenabschätzung (DSFA, Art. 35 ' +
      'DSGVO) stands, for the LDA (data protection authority); counts the version up by one. Needs the scope ' +
      'projects:write (the Kaz). NOT_FOUND for an unknown id, CONFLICT when `version` is not the stored one.',
    args: {
      input: t.arg({
        type: RecordDataProtectionAssessmentInput,
        required: true,
        description: 'The project and its assessment.',
      }),
    },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', async () => {
        const id = parseProjectId('input.id', input.id);
        const version = parseVersion('input.version', input.version);
        const assessment = parseDataProtectionAssessment(input, ctx.clock);
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            const row = expectVersion(await lockProject(trx, id), version, `project ${id}`);
            if (assessment.dpia_completed_on !== null) {
              notBefore('input.completedOn', assessment.dpia_completed_on, row.start_date, 'the project’s start');
            }
            const links = await findProjectLinks(trx, id);
            const updated = await updateProjectRow(trx, id, assessment);
            return { before: projectSnapshot(row, links), after: projectSnapshot(updated, links), result: updated };
          },
        };
      }),
  }),
}));
