import { defineConfig } from 'vitest/config';
import { shuffledTests } from '../../vitest.shared';

export default defineConfig({ test: { include: ['src/**/*.test.ts'], sequence: shuffledTests } });
