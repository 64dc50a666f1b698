import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{packages,subgraphs,gateway,test}/**/test/**/*.test.ts', 'test/**/*.test.ts'],
    // test/faults runs on its own: `pnpm test:faults` (vitest.faults.config.ts).
    exclude: ['**/node_modules/**', 'test/faults/**'],
    // The Programm-Cockpit's static build, once, for the browser tests (test/cockpit).
    globalSetup: ['test/cockpit/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // LOG_LEVEL: the servers' JSON request logs would bury the test output.
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  },
});
