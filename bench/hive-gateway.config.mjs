// Hive Gateway settings for the benchmark: forward the client's Authorization header to the
// subgraphs, as our gateway does, so that both run the same operations with the same rights.
// HIVE_DEDUPLICATE_READS=false switches off Hive's sharing of identical subgraph reads in flight
// (on by default, like ours), for the comparison in which every read is sent.
import { defineConfig } from '@graphql-hive/gateway';

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
  logging: 'error',
});
