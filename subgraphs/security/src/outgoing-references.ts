import type { OutgoingReference } from '@kaz/subgraph-kit';

/**
 * The references this subgraph's records hold to other partners' records, for the reference audit
 * (`pnpm references:check`): the Kommune of an IT-Sicherheitskonzept and the Kommunen an incident
 * affects or that reported it (municipalities). Both lists need security:read (every incident,
 * whatever its TLP marking). The CERT network membership (CERT-Verbund) of a Kommune has no root
 * list (it is read per Kommune through Municipality.securityPosture), so the audit cannot list it.
 */
export const outgoingReferences: readonly OutgoingReference[] = [
  {
    recordType: 'SecurityConcept',
    field: 'municipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: securityConcepts(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: municipality { key: ars } }
      }
    }`,
  },
  {
    recordType: 'SecurityIncident',
    field: 'affectedMunicipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: incidents(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: affectedMunicipalities { key: ars } }
      }
    }`,
  },
  {
    recordType: 'SecurityIncident',
    field: 'reportingMunicipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: incidents(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: reportingMunicipality { key: ars } }
      }
    }`,
  },
];
