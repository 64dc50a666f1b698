import { chunksOf, type SeedOptions } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { ozgServiceRows } from './ozg-services.ts';
import { sampleProjects } from './sample-projects.ts';
import { sampleSupportRequests } from './sample-support-requests.ts';
import { sampleWorkOrders } from './sample-work-orders.ts';

/**
 * Writes the 557 OZG-Leistungen (reference data) and, unless `options.sampleData` is false, the
 * sample projects, work orders and support requests. The
 * reference rows are upserted by their key; sample projects and work orders are only inserted when
 * their key is new, and a project's Kommunen, OZG-Leistungen, milestones, budget and transfers only
 * together with the project. So a second run changes nothing, and no run undoes what a mutation
 * changed (which the audit log would not show).
 */
export async function seed(db: Kysely<Database>, options: SeedOptions = {}): Promise<void> {
  const sampleData = options.sampleData ?? true;
  const projects = sampleData ? sampleProjects() : [];
  const workOrders = sampleData ? sampleWorkOrders(projects) : [];
  await db.transaction().execute(async (trx) => {
    for (const rows of chunksOf(ozgServiceRows())) {
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
    if (!sampleData) return;
    const inserted = await trx
      .insertInto('project')
      .values(projects.map((p) => p.project))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const fresh = new Set(inserted.map((row) => row.id));
    const newProjects = projects.filter((p) => fresh.has(p.project.id));
    for (const rows of chunksOf(newProjects.flatMap((p) => p.municipalities))) {
      await trx.insertInto('project_municipality').values(rows).execute();
    }
    for (const rows of chunksOf(newProjects.flatMap((p) => p.ozgServices))) {
      await trx.insertInto('project_ozg_service').values(rows).execute();
    }
    for (const rows of chunksOf(newProjects.flatMap((p) => p.milestones))) {
      await trx.insertInto('milestone').values(rows).execute();
    }
    for (const rows of chunksOf(newProjects.flatMap((p) => p.budgetLines))) {
      await trx.insertInto('budget_line').values(rows).execute();
    }
    for (const rows of chunksOf(newProjects.flatMap((p) => p.resultTransfers))) {
      await trx.insertInto('result_transfer').values(rows).execute();
    }
    for (const rows of chunksOf(newProjects.flatMap((p) => p.leadMinistryPeriods))) {
      await trx.insertInto('project_lead_ministry').values(rows).execute();
    }
    await trx
      .insertInto('work_order')
      .values(workOrders)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('support_request')
      .values(sampleSupportRequests(projects, workOrders))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  });
}
