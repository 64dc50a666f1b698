import type { CertNetworkMembershipTable } from './cert-network-membership.ts';
import type { SecurityConceptTable } from './security-concept.ts';
import type { SecurityIncidentMunicipalityTable, SecurityIncidentTable } from './security-incident.ts';

/** The tables of the security subgraph's database. */
export interface Database {
  security_incident: SecurityIncidentTable;
  security_incident_municipality: SecurityIncidentMunicipalityTable;
  security_concept: SecurityConceptTable;
  cert_network_membership: CertNetworkMembershipTable;
}
