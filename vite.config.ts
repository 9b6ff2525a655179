import { defineConfig } from 'vitest/config';

// Library build of the widget (owned by the widget issue) and the unit-test runner config.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
