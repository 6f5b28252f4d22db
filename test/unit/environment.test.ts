import { describe, expect, test } from 'vitest';
import { readEnvironment } from '../../src/integration/environment.mjs';

describe('build environment', () => {
  test('leaves the precache budget to the service-worker step unless PRECACHE_BUDGET_BYTES is set', () => {
    expect(readEnvironment({}).precacheBudgetBytes).toBeUndefined();
    expect(readEnvironment({ PRECACHE_BUDGET_BYTES: '2000000' }).precacheBudgetBytes).toBe(2_000_000);
    // What the growth benchmark sets for its hundreds of synthetic guides.
    expect(readEnvironment({ PRECACHE_BUDGET_BYTES: 'Infinity' }).precacheBudgetBytes).toBe(Infinity);
  });
});
