import { readFileSync } from 'node:fs';

/** One subgraph of the hub as scripts/hub-subgraphs.json lists it. */
export interface HubSubgraphEntry {
  /** The subgraph's name: its directory `subgraphs/<name>`, its package `@kaz/<name>`, its service name. */
  name: string;
  /** The port it listens on when run alone (`pnpm --filter @kaz/<name> start`), and its routing URL's port. */
  defaultPort: number;
}

/**
 * The hub's subgraphs in composition order, read from scripts/hub-subgraphs.json without loading
 * them: `pnpm start` starts loading their snapshots before it loads any subgraph's code.
 * scripts/subgraphs.ts loads the subgraphs themselves from this list; `pnpm create:subgraph` adds to it.
 */
export const hubSubgraphEntries: readonly HubSubgraphEntry[] = JSON.parse(
  readFileSync(new URL('./hub-subgraphs.json', import.meta.url), 'utf8'),
);

/** The names of the hub's subgraphs, in composition order. */
export const hubSubgraphNames: readonly string[] = hubSubgraphEntries.map(({ name }) => name);
