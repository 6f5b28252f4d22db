import { defineConfig } from 'vitest/config';

// End-to-end tests: Chromium against the built site (E2E_DIST), served on 127.0.0.1 by
// global-setup.ts. Two files at a time suit the two-core machines this runs on.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
