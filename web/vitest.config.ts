import { defineConfig } from 'vitest/config';

// Unit tests of the web's pure helpers (money, export); browser flows live in e2e/.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], root: new URL('.', import.meta.url).pathname },
});
