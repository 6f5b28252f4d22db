import { describe, expect, test } from 'vitest';
import { decodeHandoff, encodeHandoff, maxAgeMs } from '../../src/lib/tool-handoff';

describe('tool handoff', () => {
  const now = 1_800_000_000_000;
  test('round-trips a record', () => {
    const record = { answer: 'yes' as const, ofTarget: 0.62, at: now };
    expect(decodeHandoff(encodeHandoff(record), now + 1000)).toEqual(record);
  });
  test('ignores a missing, malformed or implausible record', () => {
    expect(decodeHandoff(null, now)).toBeUndefined();
    expect(decodeHandoff('not json', now)).toBeUndefined();
    expect(decodeHandoff('null', now)).toBeUndefined();
    expect(decodeHandoff(JSON.stringify({ answer: 'maybe', ofTarget: 1, at: now }), now)).toBeUndefined();
    expect(decodeHandoff(JSON.stringify({ answer: 'no', ofTarget: -1, at: now }), now)).toBeUndefined();
    expect(decodeHandoff(JSON.stringify({ answer: 'no', ofTarget: '1', at: now }), now)).toBeUndefined();
    expect(decodeHandoff(`{"answer":"no","ofTarget":1,"at":${now},"pad":"${'x'.repeat(600)}"}`, now)).toBeUndefined();
  });
  test('ignores a record older than an hour', () => {
    expect(decodeHandoff(encodeHandoff({ answer: 'no', ofTarget: 1.2, at: now }), now + maxAgeMs + 1)).toBeUndefined();
    expect(decodeHandoff(encodeHandoff({ answer: 'no', ofTarget: 1.2, at: now }), now + maxAgeMs)).toBeDefined();
  });
});
