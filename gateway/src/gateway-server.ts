import type { Server } from 'node:http';
import type { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { hideSuggestions } from '@kaz/http';
import { DEFAULT_OPERATION_LIMITS, operationLimits, stringifyResult, withDefaults } from '@kaz/limits';
import type { GatewayConfig } from './config.ts';
import { CostBudget } from './cost-budget.ts';
import type { GatewayContext } from './gateway-context.ts';
import { operationPlugins } from './pipeline.ts';
import type { SharedState } from './shared-state.ts';
import { sharedCache } from './shared-stores.ts';
import { trustedDocumentsCache } from './trusted-documents.ts';

/** The parts of the gateway the Apollo server is built around. */
export interface GatewayServerParts {
  gateway: ApolloGateway;
  httpServer: Server;
  telemetry: { plugin: ApolloServerPlugin<GatewayContext> };
  clientUsage: { plugin: ApolloServerPlugin<GatewayContext> };
  rejections: { plugin: ApolloServerPlugin<GatewayContext> };
  quota: { plugin: ApolloServerPlugin<GatewayContext> };
  /** Where APQ, the response cache and the cost budget live (Redis, or this process). */
  shared: SharedState;
}

/**
 * The gateway's Apollo server (not started): the operation limits of `config` over their defaults,
 * the cost of every operation charged to its client's budget (`costPerMinute`, default 5,000,000; 0
 * off), suggestions removed from errors when `blockFieldSuggestions`, no stack traces, persisted
 * queries (from the manifest in trusted-documents mode), and `operationPlugins` in their order. With
 * shared state in Redis, the APQ registrations, the public answers and the budgets are the replicas'.
 */
export function createGatewayServer(config: GatewayConfig, parts: GatewayServerParts): ApolloServer<GatewayContext> {
  const costPerMinute = config.costPerMinute ?? 5_000_000;
  const budget = costPerMinute > 0 ? new CostBudget(costPerMinute, Date.now, parts.shared) : undefined;
  const limits = operationLimits(withDefaults(DEFAULT_OPERATION_LIMITS, config.limits), {
    blockFieldSuggestions: config.blockFieldSuggestions ?? false,
    schemaSdl: config.supergraphSdl,
    onCost: async (cost, context) => {
      await budget?.charge((context as GatewayContext).clientKey, cost);
    },
  });
  const withoutHints = hideSuggestions(config.blockFieldSuggestions ?? false);
  return new ApolloServer<GatewayContext>({
    gateway: parts.gateway,
    introspection: config.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    // Automatic persisted queries and public answers live in Redis with shared state (every entry with
    // a TTL), else in Apollo's bounded in-memory LRU cache (about 30 MiB); in trusted-documents mode
    // the manifest answers the hashes instead and nothing is registered.
    cache: parts.shared.redis ? sharedCache(parts.shared) : 'bounded',
    persistedQueries: config.trustedDocuments ? { cache: trustedDocumentsCache(config.trustedDocuments) } : {},
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: (formatted, error) => withoutHints(limits.formatError(formatted, error)),
    // The JSON the hard limits' size check made, not a second serialisation of the same answer (the
    // plugins after the hard limits, the response cache and the landing page, change no answer).
    stringifyResult,
    // The process that runs the server (main.ts, the hub's start script) handles SIGINT/SIGTERM and
    // stops everything in order; Apollo's own handlers would race with it.
    stopOnTerminationSignals: false,
    plugins: operationPlugins({
      httpServer: parts.httpServer,
      telemetry: parts.telemetry,
      clientUsage: parts.clientUsage,
      rejections: parts.rejections,
      limits: limits.plugins,
      quota: parts.quota,
      responseCache: config.responseCache !== false,
      graphiql: config.graphiql ?? [],
    }),
  });
}
