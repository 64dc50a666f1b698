import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,subgraphs,gateway,test}/**/test/**/*.test.ts', 'test/**/*.test.ts'],
    // test/faults runs on its own: `pnpm test:faults` (vitest.faults.config.ts).
    exclude: ['**/node_modules/**', 'test/faults/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // LOG_LEVEL: the servers' JSON request logs would bury the test output.
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    // Node gives the ES module build of @graphql-inspector/core the CommonJS graphql (graphql 16 has no
    // exports map), vitest gives test files the ES module one; graphql-js refuses schemas across the
    // two. Run through vitest, the inspector imports the same graphql as the code that calls it.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});
