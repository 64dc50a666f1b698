/**
 * The incident filter of the security view, kept in the route's query so that a filtered view can be
 * bookmarked and shared: schwere=<severity>, status=<status>|offen, landkreis=<ARS>|stadt=<ARS>,
 * personenbezogen=ja.
 */
import type { IncidentFilter, SecurityIncidentSeverity, SecurityIncidentStatus } from '../../gql/graphql.ts';
import { INCIDENT_SEVERITY, INCIDENT_STATUS } from '../../labels.ts';

/** The statuses of incidents still being handled ("offen"). */
export const OPEN_STATUSES: readonly SecurityIncidentStatus[] = ['REPORTED', 'TRIAGED', 'CONTAINED'];

/** The GraphQL filter for the route's query; undefined parts are left out. */
export function incidentFilter(query: URLSearchParams): IncidentFilter {
  const filter: IncidentFilter = {};
  const severity = query.get('schwere');
  if (severity && severity in INCIDENT_SEVERITY) filter.severities = [severity as SecurityIncidentSeverity];
  const status = query.get('status');
  if (status === 'offen') filter.statuses = [...OPEN_STATUSES];
  else if (status && status in INCIDENT_STATUS) filter.statuses = [status as SecurityIncidentStatus];
  // A kreisfreie Stadt is no Landkreis: the graph filters it as one Kommune (municipalityArs).
  const landkreis = query.get('landkreis');
  const stadt = query.get('stadt');
  if (landkreis && /^\d{12}$/.test(landkreis)) filter.district = landkreis;
  else if (stadt && /^\d{12}$/.test(stadt)) filter.municipalityArs = stadt;
  if (query.get('personenbezogen') === 'ja') filter.personalDataInvolved = true;
  return filter;
}

/** The route's hash for the values of the filter form. */
export function filterHash(form: FormData): string {
  const query = new URLSearchParams();
  for (const name of ['schwere', 'status']) {
    const value = form.get(name);
    if (typeof value === 'string' && value) query.set(name, value);
  }
  const kreis = form.get('kreis');
  if (typeof kreis === 'string' && kreis) {
    const [kind, ars] = kreis.split(':');
    if (ars) query.set(kind === 'stadt' ? 'stadt' : 'landkreis', ars);
  }
  if (form.get('personenbezogen')) query.set('personenbezogen', 'ja');
  const text = query.toString();
  return `#/sicherheit${text ? `?${text}` : ''}`;
}
