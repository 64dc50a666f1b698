import {
  badUserInput,
  entityById,
  listSize,
  loadPage,
  ORGANISATION_KEY_PATTERN,
  pageArgs,
  parseArs,
  SAMPLE_RECORDS_NOTE,
  sampleFlagField,
  versionField,
} from '@kaz/subgraph-kit';
import { requireProjectInternalsRead, requireWorkOrderRead } from '../access.ts';
import { builder } from '../builder.ts';
import { listProjects, type ProjectFilter } from '../db/project.ts';
import { PROJECT_YEARS, parseProjectId } from '../validation.ts';
import { OZG_ID_PATTERN } from './ozg-service.ts';
import { DpiaStatusEnum, ProjectKindEnum, ProjectPhaseEnum } from './project-enums.ts';
import {
  BudgetLineRef,
  MilestoneRef,
  MunicipalityRef,
  OrganisationRef,
  OzgServiceRef,
  ProjectConnection,
  ProjectRef,
  ResultTransferRef,
  WorkOrderRef,
} from './refs.ts';

ProjectRef.implement({
  description:
    'A digitalisation project of the Kommunen that the Kaz coordinates (OZG, BbgEGovG): who leads it, which Kommunen ' +
    'take part, which OZG-Leistungen it implements, its milestones, budget and the Kommunen that reuse its result. ' +
    SAMPLE_RECORDS_NOTE,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Project key, "KAZ-<year>-<nn>" (year the project was commissioned).' }),
    title: t.exposeString('title', { description: 'Title of the project (German).' }),
    summary: t.exposeString('summary', { description: 'One or two sentences on what the project does (German).' }),
    kind: t.field({ type: ProjectKindEnum, description: 'What kind of project this is.', resolve: (p) => p.kind }),
    phase: t.field({ type: ProjectPhaseEnum, description: 'Where the project stands.', resolve: (p) => p.phase }),
    leadMinistry: t.field({
      type: OrganisationRef,
      nullable: true,
      description:
        'The ministry (Ressort) with the fachliche Federführung (lead responsibility for the subject); null when ' +
        'no ministry leads, e.g. for purely municipal infrastructure.',
      resolve: (p) => (p.lead_ministry_id ? { id: p.lead_ministry_id } : null),
    }),
    coordinator: t.field({
      type: OrganisationRef,
      description: 'The organisation that coordinates the project operationally: the Kaz.',
      resolve: (p) => ({ id: p.coordinator_id }),
    }),
    startDate: t.exposeString('start_date', { description: 'Start of the project (YYYY-MM-DD).' }),
    endDate: t.exposeString('end_date', {
      nullable: true,
      description: 'Planned end of the project (YYYY-MM-DD); null when not yet fixed.',
    }),
    processesPersonalData: t.exposeBoolean('processes_personal_data', {
      description:
        'Whether the project processes personal data (personenbezogene Daten, DSGVO/GDPR), as recorded by the Kaz ' +
        '(recordDataProtectionAssessment); false until recorded.',
    }),
    dpiaStatus: t.field({
      type: DpiaStatusEnum,
      description:
        'Where the project’s Datenschutz-Folgenabschätzung (DSFA, data protection impact assessment under Art. 35 ' +
        'DSGVO) stands, as recorded by the Kaz; always NOT_REQUIRED when the project processes no personal data.',
      resolve: (p) => p.dpia_status,
    }),
    dpiaCompletedOn: t.exposeString('dpia_completed_on', {
      nullable: true,
      description: 'The day the DSFA (Art. 35 DSGVO) was completed (YYYY-MM-DD); null unless dpiaStatus is COMPLETED.',
    }),
    municipalities: t.field({
      directives: listSize(100),
      type: [MunicipalityRef],
      description:
        'The Kommunen (Landkreise, kreisfreie Städte, Gemeinden) that take part, ordered by ARS; at most the first 100 ' +
        '(Municipality.projects answers from the other side without a cap).',
      resolve: async (p, _args, ctx) =>
        (await ctx.loaders.municipalitiesOfProject.load(p.id)).map((row) => ({ ars: row.ars })),
    }),
    ozgServices: t.field({
      directives: listSize(20),
      type: [OzgServiceRef],
      description: 'The OZG-Leistungen the project implements or supports, ordered by OZG-ID.',
      resolve: (p, _args, ctx) => ctx.loaders.ozgServicesOfProject.load(p.id),
    }),
    milestones: t.field({
      directives: listSize(100),
      type: [MilestoneRef],
      nullable: true,
      description:
        'The milestones (Meilensteine) of the project, in their planned order. Internal: for the Kaz ' +
        '(projects:write) and the lead ministry; null with FORBIDDEN (UNAUTHENTICATED without a token) for others.',
      resolve: (p, _args, ctx) => {
        requireProjectInternalsRead(ctx.principal, p);
        return ctx.loaders.milestonesOfProject.load(p.id);
      },
    }),
    budget: t.field({
      directives: listSize(200),
      type: [BudgetLineRef],
      nullable: true,
      description:
        'The budget by year and funding source, ordered by year, then source. Internal: for the Kaz ' +
        '(projects:write) and the lead ministry; null with FORBIDDEN (UNAUTHENTICATED without a token) for others.',
      resolve: (p, _args, ctx) => {
        requireProjectInternalsRead(ctx.principal, p);
        return ctx.loaders.budgetLinesOfProject.load(p.id);
      },
    }),
    budgetTotalEur: t.float({
      nullable: true,
      description:
        'The sum of all budget lines in euros. Internal: for the Kaz (projects:write) and the lead ministry; null ' +
        'with FORBIDDEN (UNAUTHENTICATED without a token) for others.',
      resolve: async (p, _args, ctx) => {
        requireProjectInternalsRead(ctx.principal, p);
        const lines = await ctx.loaders.budgetLinesOfProject.load(p.id);
        // Sum in cents so that the total is exact to the cent.
        return lines.reduce((cents, line) => cents + Math.round(line.amount_eur * 100), 0) / 100;
      },
    }),
    resultTransfers: t.field({
      directives: listSize(100),
      type: [ResultTransferRef],
      description:
        'Ergebnistransfer (Nachnutzung): the Kommunen outside the project that reuse its result, ordered by date.',
      resolve: (p, _args, ctx) => ctx.loaders.resultTransfersOfProject.load(p.id),
    }),
    workOrders: t.field({
      directives: listSize(50),
      type: [WorkOrderRef],
      nullable: true,
      description:
        'The work orders (Arbeitsaufträge) that resulted in this project, ordered by id. Internal: for the Kaz ' +
        '(projects:write) and the lead ministry when it may read work orders (workorders:write; they are its own ' +
        'under rule read.workorder); null with FORBIDDEN (UNAUTHENTICATED without a token) for others.',
      resolve: (p, _args, ctx) => {
        // Both rules apply: read.project.internal (whose project) and read.workorder (who reads work orders).
        requireProjectInternalsRead(ctx.principal, p);
        requireWorkOrderRead(ctx.principal);
        return ctx.loaders.workOrdersOfProject.load(p.id);
      },
    }),
    version: versionField(t, 'project'),
    isSample: sampleFlagField(t),
  }),
});

