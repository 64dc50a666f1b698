import type { OutgoingReference } from '@kaz/subgraph-kit';

/**
 * The references this subgraph's records hold to other partners' records, for the reference audit
 * (`pnpm references:check`): a procurement's project (projects) and its Kommunen (municipalities).
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
];
