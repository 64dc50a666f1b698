/**
 * The names of the hub's five subgraphs, in composition order, without loading them: `pnpm start`
 * starts loading their snapshots before it loads any subgraph's code. scripts/subgraphs.ts holds the
 * subgraphs themselves and checks that its list has these names.
 */
export const hubSubgraphNames = ['municipalities', 'organisations', 'projects', 'contracts', 'security'] as const;
