/**
 * The relay-plugin options every subgraph uses: forward paging only through our own `first`/`after`
 * arguments, no `node` queries (they would clash between subgraphs), `nodes` on every connection,
 * a shareable `PageInfo` (every subgraph defines it), and a description on every generated field.
 */
export const relayOptions = {
  cursorType: 'String',
  nodeQueryOptions: false,
  nodesQueryOptions: false,
  nodesOnConnection: { description: 'The items of this page, without cursors.' },
  pageInfoTypeOptions: {
    shareable: true,
    description: 'Where a page of a list stands in the whole list (Relay cursor connections).',
  },
  pageInfoFieldOptions: { description: 'Paging information of this page.' },
  edgesFieldOptions: { description: 'The items of this page with their cursors.' },
  cursorFieldOptions: { description: "Opaque cursor of this item; pass it as 'after' to get the items behind it." },
  nodeFieldOptions: { description: 'The item.' },
  hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
  hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
  startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
  endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
} as const;

/**
 * The description of the root Query type, the same in every subgraph: composition merges the
 * root types, and differing descriptions would make it pick one at random.
 */
export const QUERY_DESCRIPTION =
  'The entry points of the Kaz federation hub: one graph over the data of the partners who digitise ' +
  'public administration in Brandenburg (municipalities, organisations, projects, contracts, security). ' +
  'Every entry point may be null: when the partner subgraph that answers it is down, slow or broken, it is null ' +
  'and the answer carries an error naming that subgraph (extensions.serviceName, code SUBGRAPH_UNAVAILABLE, ' +
  'SUBGRAPH_TIMEOUT or SUBGRAPH_BAD_RESPONSE), while the other entry points of the same request are answered.';

/** The description of the root Mutation type, the same in every subgraph that has writes. */
export const MUTATION_DESCRIPTION =
  'The changes the partners can make. Every mutation needs a bearer token with the right scope, validates its ' +
  'input (BAD_USER_INPUT naming the field), runs in one transaction and writes one entry to its subgraph’s ' +
  'append-only audit log; changes of existing records take the version the client last saw (CONFLICT when stale).';
