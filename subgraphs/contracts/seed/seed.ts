import { chunksOf, type SeedOptions } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { sampleRows } from './rows.ts';
import { TEMPLATE_USES, TEMPLATES } from './templates.ts';

/**
 * Writes the SAMPLE DATA (procedures, contracts, licences, certificates) in one transaction, once:
 * when the database already holds contracts data, it does nothing. Everything here can be changed
 * through audited mutations (seats, allocations, renewals), and a restart on a kept database must
 * not undo those changes or bring back a released allocation. The subgraph has no reference data:
 * with `options.sampleData` false it writes nothing.
 */
export async function seed(db: Kysely<Database>, options: SeedOptions = {}): Promise<void> {
  if (options.sampleData === false) return;
  const rows = sampleRows();
  await db.transaction().execute(async (trx) => {
    const alreadySeeded = await trx.selectFrom('procurement_procedure').select('id').limit(1).executeTakeFirst();
    if (alreadySeeded) return;
    // procurement_procedure.call_off_contract_id is checked at commit, so procedures may come first.
    for (const batch of chunksOf(rows.procedures)) {
      await trx
        .insertInto('procurement_procedure')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            procedure_type: eb.ref('excluded.procedure_type'),
            status: eb.ref('excluded.status'),
            published_on: eb.ref('excluded.published_on'),
            awarded_on: eb.ref('excluded.awarded_on'),
            estimated_value_eur: eb.ref('excluded.estimated_value_eur'),
            project_id: eb.ref('excluded.project_id'),
            call_off_contract_id: eb.ref('excluded.call_off_contract_id'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const batch of chunksOf(rows.participants)) {
      await trx
        .insertInto('procurement_participant')
        .values(batch)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const batch of chunksOf(rows.contracts)) {
      await trx
        .insertInto('framework_contract')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            vendor: eb.ref('excluded.vendor'),
            starts_on: eb.ref('excluded.starts_on'),
            ends_on: eb.ref('excluded.ends_on'),
            ceiling_eur: eb.ref('excluded.ceiling_eur'),
            called_off_eur: eb.ref('excluded.called_off_eur'),
            procurement_id: eb.ref('excluded.procurement_id'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const batch of chunksOf(rows.eligibility)) {
      await trx
        .insertInto('framework_contract_eligibility')
        .values(batch)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    for (const batch of chunksOf(rows.licences)) {
      await trx
        .insertInto('licence')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            product: eb.ref('excluded.product'),
            vendor: eb.ref('excluded.vendor'),
            seats: eb.ref('excluded.seats'),
            valid_from: eb.ref('excluded.valid_from'),
            valid_to: eb.ref('excluded.valid_to'),
            annual_cost_eur: eb.ref('excluded.annual_cost_eur'),
            contract_id: eb.ref('excluded.contract_id'),
            processes_personal_data: eb.ref('excluded.processes_personal_data'),
            processor_agreement_on: eb.ref('excluded.processor_agreement_on'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const batch of chunksOf(rows.allocations)) {
      await trx
        .insertInto('licence_allocation')
        .values(batch)
        .onConflict((oc) =>
          oc.columns(['licence_id', 'ars']).doUpdateSet((eb) => ({
            seats: eb.ref('excluded.seats'),
            since: eb.ref('excluded.since'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const batch of chunksOf(rows.certificates)) {
      await trx
        .insertInto('certificate')
        .values(batch)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            common_name: eb.ref('excluded.common_name'),
            kind: eb.ref('excluded.kind'),
            issuer: eb.ref('excluded.issuer'),
            holder_ars: eb.ref('excluded.holder_ars'),
            serial_number: eb.ref('excluded.serial_number'),
            valid_from: eb.ref('excluded.valid_from'),
            valid_to: eb.ref('excluded.valid_to'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('procurement_template')
      .values(TEMPLATES)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await trx
      .insertInto('procurement_template_use')
      .values(TEMPLATE_USES)
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
}
