import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { shuffledTests } from '../../vitest.shared.mjs';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql instance for tests and type-graphql alike (ESM and CJS entry points differ).
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    sequence: shuffledTests,
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file builds its own databases; two workers match the machine's two cores.
    maxWorkers: 2,
  },
});
