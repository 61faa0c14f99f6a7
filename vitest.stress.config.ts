// The reliability suite (npm run test:stress): parallel writers, SIGKILL loops, damaged files, hostile
// imports, against the built CLI. One file at a time, so each measures the machine rather than the
// others; the global setup prints a table of figures at the end.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/stress/*.stress.ts'],
    globalSetup: ['test/stress/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
