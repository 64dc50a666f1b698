import type { Kysely } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { conceptRows } from './concepts.ts';
import { incidentRows } from './incidents.ts';
import { membershipRows } from './memberships.ts';
import { readKommunen } from './sample-kommunen.ts';

const CHUNK = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) result.push(rows.slice(i, i + CHUNK));
  return result;
}

/**
 * Writes the SAMPLE DATA of the security subgraph: incidents with the Kommunen they affect,
 * IT-Sicherheitskonzepte and CERT network memberships. Deterministic; a second run updates rows in
 * place to the same values and adds nothing. Version and timestamps are left alone, so a second run
 * changes nothing at all.
 */
export async function seed(db: Kysely<Database>): Promise<void> {
  const kommunen = readKommunen();
  const { incidents, affected } = incidentRows(kommunen);
  const concepts = conceptRows(kommunen);
  const memberships = membershipRows(kommunen);
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(incidents)) {
      await trx
        .insertInto('security_incident')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            title: eb.ref('excluded.title'),
            category: eb.ref('excluded.category'),
            severity: eb.ref('excluded.severity'),
            status: eb.ref('excluded.status'),
            tlp: eb.ref('excluded.tlp'),
            detected_at: eb.ref('excluded.detected_at'),
            reported_at: eb.ref('excluded.reported_at'),
            resolved_at: eb.ref('excluded.resolved_at'),
            reporter_organisation_id: eb.ref('excluded.reporter_organisation_id'),
            reporting_municipality_ars: eb.ref('excluded.reporting_municipality_ars'),
            personal_data_involved: eb.ref('excluded.personal_data_involved'),
            lda_notification_due_at: eb.ref('excluded.lda_notification_due_at'),
            lda_notified_at: eb.ref('excluded.lda_notified_at'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const rows of chunks(affected)) {
      await trx
        .insertInto('security_incident_municipality')
        .values(rows)
        .onConflict((oc) => oc.columns(['incident_id', 'ars']).doNothing())
        .execute();
    }
    for (const rows of chunks(concepts)) {
      await trx
        .insertInto('security_concept')
        .values(rows)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            ars: eb.ref('excluded.ars'),
            basis: eb.ref('excluded.basis'),
            status: eb.ref('excluded.status'),
            adopted_on: eb.ref('excluded.adopted_on'),
            review_due_on: eb.ref('excluded.review_due_on'),
            is_sample: eb.ref('excluded.is_sample'),
          })),
        )
        .execute();
    }
    for (const rows of chunks(memberships)) {
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
  });
}
