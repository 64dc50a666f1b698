import { chunksOf, type SeedOptions } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { SAMPLE_LEAD_MINISTRY_BY_THEMENFELD, sampleOzgRolloutRows } from './ozg-rollout.ts';
import { ozgServiceRows } from './ozg-services.ts';
import { projectTemplateRows } from './project-templates.ts';
import { sampleCooperation } from './sample-cooperation.ts';
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
    await seedOzgRolloutSamples(trx);
    // The project templates are sample data (see project-templates.ts): written once, never overwritten.
    const templates = projectTemplateRows();
    const newTemplates = await trx
      .insertInto('project_template')
      .values(templates.templates)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const freshTemplates = new Set(newTemplates.map((row) => row.id));
    const templateItems = templates.items.filter((item) => freshTemplates.has(item.template_id));
    if (templateItems.length > 0) await trx.insertInto('project_template_item').values(templateItems).execute();
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
    const cooperation = sampleCooperation(newProjects);
    for (const rows of chunksOf(cooperation.participants)) {
      await trx.insertInto('project_participant').values(rows).execute();
    }
    for (const rows of chunksOf(cooperation.groups)) await trx.insertInto('project_group').values(rows).execute();
    for (const rows of chunksOf(cooperation.members)) {
      await trx.insertInto('project_group_member').values(rows).execute();
    }
    for (const rows of chunksOf(cooperation.results)) await trx.insertInto('reusable_result').values(rows).execute();
    for (const rows of chunksOf(cooperation.requests)) await trx.insertInto('reuse_request').values(rows).execute();
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

/**
 * The SAMPLE Federführung of the OZG-Leistungen that have none yet, and the SAMPLE rollout records
 * whose key is new: a later run never undoes what a mutation recorded.
 */
async function seedOzgRolloutSamples(db: Kysely<Database>): Promise<void> {
  for (const [themenfeld, ministry] of Object.entries(SAMPLE_LEAD_MINISTRY_BY_THEMENFELD)) {
    await db
      .updateTable('ozg_service')
      .set({ lead_ministry_id: ministry, lead_ministry_is_sample: true })
      .where('themenfeld', '=', themenfeld)
      .where('lead_ministry_id', 'is', null)
      .execute();
  }
  for (const rows of chunksOf(sampleOzgRolloutRows())) {
    await db
      .insertInto('ozg_rollout')
      .values(rows)
      .onConflict((oc) => oc.columns(['ars', 'ozg_service_id']).doNothing())
      .execute();
  }
}
