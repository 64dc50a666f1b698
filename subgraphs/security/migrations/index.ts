import { auditMigrations } from '@kaz/db';
import type { Migration } from 'kysely';
import * as createSecurityIncident from './2026_11_26_130000_create_security_incident.ts';
import * as createSecurityConcept from './2026_11_26_130100_create_security_concept.ts';
import * as createCertNetworkMembership from './2026_11_26_130200_create_cert_network_membership.ts';
import * as createIncidentRecipient from './2026_11_26_170100_create_incident_recipient.ts';
import * as randomIncidentIds from './2026_12_01_230000_random_incident_ids.ts';
import * as createAdvisory from './2026_12_02_120000_create_advisory.ts';
import * as gdprBreachAssessment from './2026_12_03_120000_gdpr_breach_assessment.ts';

/** The migrations of the security subgraph, by name (the shared audit log included); names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026_11_26_130000_create_security_incident': createSecurityIncident,
  '2026_11_26_130100_create_security_concept': createSecurityConcept,
  '2026_11_26_130200_create_cert_network_membership': createCertNetworkMembership,
  ...auditMigrations,
  '2026_11_26_170100_create_incident_recipient': createIncidentRecipient,
  '2026_12_01_230000_random_incident_ids': randomIncidentIds,
  '2026_12_02_120000_create_advisory': createAdvisory,
  '2026_12_03_120000_gdpr_breach_assessment': gdprBreachAssessment,
};
