import { newReference } from '@kaz/subgraph-kit';
import { type Kysely, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';
import type { IncidentRow, NewIncident, SecurityIncidentTable } from './security-incident.ts';
import { type IncidentVisibility, isIncidentVisible } from './visibility.ts';

// Writes run inside the transaction of `audited`; they take a `Kysely<Database>` because a
// kysely Transaction is one.

/**
 * A new incident reference, "CERT-BB-" and 60 random bits ("CERT-BB-7QK3-M9XA-2DHF"): it cannot run
 * out and says nothing about how many incidents exist or when they were detected (the numbered
 * references of before, "CERT-BB-<year>-<nnnn>", told both and ran out at 9999 a year).
 */
export function newIncidentId(trx: Kysely<Database>): Promise<string> {
  return newReference('CERT-BB-', async (id) =>
    Boolean(await trx.selectFrom('security_incident').select('id').where('id', '=', id).executeTakeFirst()),
  );
}

/** Inserts an incident with the Kommunen it affects and its named recipients; returns the stored row. */
export async function insertIncident(
  trx: Kysely<Database>,
  incident: NewIncident,
  affectedArs: readonly string[],
  recipients: readonly string[],
): Promise<IncidentRow> {
  const row = await trx.insertInto('security_incident').values(incident).returningAll().executeTakeFirstOrThrow();
  await trx
    .insertInto('security_incident_municipality')
    .values(affectedArs.map((ars) => ({ incident_id: row.id, ars })))
    .execute();
  if (recipients.length > 0) {
    await trx
      .insertInto('incident_recipient')
      .values(recipients.map((recipient) => ({ incident_id: row.id, recipient })))
      .execute();
  }
  return row;
}

/** The incident row, locked for update until the transaction ends; undefined when there is none. */
export function lockIncident(trx: Kysely<Database>, id: string) {
  return trx.selectFrom('security_incident').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The incident locked for this transaction, or undefined when it is missing or hidden by its TLP
 * marking from a writer who sees `visibility`: a writer with security:write but without security:read
 * gets the same NOT_FOUND for a hidden incident as for a missing one, never a CONFLICT naming its version.
 */
export async function lockVisibleIncident(trx: Kysely<Database>, visibility: IncidentVisibility, id: string) {
  const row = await lockIncident(trx, id);
  if (!row || !(await isIncidentVisible(trx, visibility, id))) return undefined;
  return row;
}

/** Changes an incident and raises its version by one; returns the stored row. */
export function updateIncident(
  trx: Kysely<Database>,
  id: string,
  changes: Omit<Updateable<SecurityIncidentTable>, 'id' | 'version' | 'updated_at'>,
): Promise<IncidentRow> {
  return trx
    .updateTable('security_incident')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: sql`now()` }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
