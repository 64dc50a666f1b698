import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * A named recipient of an incident (TLP 2.0): an organisation (by key, e.g. `lda`) or a Kommune (by
 * ARS) that may see the incident whatever its marking.
 */
export interface IncidentRecipientTable {
  incident_id: string;
  recipient: string;
}

/**
 * The named recipients of each incident in `incidentIds`, ordered by incident and recipient. The
 * callers only pass incidents the request could already see.
 */
export function findRecipients(db: Kysely<Database>, incidentIds: readonly string[]) {
  return db
    .selectFrom('incident_recipient')
    .select(['incident_id', 'recipient'])
    .where('incident_id', 'in', incidentIds)
    .orderBy('incident_id')
    .orderBy('recipient')
    .execute();
}
