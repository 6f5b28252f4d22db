import { defineConfig } from 'vitest/config';

// Unit tests: pure modules, no build and no browser.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
