import { chunksOf, type SeedOptions } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { advisoryRows } from './advisories.ts';
import { conceptRows } from './concepts.ts';
import { incidentRows } from './incidents.ts';
import { membershipRows } from './memberships.ts';
import { recipientRows } from './recipients.ts';
import { readKommunen } from './sample-kommunen.ts';

/**
 * Writes the SAMPLE DATA of the security subgraph: incidents with the Kommunen they affect and
 * their named recipients, IT-Sicherheitskonzepte, CERT network memberships and advisories with the
 * products they name. Deterministic; a
 * second run adds nothing and changes nothing. Incidents and concepts that already exist are left
 * alone, because the mutations change them (with a version and an audit entry) and a restart must
 * not quietly undo that; memberships, which no mutation touches, are updated in place. The subgraph
 * has no reference data: with `options.sampleData` false it writes nothing.
 */
export async function seed(db: Kysely<Database>, options: SeedOptions = {}): Promise<void> {
  if (options.sampleData === false) return;
  const kommunen = readKommunen();
  const { incidents, affected } = incidentRows(kommunen);
  const recipients = recipientRows(incidents, affected, kommunen);
  const concepts = conceptRows(kommunen);
  const memberships = membershipRows(kommunen);
  const { advisories, products } = advisoryRows();
  await db.transaction().execute(async (trx) => {
    for (const rows of chunksOf(incidents)) {
      await trx
        .insertInto('security_incident')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    for (const rows of chunksOf(affected)) {
      await trx
        .insertInto('security_incident_municipality')
        .values(rows)
        .onConflict((oc) => oc.columns(['incident_id', 'ars']).doNothing())
        .execute();
    }
    for (const rows of chunksOf(recipients)) {
      await trx
        .insertInto('incident_recipient')
        .values(rows)
        .onConflict((oc) => oc.columns(['incident_id', 'recipient']).doNothing())
        .execute();
    }
    for (const rows of chunksOf(concepts)) {
      await trx
        .insertInto('security_concept')
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    for (const rows of chunksOf(memberships)) {
      await trx
        .insertInto('cert_network_membership')
        .values(rows)
        .onConflict((oc) =>
          oc.column('ars').doUpdateSet((eb) => ({
            member_since: eb.ref('excluded.member_since'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    await trx
      .insertInto('advisory')
      .values(advisories)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx
      .insertInto('advisory_product')
      .values(products)
      .onConflict((oc) => oc.columns(['advisory_id', 'vendor', 'product']).doNothing())
      .execute();
  });
}
