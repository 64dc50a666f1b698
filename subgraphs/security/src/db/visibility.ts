import { type Expression, type SqlBool, sql } from 'kysely';

/** The Traffic Light Protocol 2.0 levels, from the most open to the most restricted. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];

/**
 * What a request without a principal may see: TLP:CLEAR only. Until access control arrives every
 * request gets this.
 */
export const ANONYMOUS_VISIBLE_TLP: readonly Tlp[] = ['CLEAR'];

/**
 * The SQL condition that keeps only the incidents whose TLP marking is in `visibleTlp`. Every query
 * that reads `security_incident` must use it, including counts and aggregates, so that a hidden
 * incident never shows up, not even as a number. An empty list hides everything.
 */
export function visibleIncident(visibleTlp: readonly Tlp[]): Expression<SqlBool> {
  if (visibleTlp.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`${sql.ref('security_incident.tlp')} in (${sql.join(visibleTlp)})`;
}
