import type { OutgoingReference } from '@kaz/subgraph-kit';

/**
 * The references this subgraph's records hold to other partners' records, for the reference audit
 * (`pnpm references:check`): a procurement's project (projects) and its Kommunen (municipalities), and
 * the Kommune named by a licence allocation, a certificate and a Rahmenvertrag's Abrufberechtigte. An Abruf
 * (call-off) is a procurement procedure, so its Kommunen are among the procedures'. Every list needs
 * contracts:write (licences, the PLANNED procedures).
 */
export const outgoingReferences: readonly OutgoingReference[] = [
  {
    recordType: 'ProcurementProcedure',
    field: 'projectId',
    target: { owner: 'projects', typename: 'Project' },
    query: `query ($first: Int!, $after: String) {
      page: procurementProcedures(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: project { key: id } }
      }
    }`,
  },
  {
    recordType: 'ProcurementProcedure',
    field: 'participatingMunicipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: procurementProcedures(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: participatingMunicipalities { key: ars } }
      }
    }`,
  },
  {
    recordType: 'LicenceAllocation',
    field: 'municipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: licences(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { records: allocations { key: id ref: municipality { key: ars } } }
      }
    }`,
  },
  {
    recordType: 'Certificate',
    field: 'holderArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: certificates(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: holder { key: ars } }
      }
    }`,
  },
  {
    recordType: 'FrameworkContract',
    field: 'eligibleMunicipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: frameworkContracts(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: eligibleMunicipalities { key: ars } }
      }
    }`,
  },
];
