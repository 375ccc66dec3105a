import { defineConfig } from 'vitest/config';

// The database suite runs once per dialect: MD_TEST_DB=sqlite (in-memory) or postgres (a schema
// per test file inside TEST_DATABASE_URL). scripts/test.mjs runs both.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
