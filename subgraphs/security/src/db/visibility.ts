import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from './database.ts';

/** The Traffic Light Protocol 2.0 levels, from the most open to the most restricted. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/** Which incidents a request may see; made from its principal by `incidentVisibility` (src/access.ts). */
export interface IncidentVisibility {
  /** Sees every incident whatever its marking (CERT-Brandenburg, `security:read`). */
  everything: boolean;
  /** Markings seen regardless of who is affected: CLEAR for everyone, GREEN for any token. */
  levels: readonly Tlp[];
  /** A Kommune's own ARS: it sees AMBER and AMBER+STRICT incidents that affect it. */
  ownArs: string | null;
  /** ARS prefix of the Kommunen a Landkreis or Amt administers: it sees AMBER incidents affecting one of them. */
  administeredPrefix: string | null;
  /**
   * The one ARS under `administeredPrefix` that is not administered: a Mitverwaltung's mitverwaltende
   * Gemeinde (Schwedt/Oder), which runs its own administration. Absent for every other principal.
   */
  administeredExcept?: string;
  /** The organisation key or ARS under which the principal may be a named recipient of an incident. */
  recipient: string | null;
  /**
   * Sees every incident with personal data whatever its marking (the LDA, rule read.incident.dataprotection).
   * Optional so that a visibility written before it still means what it meant.
   */
  personalData?: boolean;
}

/** What a request without a principal may see: TLP:CLEAR only. */
export const ANONYMOUS_VISIBILITY: IncidentVisibility = {
  everything: false,
  levels: ['CLEAR'],
  ownArs: null,
  administeredPrefix: null,
  recipient: null,
};

const incidentId = sql.ref('security_incident.id');
const tlp = sql.ref('security_incident.tlp');

function affects(condition: Expression<SqlBool>) {
  return sql<SqlBool>`exists (select 1 from security_incident_municipality as visible_affected
    where visible_affected.incident_id = ${incidentId} and ${condition})`;
}

/**
 * The SQL condition that keeps only the incidents the request may see. Every query that reads
 * `security_incident` (under that name) must use it, including counts and aggregates, so that a
 * hidden incident never shows up, not even as a number.
 */
export function visibleIncident(visibility: IncidentVisibility): Expression<SqlBool> {
  if (visibility.everything) return sql<SqlBool>`true`;
  const any: Expression<SqlBool>[] = [];
  if (visibility.levels.length > 0) any.push(sql<SqlBool>`${tlp} in (${sql.join(visibility.levels)})`);
  if (visibility.ownArs) {
    any.push(
      sql<SqlBool>`(${tlp} in ('AMBER', 'AMBER_STRICT') and ${affects(sql`visible_affected.ars = ${visibility.ownArs}`)})`,
    );
  }
  if (visibility.administeredPrefix) {
    // The prefix is digits only (see administeredPrefix), so it holds no LIKE wildcard.
    const pattern = `${visibility.administeredPrefix}%`;
    const administered = visibility.administeredExcept
      ? sql<SqlBool>`visible_affected.ars like ${pattern} and visible_affected.ars <> ${visibility.administeredExcept}`
      : sql<SqlBool>`visible_affected.ars like ${pattern}`;
    any.push(sql<SqlBool>`(${tlp} = 'AMBER' and ${affects(administered)})`);
  }
  if (visibility.recipient) {
    any.push(sql<SqlBool>`(${tlp} in ('AMBER', 'AMBER_STRICT', 'RED') and exists (
      select 1 from incident_recipient as visible_recipient
      where visible_recipient.incident_id = ${incidentId} and visible_recipient.recipient = ${visibility.recipient}))`);
  }
  if (visibility.personalData) any.push(sql<SqlBool>`security_incident.personal_data_involved`);
  if (any.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(any, sql` or `)})`;
}

/**
 * True when the incident `id` exists and the request may see it (see `visibleIncident`). Writers
 * use it so that a hidden incident answers like a missing one (NOT_FOUND, never CONFLICT with its
 * current version).
 */
export async function isIncidentVisible(
  db: Kysely<Database>,
  visibility: IncidentVisibility,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('security_incident')
    .select('id')
    .where('id', '=', id)
    .where(visibleIncident(visibility))
    .executeTakeFirst();
  return row !== undefined;
}
