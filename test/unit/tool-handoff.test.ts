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

describe('naming the client', () => {
  test('the record names the client the answer is about, and the client file when there is one', () => {
    const text = encodeHandoff({ answer: 'yes', ofTarget: 0.5, at: 1000, client: '  استارتاپ نو ', clientId: 'c-abc' });
    expect(decodeHandoff(text, 1000)).toEqual({ answer: 'yes', ofTarget: 0.5, at: 1000, client: 'استارتاپ نو', clientId: 'c-abc' });
  });
  test('a long name is shortened, a blank one or a malformed id is left out', () => {
    expect(decodeHandoff(encodeHandoff({ answer: 'no', ofTarget: 1, at: 0, client: 'x'.repeat(500) }), 0)?.client).toHaveLength(200);
    expect(decodeHandoff(encodeHandoff({ answer: 'no', ofTarget: 1, at: 0, client: '   ' }), 0)).toEqual({ answer: 'no', ofTarget: 1, at: 0 });
    expect(decodeHandoff(JSON.stringify({ answer: 'no', ofTarget: 1, at: 0, clientId: '../x' }), 0)).toEqual({ answer: 'no', ofTarget: 1, at: 0 });
  });
});
