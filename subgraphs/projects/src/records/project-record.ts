import { chunksOf, notBefore, parseKommuneArsList, parseText } from '@kaz/subgraph-kit';
import {
  booleanOf,
  type ChunkOutcome,
  collectIssues,
  listOf,
  type RecordChange,
  type RecordColumn,
  type RecordType,
  type RecordValues,
  sameRecord,
  textOf,
  textOrNullOf,
} from '@kaz/subgraph-kit/records';
import { type Insertable, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { findOzgServicesByIds } from '../db/ozg-service.ts';
import {
  DPIA_STATUSES,
  type DpiaStatus,
  PROJECT_KINDS,
  PROJECT_PHASES,
  type ProjectKind,
  type ProjectPhase,
  type ProjectRow,
  type ProjectTable,
} from '../db/project.ts';
import { findLinksOfProjects, type ProjectLinks, projectSnapshot } from '../db/project-write.ts';
import {
  checkPhaseMove,
  type DataProtectionAssessment,
  parseDataProtectionAssessment,
  parseKnownOzgServices,
  parseLeadMinistry,
  parseOzgServiceIds,
  parseProjectId,
  parseProjectPeriod,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../validation.ts';

/** A project as one row of an import file gives it, checked. */
export interface ProjectRecord {
  id: string;
  title: string;
  summary: string;
  kind: ProjectKind;
  phase: ProjectPhase;
  leadMinistryId: string | null;
  startDate: string;
  endDate: string | null;
  links: ProjectLinks;
  dataProtection: DataProtectionAssessment;
}

const columns: readonly RecordColumn[] = [
  {
    name: 'id',
    kind: 'text',
    required: true,
    description: 'Project key "KAZ-<year>-<nn>". A key the hub knows updates that project; a new key creates one.',
    example: 'KAZ-2026-07',
  },
  {
    name: 'title',
    kind: 'text',
    required: true,
    description: `Title (German), 1 to ${TITLE_MAX} characters.`,
    example: 'Digitaler Bauantrag im Landkreis',
  },
  {
    name: 'summary',
    kind: 'text',
    required: true,
    description: `One or two sentences on what the project does (German), 1 to ${SUMMARY_MAX} characters.`,
    example: 'Einführung des digitalen Bauantrags in den Bauaufsichtsbehörden.',
  },
  {
    name: 'kind',
    kind: 'text',
    required: true,
    allowed: PROJECT_KINDS,
    description: 'What kind of project this is; fixed once the project exists.',
    example: 'OZG_IMPLEMENTATION',
  },
  {
    name: 'phase',
    kind: 'text',
    required: true,
    allowed: PROJECT_PHASES,
    description:
      'Where the project stands. A known project may only move forward (PLANNED → IN_PROGRESS → PILOT → ROLLOUT → DONE) or to STOPPED; DONE and STOPPED are final.',
    example: 'IN_PROGRESS',
  },
  {
    name: 'leadMinistryId',
    kind: 'text',
    required: false,
    description:
      'Organisation key of the ministry (Ressort) with the fachliche Federführung (lead), e.g. "mil"; empty for none.',
    example: 'mil',
  },
  {
    name: 'startDate',
    kind: 'date',
    required: true,
    description: 'Start (YYYY-MM-DD, 1990–2100); fixed once the project exists.',
    example: '2026-01-15',
  },
  {
    name: 'endDate',
    kind: 'date',
    required: false,
    description: 'Planned end (YYYY-MM-DD), not before the start; empty when not yet fixed.',
    example: '2027-12-31',
  },
  {
    name: 'municipalityArs',
    kind: 'list',
    required: true,
    description:
      'The 12-digit ARS (Amtlicher Regionalschlüssel) of the Kommunen that take part: at least one, each a Kommune of Brandenburg, none twice.',
    example: '120510000000;120540000000',
  },
  {
    name: 'ozgServiceIds',
    kind: 'list',
    required: false,
    description:
      'The OZG-IDs (5 digits) of the OZG-Leistungen the project implements, each in the catalogue; may be empty.',
    example: '10000',
  },
  {
    name: 'processesPersonalData',
    kind: 'boolean',
    required: false,
    description: 'Whether the project processes personal data (personenbezogene Daten, DSGVO); empty means false.',
    example: 'true',
  },
  {
    name: 'dpiaStatus',
    kind: 'text',
    required: false,
    allowed: DPIA_STATUSES,
    description:
      'Where its Datenschutz-Folgenabschätzung (DSFA, Art. 35 DSGVO) stands; must be NOT_REQUIRED without personal data; empty means NOT_REQUIRED.',
    example: 'COMPLETED',
  },
  {
    name: 'dpiaCompletedOn',
    kind: 'date',
    required: false,
    description:
      'The day the DSFA was completed (YYYY-MM-DD): given exactly with COMPLETED, not in the future, not before the start.',
    example: '2026-03-02',
  },
];

/** The row of the project table a record stands for; `stored` keeps its coordinator. */
function projectRow(record: ProjectRecord, stored: ProjectRow | undefined): Insertable<ProjectTable> {
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    kind: record.kind,
    phase: record.phase,
    lead_ministry_id: record.leadMinistryId,
    coordinator_id: stored?.coordinator_id ?? 'kaz',
    start_date: record.startDate,
    end_date: record.endDate,
    ...record.dataProtection,
    is_sample: false,
  };
}

/** A project of the Kaz (projects subgraph): the Kaz's project list. */
export const projectRecords: RecordType<Database, ProjectRecord> = {
  name: 'Project',
  subgraph: 'projects',
  writeScope: 'projects:write',
  columns,
  keyDescription: 'project id',
  parse(values, check, clock) {
    const id = check('id', () => parseProjectId('id', textOf(values, 'id')));
    const title = check('title', () => parseText('title', textOf(values, 'title'), TITLE_MAX));
    const summary = check('summary', () => parseText('summary', textOf(values, 'summary'), SUMMARY_MAX));
    const leadMinistryId = check('leadMinistryId', () =>
      parseLeadMinistry('leadMinistryId', textOrNullOf(values, 'leadMinistryId')),
    );
    const period = check('startDate', () =>
      parseProjectPeriod(
        { startDate: 'startDate', endDate: 'endDate' },
        textOf(values, 'startDate'),
        textOrNullOf(values, 'endDate'),
      ),
    );
    const municipalityArs = check('municipalityArs', () =>
      parseKommuneArsList('municipalityArs', listOf(values, 'municipalityArs')),
    );
    const ozgServiceIds = check('ozgServiceIds', () =>
      parseOzgServiceIds('ozgServiceIds', listOf(values, 'ozgServiceIds')),
    );
    const dataProtection = check('dpiaStatus', () =>
      parseDataProtectionAssessment(
        {
          processesPersonalData: booleanOf(values, 'processesPersonalData', false),
          status: (textOrNullOf(values, 'dpiaStatus') ?? 'NOT_REQUIRED') as DpiaStatus,
          completedOn: textOrNullOf(values, 'dpiaCompletedOn'),
        },
        clock,
        { status: 'dpiaStatus', completedOn: 'dpiaCompletedOn' },
      ),
    );
    if (
      id === undefined ||
      title === undefined ||
      summary === undefined ||
      leadMinistryId === undefined ||
      period === undefined ||
      municipalityArs === undefined ||
      ozgServiceIds === undefined ||
      dataProtection === undefined
    ) {
      return undefined;
    }
    const completedOn = dataProtection.dpia_completed_on;
    if (completedOn !== null) {
      check('dpiaCompletedOn', () =>
        notBefore('dpiaCompletedOn', completedOn, period.startDate, 'the project’s start'),
      );
    }
    return {
      id,
      title,
      summary,
      kind: textOf(values, 'kind') as ProjectKind,
      phase: textOf(values, 'phase') as ProjectPhase,
      leadMinistryId,
      startDate: period.startDate,
      endDate: period.endDate,
      links: { municipalityArs, ozgServiceIds },
      dataProtection,
    };
  },
  keyOf: (record) => record.id,
  async writeChunk(trx, rows): Promise<ChunkOutcome> {
    const ids = rows.map((row) => row.record.id);
    const stored = new Map(
      (await trx.selectFrom('project').selectAll().where('id', 'in', ids).forUpdate().execute()).map((row) => [
        row.id,
        row,
      ]),
    );
    const storedLinks = await findLinksOfProjects(trx, [...stored.keys()]);
    const named = [...new Set(rows.flatMap((row) => row.record.links.ozgServiceIds))];
    const known = new Set(named.length > 0 ? (await findOzgServicesByIds(trx, named)).map((row) => row.id) : []);

    const outcome: ChunkOutcome = { issues: [], changes: [], inserted: 0, updated: 0, unchanged: 0 };
    const writes: { row: Insertable<ProjectTable>; links: ProjectLinks; before?: ProjectRow | undefined }[] = [];
    for (const { line, record } of rows) {
      const before = stored.get(record.id);
      const issues = collectIssues(line, (check) => {
        check('ozgServiceIds', () => parseKnownOzgServices('ozgServiceIds', record.links.ozgServiceIds, known));
        if (!before) return;
        check('id', () => {
          if (before.is_sample) throw new Error(`${record.id} is a sample project; sample data is not imported over`);
        });
        check('phase', () => checkPhaseMove(before.phase, record.phase, 'phase'));
        check('kind', () => {
          if (record.kind !== before.kind)
            throw new Error(`is ${before.kind} and cannot change (as with updateProject)`);
        });
        check('startDate', () => {
          if (record.startDate !== before.start_date) {
            throw new Error(`is ${before.start_date} and cannot change (as with updateProject)`);
          }
        });
      });
      if (issues.length > 0) {
        outcome.issues.push(...issues);
        continue;
      }
      const row = projectRow(record, before);
      const beforeLinks = storedLinks.get(record.id);
      if (
        before &&
        beforeLinks &&
        sameRecord(
          projectSnapshot(before, beforeLinks),
          projectSnapshot({ ...before, ...row } as ProjectRow, record.links),
        )
      ) {
        outcome.unchanged++;
        continue;
      }
      writes.push({ row, links: record.links, before });
    }
    if (writes.length === 0) return outcome;

    const written = await trx
      .insertInto('project')
      .values(writes.map((write) => write.row))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          summary: eb.ref('excluded.summary'),
          phase: eb.ref('excluded.phase'),
          lead_ministry_id: eb.ref('excluded.lead_ministry_id'),
          end_date: eb.ref('excluded.end_date'),
          processes_personal_data: eb.ref('excluded.processes_personal_data'),
          dpia_status: eb.ref('excluded.dpia_status'),
          dpia_completed_on: eb.ref('excluded.dpia_completed_on'),
          version: sql`project.version + 1`,
          updated_at: sql`now()`,
        })),
      )
      .returningAll()
      .execute();
    const rowsById = new Map(written.map((row) => [row.id, row]));
    const replaced = writes.filter((write) => write.before).map((write) => write.row.id);
    if (replaced.length > 0) {
      await trx.deleteFrom('project_municipality').where('project_id', 'in', replaced).execute();
      await trx.deleteFrom('project_ozg_service').where('project_id', 'in', replaced).execute();
    }
    const municipalities = writes.flatMap((write) =>
      write.links.municipalityArs.map((ars) => ({ project_id: write.row.id, ars, is_sample: false })),
    );
    for (const chunk of chunksOf(municipalities, 2000))
      await trx.insertInto('project_municipality').values(chunk).execute();
    const services = writes.flatMap((write) =>
      write.links.ozgServiceIds.map((ozg) => ({ project_id: write.row.id, ozg_service_id: ozg, is_sample: false })),
    );
    for (const chunk of chunksOf(services, 2000)) await trx.insertInto('project_ozg_service').values(chunk).execute();

    for (const write of writes) {
      const after = rowsById.get(write.row.id) as ProjectRow;
      const change: RecordChange = {
        entityId: write.row.id,
        before: write.before ? projectSnapshot(write.before, storedLinks.get(write.row.id) as ProjectLinks) : null,
        after: projectSnapshot(after, write.links),
      };
      outcome.changes.push(change);
      if (write.before) outcome.updated++;
      else outcome.inserted++;
    }
    return outcome;
  },
  async exportPage(db, after, limit) {
    let query = db.selectFrom('project').selectAll().where('is_sample', '=', false);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.orderBy('id').limit(limit).execute();
    const links = await findLinksOfProjects(
      db,
      rows.map((row) => row.id),
    );
    return rows.map((row): RecordValues => {
      const { municipalityArs, ozgServiceIds } = links.get(row.id) as ProjectLinks;
      return {
        id: row.id,
        title: row.title,
        summary: row.summary,
        kind: row.kind,
        phase: row.phase,
        leadMinistryId: row.lead_ministry_id,
        startDate: row.start_date,
        endDate: row.end_date,
        municipalityArs,
        ozgServiceIds,
        processesPersonalData: row.processes_personal_data,
        dpiaStatus: row.dpia_status,
        dpiaCompletedOn: row.dpia_completed_on,
      };
    });
  },
  exportKeyOf: (values) => values.id as string,
};
