import type { OutgoingReference } from '@kaz/subgraph-kit';

/**
 * The references this subgraph's records hold to other partners' records, for the reference audit
 * (`pnpm references:check`): a work order's decision (organisations), a project's Kommunen
 * (municipalities) and the Kommune of each result transfer (Ergebnistransfer, Nachnutzung), listed
 * under its project. The work orders need projects:write.
 */
export const outgoingReferences: readonly OutgoingReference[] = [
  {
    recordType: 'WorkOrder',
    field: 'decisionId',
    target: { owner: 'organisations', typename: 'Decision' },
    stale: { field: 'status', equals: 'WITHDRAWN', reason: 'withdrawn' },
    query: `query ($first: Int!, $after: String) {
      page: workOrders(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: issuedBy { key: id } }
      }
    }`,
  },
  {
    recordType: 'Project',
    field: 'municipalities',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: projects(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: municipalities { key: ars } }
      }
    }`,
  },
  {
    recordType: 'ResultTransfer',
    field: 'municipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: projects(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { records: resultTransfers { key: id ref: municipality { key: ars } } }
      }
    }`,
  },
];
