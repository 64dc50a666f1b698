// Hive Gateway settings for the benchmark: forward the client's Authorization header to the
// subgraphs, as our gateway does, so that both run the same operations with the same rights.
// HIVE_DEDUPLICATE_READS=false switches off Hive's sharing of identical subgraph reads in flight
// (on by default, like ours), for the comparison in which every read is sent.
// HIVE_ROUTER_RUNTIME=true is Hive Gateway's own switch (its CLI then loads @graphql-hive/router-runtime,
// the Rust query planner, and falls back to the JavaScript planner with only a warning when it cannot).
// So that bench/run.ts can prove the Rust planner runs, that gateway then also returns the plan it
// executed in `extensions.queryPlan`, for requests with the header `x-bench-query-plan: 1` only.
import { defineConfig } from '@graphql-hive/gateway';

const rustPlanner = process.env.HIVE_ROUTER_RUNTIME === 'true';
const { useQueryPlan } = rustPlanner ? await import('@graphql-hive/router-runtime') : {};

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
  ...(process.env.HIVE_DEDUPLICATE_READS === 'false'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
  ...(useQueryPlan
    ? { plugins: () => [useQueryPlan({ expose: (request) => request.headers.get('x-bench-query-plan') === '1' })] }
    : {}),
  logging: 'error',
});
