import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests: pure modules, no build and no browser. None stubs globals or mocks modules,
// so files share workers without isolation (isolate: false saves re-importing per file).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    isolate: false,
    maxWorkers: availableParallelism(),
  },
});
