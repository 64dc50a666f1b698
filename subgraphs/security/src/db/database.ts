import type { AuditDatabase } from '@kaz/db';
import type { AdvisoryProductTable, AdvisoryTable } from './advisory.ts';
import type { CertNetworkMembershipTable } from './cert-network-membership.ts';
import type { IncidentRecipientTable } from './incident-recipient.ts';
import type { SecurityConceptTable } from './security-concept.ts';
import type { SecurityIncidentMunicipalityTable, SecurityIncidentTable } from './security-incident.ts';

/** The tables of the security subgraph's database, with the shared append-only audit log. */
export interface Database extends AuditDatabase {
  security_incident: SecurityIncidentTable;
  security_incident_municipality: SecurityIncidentMunicipalityTable;
  incident_recipient: IncidentRecipientTable;
  security_concept: SecurityConceptTable;
  cert_network_membership: CertNetworkMembershipTable;
  advisory: AdvisoryTable;
  advisory_product: AdvisoryProductTable;
}
