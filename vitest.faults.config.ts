import { defineConfig } from 'vitest/config';

// `pnpm test:faults`: the fault, load, fuzz and durability tests under test/faults. They start whole
// hubs or single subgraph processes, kill and restart them and send thousands of requests, so they
// run one file at a time, apart from the unit and end-to-end suite (`pnpm test`). `.ci/run` runs both.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // LOG_LEVEL: the servers' JSON request logs would bury the test output.
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  },
});
