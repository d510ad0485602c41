import { defineConfig } from 'vitest/config';
import { shuffledTests } from '../../vitest.shared.mjs';

export default defineConfig({ test: { include: ['src/**/*.test.ts'], sequence: shuffledTests } });
