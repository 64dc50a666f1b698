import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { ozgServiceRows } from './ozg-services.ts';
import { sampleProjects } from './sample-projects.ts';
import { sampleWorkOrders } from './sample-work-orders.ts';

const CHUNK = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) result.push(rows.slice(i, i + CHUNK));
  return result;
}

/**
 * Writes the 557 OZG-Leistungen (reference data) and the sample projects and work orders. Every
 * row is upserted by its key with the same values, so a second run changes nothing (not even
 * `updated_at` or `version`).
 */
export async function seed(db: Kysely<Database>): Promise<void> {
  const projects = sampleProjects();
  const workOrders = sampleWorkOrders(projects);
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(ozgServiceRows())) {
      await trx
        .insertInto('ozg_service')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            themenfeld: eb.ref('excluded.themenfeld'),
            lebenslage: eb.ref('excluded.lebenslage'),
            leika_keys: eb.ref('excluded.leika_keys'),
            leika_types: eb.ref('excluded.leika_types'),
            source_date: eb.ref('excluded.source_date'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('project')
      .values(projects.map((p) => p.project))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          summary: eb.ref('excluded.summary'),
          kind: eb.ref('excluded.kind'),
          phase: eb.ref('excluded.phase'),
          lead_ministry_id: eb.ref('excluded.lead_ministry_id'),
          coordinator_id: eb.ref('excluded.coordinator_id'),
          start_date: eb.ref('excluded.start_date'),
          end_date: eb.ref('excluded.end_date'),
          is_sample: eb.ref('excluded.is_sample'),
        })),
      )
      .execute();
    for (const rows of chunks(projects.flatMap((p) => p.municipalities))) {
      await trx
        .insertInto('project_municipality')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const rows of chunks(projects.flatMap((p) => p.ozgServices))) {
      await trx
        .insertInto('project_ozg_service')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const rows of chunks(projects.flatMap((p) => p.milestones))) {
      await trx
        .insertInto('milestone')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['project_id', 'position']).doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            due_on: eb.ref('excluded.due_on'),
            reached_on: eb.ref('excluded.reached_on'),
          })),
        )
        .execute();
    }
    for (const rows of chunks(projects.flatMap((p) => p.budgetLines))) {
      await trx
        .insertInto('budget_line')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['project_id', 'year', 'source'])
            .doUpdateSet((eb) => ({ amount_eur: eb.ref('excluded.amount_eur') })),
        )
        .execute();
    }
    for (const rows of chunks(projects.flatMap((p) => p.resultTransfers))) {
      await trx
        .insertInto('result_transfer')
        .values(rows)
        .onConflict((oc) =>
          oc.columns(['project_id', 'ars']).doUpdateSet((eb) => ({ since: eb.ref('excluded.since') })),
        )
        .execute();
    }
    await trx
      .insertInto('work_order')
      .values(workOrders)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'),
          decision_id: eb.ref('excluded.decision_id'),
          issuing_ministry_id: eb.ref('excluded.issuing_ministry_id'),
          assignee_id: eb.ref('excluded.assignee_id'),
          issued_on: eb.ref('excluded.issued_on'),
          due_date: eb.ref('excluded.due_date'),
          status: eb.ref('excluded.status'),
          project_id: eb.ref('excluded.project_id'),
          is_sample: eb.ref('excluded.is_sample'),
        })),
      )
      .execute();
  });
}
