import type { IncidentRecipientTable } from '../src/db/incident-recipient.ts';
import type { NewIncident, SecurityIncidentMunicipalityTable } from '../src/db/security-incident.ts';
import type { Kommune } from './sample-kommunen.ts';

/**
 * SAMPLE DATA: the named recipients of the most restricted incidents, derived (no randomness) from
 * what else is known about them. A TLP:RED incident goes to the Landkreis of each affected Kommune
 * (a Landkreis or kreisfreie Stadt: to itself), to the organisation that reported it, and to the
 * LDA when personal data is involved; a TLP:AMBER+STRICT incident with personal data to the LDA.
 */
export function recipientRows(
  incidents: readonly NewIncident[],
  affected: readonly SecurityIncidentMunicipalityTable[],
  kommunen: readonly Kommune[],
): IncidentRecipientTable[] {
  const districtOf = new Map(kommunen.map((k) => [k.ars, k.districtArs ?? k.ars]));
  const rows: IncidentRecipientTable[] = [];
  for (const incident of incidents) {
    const recipients = new Set<string>();
    if (incident.tlp === 'RED') {
      for (const row of affected) {
        if (row.incident_id === incident.id) recipients.add(districtOf.get(row.ars) ?? row.ars);
      }
      if (incident.reporter_organisation_id) recipients.add(incident.reporter_organisation_id);
    }
    if ((incident.tlp === 'RED' || incident.tlp === 'AMBER_STRICT') && incident.personal_data_involved) {
      recipients.add('lda');
    }
    for (const recipient of [...recipients].sort()) rows.push({ incident_id: incident.id, recipient });
  }
  return rows;
}
