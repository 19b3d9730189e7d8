import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One layout: every unit test lives under tests/unit/ (scripts/check-structure.mjs refuses others).
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
