import type { OutgoingReference } from '@kaz/subgraph-kit';

/**
 * The references this subgraph's records hold to other partners' records, for the reference audit
 * (`pnpm references:check`): the Kommune of each membership period in the Zweckverband DIKOM
 * (municipalities); the list is public. Decisions, committees and organisations name no Kommune.
 */
export const outgoingReferences: readonly OutgoingReference[] = [
  {
    recordType: 'DikomMembership',
    field: 'municipalityArs',
    target: { owner: 'municipalities', typename: 'Municipality', keyField: 'ars' },
    stale: { field: 'dissolvedOn', reason: 'dissolved' },
    query: `query ($first: Int!, $after: String) {
      page: dikomMembers(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { key: id ref: municipality { key: ars } }
      }
    }`,
  },
];