entityById(builder, ProjectRef, (id, ctx) => ctx.loaders.projectById.load(id));

const ProjectFilterInput = builder.inputType('ProjectFilter', {
  description: 'Narrows the list of projects; all given parts must match.',
  fields: (t) => ({
    phases: t.field({
      type: [ProjectPhaseEnum],
      required: false,
      description: 'Only projects in one of these phases.',
    }),
    kinds: t.field({ type: [ProjectKindEnum], required: false, description: 'Only projects of these kinds.' }),
    leadMinistryId: t.id({
      required: false,
      description: 'Only projects led (fachliche Federführung) by this ministry (its organisation key, e.g. "mil").',
    }),
    municipalityArs: t.id({
      required: false,
      description: 'Only projects this Kommune takes part in (its 12-digit ARS).',
    }),
    themenfeld: t.string({
      required: false,
      description: 'Only projects with at least one OZG-Leistung of this Themenfeld (exact name).',
    }),
    ozgServiceId: t.id({
      required: false,
      description: 'Only projects that implement this OZG-Leistung (its OZG-ID).',
    }),
    year: t.int({
      required: false,
      description:
        'Only projects that run during this calendar year (start on or before 31 December, end on or after 1 January).',
    }),
    processesPersonalData: t.boolean({
      required: false,
      description:
        'Only projects that do (true) or do not (false) process personal data (DSGVO). Every project with a ' +
        'Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO) other than NOT_REQUIRED is among those that do.',
    }),
  }),
});

/** Checks the keys in a project filter; throws BAD_USER_INPUT naming the first malformed one. */
function validateFilter(filter: ProjectFilter): void {
  if (filter.leadMinistryId != null && !ORGANISATION_KEY_PATTERN.test(filter.leadMinistryId))
    throw badUserInput('filter.leadMinistryId', 'must be an organisation key, e.g. "mil"');
  if (filter.municipalityArs != null) parseArs('filter.municipalityArs', filter.municipalityArs);
  if (filter.ozgServiceId != null && !OZG_ID_PATTERN.test(filter.ozgServiceId))
    throw badUserInput('filter.ozgServiceId', 'must be an OZG-ID of 5 digits');
  if (filter.year != null && (filter.year < PROJECT_YEARS.from || filter.year > PROJECT_YEARS.to))
    throw badUserInput('filter.year', `must be a year between ${PROJECT_YEARS.from} and ${PROJECT_YEARS.to}`);
}

builder.queryFields((t) => ({
  project: t.field({
    type: ProjectRef,
    nullable: true,
    description: 'One project by its id. A malformed id is BAD_USER_INPUT; an unknown one gives null.',
    args: { id: t.arg.id({ required: true, description: 'Project key, e.g. "KAZ-2021-01".' }) },
    resolve: (_root, { id }, ctx) => {
      return ctx.loaders.projectById.load(parseProjectId('id', id));
    },
  }),
  projects: t.field({
    nullable: true,
    type: ProjectConnection,
    description: 'Projects matching the filter, ordered by id, a page at a time.',
    args: {
      filter: t.arg({ type: ProjectFilterInput, required: false, description: 'Which projects to list.' }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const filter = args.filter ?? {};
      validateFilter(filter);
      return loadPage(
        args,
        (page) => listProjects(ctx.db, filter, page),
        (row) => ctx.loaders.projectById.prime(row.id, row),
      );
    },
  }),
}));
