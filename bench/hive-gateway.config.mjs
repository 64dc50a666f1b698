// Hive Gateway settings for the benchmark: forward the client's Authorization header to the
// subgraphs, as our gateway does, so that both run the same operations with the same rights.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
  logging: 'error',
});
