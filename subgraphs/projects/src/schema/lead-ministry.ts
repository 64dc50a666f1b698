import { addDays } from '@kaz/reference-data';
import {
  badUserInput,
  connectionType,
  expectVersion,
  listSize,
  loadPage,
  ORGANISATION_KEY_PATTERN,
  pageArgs,
  parsePastDate,
  runMutation,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionInputField,
} from '@kaz/subgraph-kit';
import { builder } from '../builder.ts';
import {
  findLastEndedLeadPeriod,
  type HandoverFilter,
  type HandoverRow,
  insertEndedLeadPeriod,
  listHandovers,
} from '../db/lead-ministry.ts';
import type { ProjectRow } from '../db/project.ts';
import { lockProject, updateProjectRow } from '../db/project-write.ts';
import { PROJECT_YEARS, parseLeadMinistry, parseProjectId } from '../validation.ts';
import { OrganisationRef, ProjectRef } from './refs.ts';

/** One period of a project's Federführung: ended (`to_date` set) or current (`to_date` null). */
interface LeadPeriod {
  ministry_id: string | null;
  from_date: string;
  to_date: string | null;
  is_sample: boolean;
}

const LeadMinistryPeriodRef = builder.objectRef<LeadPeriod>('LeadMinistryPeriod');
const LeadMinistryHandoverRef = builder.objectRef<HandoverRow>('LeadMinistryHandover');

