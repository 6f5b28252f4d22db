import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took in a full `CI=true npm test` on a shared two-core machine
 * (`.test-results/e2e.json`, December, after the tests that shared a page were merged). A
 * fresh clone has no Vitest cache, so Vitest would start the largest files first; starting
 * the longest first instead (the classic longest-first schedule) keeps every worker busy to
 * the end rather than leaving one long file running alone. A file not listed starts first;
 * stale figures only cost time, never correctness.
 */
const measuredSeconds: Readonly<Record<string, number>> = {
  'tools-checklists.test.ts': 159,
  'clients.test.ts': 141,
  'revenue-per-hour.test.ts': 122,
  'self-assessment.test.ts': 108,
  'exit-letter.test.ts': 104,
  'checklist-plans.test.ts': 97,
  'accessibility.test.ts': 74,
  'search.test.ts': 72,
  'offline.test.ts': 39,
  'build-errors.test.ts': 37,
  'site.test.ts': 30,
  'site-chrome.test.ts': 21,
  'base-path.test.ts': 2,
  'security.test.ts': 1,
  'links.test.ts': 1,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (file: TestSpecification) => measuredSeconds[basename(file.moduleId)] ?? Infinity;
    return [...(await super.sort(files))].sort((a, b) => seconds(b) - seconds(a));
  }
}

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
    sequence: { sequencer: LongestFirst },
  },
});
