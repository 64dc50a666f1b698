import { type Kysely, sql, type Updateable } from 'kysely';
import type { Database } from './database.ts';
import type { IncidentRow, NewIncident, SecurityIncidentTable } from './security-incident.ts';

// Writes run inside the transaction of `audited`; they take a `Kysely<Database>` because a
// kysely Transaction is one.

// Key of the advisory lock that serialises the numbering of new incidents (per year): two reports
// in the same year would otherwise both take the same "next free number".
const INCIDENT_NUMBER_LOCK = 0x5ec1;

/**
 * The next free reference of the year, "CERT-BB-<year>-<nnnn>". Takes a transaction-level lock
 * first, so that concurrent reports of the same year wait for each other; call it in the
 * transaction that inserts the incident. Throws (an internal error) when the year is full.
 */
export async function nextIncidentId(trx: Kysely<Database>, year: number): Promise<string> {
  await sql`select pg_advisory_xact_lock(${INCIDENT_NUMBER_LOCK}, ${year})`.execute(trx);
  const prefix = `CERT-BB-${year}-`;
  const row = await trx
    .selectFrom('security_incident')
    .select(sql<number | null>`max(cast(substr(id, ${prefix.length + 1}) as integer))`.as('last'))
    .where('id', 'like', `${prefix}%`)
    .executeTakeFirst();
  const next = (row?.last ?? 0) + 1;
  if (next > 9999) throw new Error(`no incident number left in ${year}`);
  return `${prefix}${String(next).padStart(4, '0')}`;
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