LeadMinistryPeriodRef.implement({
  description:
    'A period in which one ministry (Ressort) had the fachliche Federführung (lead responsibility for the subject) ' +
    'of a project. Owned by the Kaz (projects subgraph). E-government passed from the MIK (Ministerium des Innern und ' +
    'für Kommunales) to the MdJD (Ministerium der Justiz und für Digitalisierung) on 1 February 2025, and with it ' +
    `the Federführung of the e-government projects then running. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    ministry: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The ministry that led in this period; null when no ministry led.',
      resolve: (period) => (period.ministry_id ? { id: period.ministry_id } : null),
    }),
    from: t.exposeString('from_date', { description: 'First day of the period (YYYY-MM-DD).' }),
    to: t.exposeString('to_date', {
      nullable: true,
      description: 'Last day of the period (YYYY-MM-DD); null for the current period.',
    }),
    isCurrent: t.boolean({
      description: 'Whether this is the current period (the ministry in `Project.leadMinistry`).',
      resolve: (period) => period.to_date === null,
    }),
    isSample: sampleFlagField(t),
  }),
});

LeadMinistryHandoverRef.implement({
  description:
    'A handover (Übergabe) of a project’s fachliche Federführung from one ministry to another, e.g. of the ' +
    'e-government projects from the MIK to the MdJD on 1 February 2025. Owned by the Kaz (projects subgraph), ' +
    `recorded with handOverProject. ${SAMPLE_RECORDS_NOTE}`,
  fields: (t) => ({
    project: t.field({
      type: ProjectRef,
      description: 'The project that changed hands.',
      resolve: async (handover, _args, ctx) => (await ctx.loaders.projectById.load(handover.project_id)) as ProjectRow,
    }),
    fromMinistry: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The ministry that led until the day before; null when none led.',
      resolve: (handover) => (handover.from_ministry_id ? { id: handover.from_ministry_id } : null),
    }),
    toMinistry: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'The ministry that leads from `handedOverOn`; null when none took over.',
      resolve: (handover) => (handover.to_ministry_id ? { id: handover.to_ministry_id } : null),
    }),
    handedOverOn: t.exposeString('handed_over_on', {
      description: 'The first day of the new ministry’s Federführung (YYYY-MM-DD).',
    }),
    isSample: sampleFlagField(t),
  }),
});

const LeadMinistryHandoverConnection = connectionType(builder, LeadMinistryHandoverRef, {
  description: 'A page of handovers of the fachliche Federführung of projects.',
  items: 'handovers',
  item: 'A handover',
});

builder.objectField(ProjectRef, 'leadMinistryHistory', (t) =>
  t.field({
    directives: listSize(20),
    type: [LeadMinistryPeriodRef],
    description:
      'Who had the fachliche Federführung (lead ministry) of the project when, oldest first; the last period is the ' +
      'current one (`leadMinistry`). Public, like `leadMinistry`.',
    resolve: async (project, _args, ctx) => {
      const ended = await ctx.loaders.endedLeadPeriodsOfProject.load(project.id);
      const last = ended.at(-1);
      const current: LeadPeriod = {
        ministry_id: project.lead_ministry_id,
        from_date: last ? addDays(last.to_date, 1) : project.start_date,
        to_date: null,
        is_sample: project.is_sample,
      };
      return [...ended, current];
    },
  }),
);

/** A ministry key filter (organisation key); BAD_USER_INPUT naming `field` otherwise. */
function parseMinistryFilter(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!ORGANISATION_KEY_PATTERN.test(value)) throw badUserInput(field, 'must be an organisation key, e.g. "mdjd"');
  return value;
}

builder.queryField('leadMinistryHandovers', (t) =>
  t.field({
    type: LeadMinistryHandoverConnection,
    description:
      'Handovers of the fachliche Federführung of projects between ministries, ordered by day, then project, a page ' +
      'at a time; e.g. which projects the MdJD took over from the MIK in 2025. Public, like `Project.leadMinistry`.',
    args: {
      fromMinistryId: t.arg.id({
        required: false,
        description: 'Only handovers from this ministry (organisation key, e.g. "mik").',
      }),
      toMinistryId: t.arg.id({
        required: false,
        description: 'Only handovers to this ministry (organisation key, e.g. "mdjd").',
      }),
      year: t.arg.int({ required: false, description: 'Only handovers in this calendar year.' }),
      ...pageArgs(t.arg),
    },
    resolve: (_root, args, ctx) => {
      const filter: HandoverFilter = {
        fromMinistryId: parseMinistryFilter('fromMinistryId', args.fromMinistryId),
        toMinistryId: parseMinistryFilter('toMinistryId', args.toMinistryId),
        year: args.year,
      };
      if (args.year != null && (args.year < PROJECT_YEARS.from || args.year > PROJECT_YEARS.to)) {
        throw badUserInput('year', `must be a year between ${PROJECT_YEARS.from} and ${PROJECT_YEARS.to}`);
      }
      return loadPage(args, (page) => listHandovers(ctx.db, filter, page));
    },
  }),
);

const HandOverProjectInput = builder.inputType('HandOverProjectInput', {
  description: 'A handover of a project’s fachliche Federführung (lead ministry) to another ministry.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'Key of the project, e.g. "KAZ-2021-01".' }),
    version: versionInputField(t, 'project'),
    toMinistryId: t.id({
      required: true,
      description: 'Organisation key of the ministry (Ressort) that takes over, e.g. "mdjd"; not the current one.',
    }),
    on: t.string({
      required: true,
      description:
        'The first day of the new Federführung (YYYY-MM-DD): after the first day of the current one, not after today.',
    }),
  }),
});

/** A project's lead as the audit log keeps it (before or after a handover). */
function leadSnapshot(project: ProjectRow, since: string) {
  return { id: project.id, leadMinistryId: project.lead_ministry_id, leadSince: since, version: project.version };
}

builder.mutationField('handOverProject', (t) =>
  t.field({
    type: ProjectRef,
    description:
      'Hands the fachliche Federführung of a project over to another ministry from a day on: the current period ' +
      'ends the day before, `leadMinistry` becomes the new ministry (who then reads the project’s budget, ' +
      'milestones and work orders; the previous one no longer does), and the project’s version counts up by one. ' +
      'Needs the scope projects:write (the Kaz). NOT_FOUND for an unknown project, CONFLICT for a stale version.',
    args: { input: t.arg({ type: HandOverProjectInput, required: true, description: 'The handover.' }) },
    resolve: (_root, { input }, ctx, info) =>
      runMutation(ctx, info, 'projects:write', () => {
        const id = parseProjectId('input.projectId', input.projectId);
        if (input.version < 1) throw badUserInput('input.version', 'must be the version you last read (1 or more)');
        const toMinistry = parseLeadMinistry('input.toMinistryId', input.toMinistryId) as string;
        const on = parsePastDate('input.on', input.on, ctx.clock);
        return {
          entityType: 'Project',
          entityId: id,
          work: async (trx) => {
            const project = expectVersion(await lockProject(trx, id), input.version, `project ${id}`);
            if (project.lead_ministry_id === toMinistry) {
              throw badUserInput('input.toMinistryId', `${toMinistry} leads ${id} already`);
            }
            const last = await findLastEndedLeadPeriod(trx, id);
            const since = last ? addDays(last.to_date, 1) : project.start_date;
            if (on <= since) {
              throw badUserInput('input.on', `must be after ${since}, the first day of the current Federführung`);
            }
            await insertEndedLeadPeriod(trx, {
              project_id: id,
              ministry_id: project.lead_ministry_id,
              from_date: since,
              to_date: addDays(on, -1),
              is_sample: project.is_sample,
            });
            const updated = await updateProjectRow(trx, id, { lead_ministry_id: toMinistry });
            return { before: leadSnapshot(project, since), after: leadSnapshot(updated, on), result: updated };
          },
        };
      }),
  }),
);
