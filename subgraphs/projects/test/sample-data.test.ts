import {
  readDistrictsAndAemter,
  readMunicipalities,
  readOrganisations,
  readOzgServices,
  sampleDecisionKeys,
  sampleProjectIds,
  toArs,
} from '@kaz/reference-data';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SAMPLE_AS_OF } from '../seed/sample-projects.ts';
import { projectsSubgraph } from '../src/subgraph.ts';
import { setUpSubgraph } from './support.ts';

const { subgraph } = setUpSubgraph();
const TABLES = [
  'ozg_service',
  'project',
  'project_municipality',
  'project_ozg_service',
  'milestone',
  'budget_line',
  'result_transfer',
  'work_order',
] as const;

async function snapshot() {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    result[table] = (await sql`select * from ${sql.table(table)}`.execute(subgraph.db)).rows.map((row) =>
      JSON.stringify(row),
    );
    result[table]?.sort();
  }
  return result;
}

describe('seed', () => {
  it('seeding a second time changes nothing', async () => {
    const before = await snapshot();
    await projectsSubgraph.seed(subgraph.db);
    expect(await snapshot()).toEqual(before);
  });

  it('marks every sample row as sample data and no reference row needs to be', async () => {
    for (const table of TABLES.filter((t) => t !== 'ozg_service')) {
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table)} where not is_sample`.execute(subgraph.db);
      expect(rows[0]?.n, table).toBe(0);
    }
  });

  it('gives every project 2–15 Kommunen and 1–6 OZG-Leistungen, spread over all Landkreise', async () => {
    const participations = await subgraph.db.selectFrom('project_municipality').select(['project_id', 'ars']).execute();
    const services = await subgraph.db.selectFrom('project_ozg_service').select(['project_id']).execute();
    for (const id of sampleProjectIds()) {
      const kommunen = participations.filter((p) => p.project_id === id).length;
      expect(kommunen, id).toBeGreaterThanOrEqual(2);
      expect(kommunen, id).toBeLessThanOrEqual(15);
      const ozg = services.filter((s) => s.project_id === id).length;
      expect(ozg, id).toBeGreaterThanOrEqual(1);
      expect(ozg, id).toBeLessThanOrEqual(6);
    }
    const districts = new Set(participations.map((p) => p.ars.slice(0, 5)));
    for (const landkreis of readDistrictsAndAemter().filter((d) => d.kind === 'landkreis')) {
      expect(districts.has(landkreis.key), landkreis.name).toBe(true);
    }
  });
});

describe('references to other partners', () => {
  it('refers only to real Kommunen', async () => {
    const known = new Set([
      ...readMunicipalities().map((m) => m.ars),
      ...readDistrictsAndAemter().map((d) => toArs(d.key)),
    ]);
    const used = [
      ...(await subgraph.db.selectFrom('project_municipality').select('ars').execute()),
      ...(await subgraph.db.selectFrom('result_transfer').select('ars').execute()),
    ];
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((row) => !known.has(row.ars))).toEqual([]);
  });

  it('refers only to real OZG-Leistungen', async () => {
    const known = new Set(readOzgServices().map((s) => s.ozg_id));
    const used = await subgraph.db.selectFrom('project_ozg_service').select('ozg_service_id').execute();
    expect(used.filter((row) => !known.has(row.ozg_service_id))).toEqual([]);
  });

  it('names only real ministries as lead or issuer and the Kaz as coordinator and assignee', async () => {
    const organisations = readOrganisations();
    const ministries = new Set(organisations.filter((o) => o.kind === 'ministry').map((o) => o.key));
    expect(ministries.size).toBe(10);
    const projects = await subgraph.db.selectFrom('project').select(['lead_ministry_id', 'coordinator_id']).execute();
    const orders = await subgraph.db.selectFrom('work_order').select(['issuing_ministry_id', 'assignee_id']).execute();
    for (const project of projects) {
      if (project.lead_ministry_id !== null) expect(ministries.has(project.lead_ministry_id)).toBe(true);
      expect(project.coordinator_id).toBe('kaz');
    }
    for (const order of orders) {
      if (order.issuing_ministry_id !== null) expect(ministries.has(order.issuing_ministry_id)).toBe(true);
      expect(order.assignee_id).toBe('kaz');
    }
    expect(organisations.some((o) => o.key === 'kaz')).toBe(true);
  });

  it('refers only to the sample decisions and the sample project ids', async () => {
    const decisions = new Set(sampleDecisionKeys().map((d) => d.id));
    const orders = await subgraph.db.selectFrom('work_order').select(['decision_id', 'project_id']).execute();
    expect(orders).toHaveLength(25);
    expect(orders.filter((o) => o.decision_id !== null && !decisions.has(o.decision_id))).toEqual([]);
    const projects = await subgraph.db.selectFrom('project').select('id').orderBy('id').execute();
    expect(projects.map((p) => p.id)).toEqual(sampleProjectIds());
  });
});

describe('data protection (Datenschutz-Folgenabschätzung, Art. 35 DSGVO)', () => {
  it('gives a DSFA only to projects with personal data, completed on a day after the start and before the sample day', async () => {
    const rows = await subgraph.db
      .selectFrom('project')
      .select(['id', 'start_date', 'processes_personal_data', 'dpia_status', 'dpia_completed_on'])
      .execute();
    for (const row of rows) {
      if (!row.processes_personal_data) expect(row.dpia_status, row.id).toBe('NOT_REQUIRED');
      if (row.dpia_status !== 'COMPLETED') expect(row.dpia_completed_on, row.id).toBeNull();
      else {
        expect(row.dpia_completed_on, row.id).not.toBeNull();
        expect(row.dpia_completed_on! >= row.start_date, row.id).toBe(true);
        expect(row.dpia_completed_on! <= SAMPLE_AS_OF, row.id).toBe(true);
      }
    }
    expect(rows.filter((row) => row.processes_personal_data).length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.dpia_status === 'COMPLETED').length).toBeGreaterThan(0);
  });

  it('refuses a DSFA without personal data and a completion day without a completed DSFA, or the other way round', async () => {
    const id = 'KAZ-2021-01';
    for (const change of [
      { processes_personal_data: false, dpia_status: 'IN_PROGRESS', dpia_completed_on: null },
      { processes_personal_data: true, dpia_status: 'COMPLETED', dpia_completed_on: null },
      { processes_personal_data: true, dpia_status: 'IN_PROGRESS', dpia_completed_on: '2024-01-01' },
    ] as const) {
      await expect(
        subgraph.db.updateTable('project').set(change).where('id', '=', id).execute(),
        JSON.stringify(change),
      ).rejects.toThrow(/check/i);
    }
    await expect(sql`update project set dpia_status = 'WAIVED' where id = ${id}`.execute(subgraph.db)).rejects.toThrow(
      /check/i,
    );
  });
});

describe('constraints', () => {
  it('rejects a negative budget amount, an end before the start and an unknown phase', async () => {
    await expect(
      subgraph.db
        .insertInto('budget_line')
        .values({ project_id: 'KAZ-2021-01', year: 2030, source: 'EU', amount_eur: -1, is_sample: true })
        .execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      subgraph.db.updateTable('project').set({ end_date: '2000-01-01' }).where('id', '=', 'KAZ-2021-01').execute(),
    ).rejects.toThrow(/check/i);
    await expect(
      sql`update project set phase = 'PAUSED' where id = 'KAZ-2021-01'`.execute(subgraph.db),
    ).rejects.toThrow(/check/i);
  });
});
