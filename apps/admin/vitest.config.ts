import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { shuffledTests } from '../../vitest.shared.mjs';

/** Component and unit tests (jsdom). The browser tests have their own config: vitest.e2e.config.ts. */
export default defineConfig({
  plugins: [react()],
  test: {
    sequence: shuffledTests,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20_000,
  },
});
