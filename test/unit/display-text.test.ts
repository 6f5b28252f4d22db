import { describe, expect, test } from 'vitest';
import { isolate, truncateGraphemes } from '../../src/lib/display-text';

describe('isolate', () => {
  test('wraps text in first-strong isolate and pop directional isolate', () => {
    expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
  });
});

describe('truncateGraphemes', () => {
  test('leaves short text alone', () => {
    expect(truncateGraphemes('Acme', 10)).toBe('Acme');
    expect(truncateGraphemes('', 3)).toBe('');
  });
  test('cuts long text by whole characters and marks the cut', () => {
    expect(truncateGraphemes('x'.repeat(10_000), 24)).toBe(`${'x'.repeat(24)}…`);
    expect(truncateGraphemes('👩‍💻👩‍💻👩‍💻', 2)).toBe('👩‍💻👩‍💻…');
    expect(truncateGraphemes('مشتری بزرگ', 5)).toBe('مشتری…');
  });
});
