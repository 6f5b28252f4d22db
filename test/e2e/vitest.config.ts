import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// End-to-end tests: Chromium against the built site (E2E_DIST), served on 127.0.0.1 by
// global-setup.ts, which also starts the one browser every file connects to. The work is in
// Chromium's processes and the child builds, so a file's worker mostly waits: one worker
// more than the CPU count keeps every core busy.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: availableParallelism() + 1,
  },
});
