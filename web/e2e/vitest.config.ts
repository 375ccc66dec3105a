import { defineConfig } from 'vitest/config';

// Browser flows: a real server process on a fresh SQLite file, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['web/e2e/**/*.e2e.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
