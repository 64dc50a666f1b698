import { keyLoader, listLoader, pageLoader } from '@kaz/subgraph-kit';
import type { Kysely } from 'kysely';
import { findAdvisoriesById, findAdvisoryProducts } from './db/advisory.ts';
import { findMembershipsByArs } from './db/cert-network-membership.ts';
import type { Database } from './db/database.ts';
import { findRecipients } from './db/incident-recipient.ts';
import {
  findAffectedMunicipalities,
  incidentStatsByMunicipality,
  pageIncidentsByMunicipality,
  pageIncidentsByReporter,
} from './db/incident-relations.ts';
import { findConceptsByArs, findConceptsById } from './db/security-concept.ts';
import { findIncidentsById } from './db/security-incident.ts';
import type { IncidentVisibility } from './db/visibility.ts';

/**
 * One DataLoader per key of the security subgraph; create them per request. Every loader that reads
 * incidents applies `visibility` in its SQL, so a hidden incident is neither returned nor counted.
 */
export function createLoaders(db: Kysely<Database>, visibility: IncidentVisibility) {
  return {
    incidentById: keyLoader(
      (ids: readonly string[]) => findIncidentsById(db, visibility, ids),
      (row) => row.id,
    ),
    affectedMunicipalities: listLoader(
      (ids: readonly string[]) => findAffectedMunicipalities(db, ids),
      (row) => row.incident_id,
    ),
    recipientsByIncident: listLoader(
      (ids: readonly string[]) => findRecipients(db, ids),
      (row) => row.incident_id,
    ),
    incidentsByMunicipality: pageLoader(
      (arsList: readonly string[], page) => pageIncidentsByMunicipality(db, visibility, arsList, page),
      (row) => row.parent,
    ),
    incidentsByReporter: pageLoader(
      (ids: readonly string[], page) => pageIncidentsByReporter(db, visibility, ids, page),
      (row) => row.parent,
    ),
    incidentStatsByArs: keyLoader(
      (arsList: readonly string[]) => incidentStatsByMunicipality(db, visibility, arsList),
      (row) => row.ars,
    ),
    conceptById: keyLoader(
      (ids: readonly string[]) => findConceptsById(db, ids),
      (row) => row.id,
    ),
    conceptByArs: keyLoader(
      (arsList: readonly string[]) => findConceptsByArs(db, arsList),
      (row) => row.ars,
    ),
    advisoryById: keyLoader(
      (ids: readonly string[]) => findAdvisoriesById(db, ids),
      (row) => row.id,
    ),
    productsByAdvisory: listLoader(
      (ids: readonly string[]) => findAdvisoryProducts(db, ids),
      (row) => row.advisory_id,
    ),
    membershipByArs: keyLoader(
      (arsList: readonly string[]) => findMembershipsByArs(db, arsList),
      (row) => row.ars,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
