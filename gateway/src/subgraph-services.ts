import { ApolloGateway } from '@apollo/gateway';
import { GatewaySigner } from '@kaz/auth';
import type { GatewayConfig } from './config.ts';
import { SubgraphDataSource, type SubgraphFetch } from './data-source.ts';
import { createSubgraphAgents, createSubgraphFetcher } from './subgraph-fetcher.ts';

/** The supergraph's subgraphs as the gateway reaches them. */
export interface SubgraphServices {
  /** The Apollo gateway that plans over the supergraph and fetches from the subgraphs. */
  gateway: ApolloGateway;
  /** Each subgraph's GraphQL URL by name, filled in when Apollo loads the supergraph. */
  targets: ReadonlyMap<string, string>;
  /** Throws when a name in `config.subgraphUrls` is no subgraph of the supergraph; call after loading. */
  checkOverrides(): void;
  /** Closes the kept-alive connections to the subgraphs. */
  destroy(): void;
}

/**
 * One data source a subgraph: at its URL from `subgraphUrls` (else the supergraph's routing URL),
 * with its timeout, signed with the gateway's secret when one is set, over kept-alive connections
 * (identical reads in flight shared unless `deduplicateSubgraphReads` is false); `observe` sees every
 * fetch. A subgraph without any URL makes loading the supergraph throw.
 */
export function subgraphServices(config: GatewayConfig, observe: (fetch: SubgraphFetch) => void): SubgraphServices {
  const agents = createSubgraphAgents();
  const fetcher = createSubgraphFetcher(agents, { deduplicateReads: config.deduplicateSubgraphReads });
  const overrides = { ...config.subgraphUrls };
  const signer = config.gatewaySigningSecret ? new GatewaySigner(config.gatewaySigningSecret) : undefined;
  const known = new Set<string>();
  const targets = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    // The query-plan cache: an LRU cache of about this many MiB of plans, keyed by operation.
    ...(config.queryPlanCacheMiB ? { experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB } : {}),
    buildService: ({ name, url }) => {
      known.add(name);
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`subgraph ${name} has no URL: set SUBGRAPH_${name.toUpperCase()}_URL`);
      targets.set(name, target);
      const timeoutMs = config.subgraphTimeoutsMs?.[name] ?? config.subgraphTimeoutMs ?? 10_000;
      const source = new SubgraphDataSource({ name, url: target, timeoutMs, signer }, fetcher);
      source.observe = observe;
      return source;
    },
  });
  return {
    gateway,
    targets,
    checkOverrides: () => {
      const unknown = Object.keys(overrides).filter((name) => !known.has(name));
      if (unknown.length > 0) throw new Error(`unknown subgraph in URL overrides: ${unknown.join(', ')}`);
    },
    destroy: () => agents.destroy(),
  };
}
