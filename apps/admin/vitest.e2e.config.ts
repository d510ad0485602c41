import { defineConfig } from 'vitest/config';

/**
 * Browser tests: each file starts the built API (which serves the built admin app) on a fresh
 * SQLite database and drives Debian's Chromium. Needs `npm run build` first (turbo does it).
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One API and one browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
