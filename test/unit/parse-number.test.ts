import { describe, expect, test } from 'vitest';
import { parseNumber, toLatinDigits } from '../../src/lib/parse-number';

describe('parseNumber', () => {
  test.each([
    ['1234', 1234],
    ['۱۲۳۴', 1234],
    ['١٢٣٤', 1234],
    ['۱2٣4', 1234],
    ['12.5', 12.5],
    ['۱۲٫۵', 12.5],
    ['١٢٫٥', 12.5],
    ['۲/۵', 2.5],
    ['1,234,567', 1234567],
    ['۱٬۲۳۴٬۵۶۷', 1234567],
    ['١،٢٣٤', 1234],
    ["1'234", 1234],
    ['1 234 567.25', 1234567.25],
    ['۱۲ ۵۰۰', 12500],
    ['\u200F۱۲۰\u200F', 120],
    ['  42  ', 42],
    ['$1,200', 1200],
    ['۵۰۰﷼', 500],
    ['۱۲۰۰ تومان', 1200],
    ['۱۲۰۰تومان', 1200],
    ['٥٠٠ ج.م', 500],
    ['٢٬٥٠٠ درهم', 2500],
    ['AED 1,200', 1200],
    ['1200 usd', 1200],
    ['1,200 tomans', 1200],
    ['€ 99.5', 99.5],
    ['.5', 0.5],
    ['5.', 5],
    ['0', 0],
    ['007', 7],
  ])('reads %j as %d', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u200E', 'empty'],
    ['abc', 'not-a-number'],
    ['تومان', 'not-a-number'],
    ['12 apples', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['<img src=x onerror=alert(1)>', 'not-a-number'],
    ['1/2', 'not-a-number'],
    ['.', 'not-a-number'],
    ['1,5', 'separator'],
    ['12,34,567', 'separator'],
    ['1.2.3', 'separator'],
    ['۱٫۲٫۳', 'separator'],
    ['1.2,3', 'separator'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['۵-', 'negative'],
    ['(5)', 'negative'],
    ['99999999999999999999999', 'too-large'],
    ['9'.repeat(400), 'too-large'],
  ])('refuses %j as %s', (input, reason) => {
    expect(parseNumber(input)).toEqual({ ok: false, reason });
  });

  test('refuses zero where zero cannot be used, and accepts it otherwise', () => {
    expect(parseNumber('۰', { allowZero: false })).toEqual({ ok: false, reason: 'zero' });
    expect(parseNumber('0.0', { allowZero: false })).toEqual({ ok: false, reason: 'zero' });
    expect(parseNumber('0')).toEqual({ ok: true, value: 0 });
  });

  test('refuses values above the maximum and accepts the maximum itself', () => {
    expect(parseNumber('1001', { max: 1000 })).toEqual({ ok: false, reason: 'too-large' });
    expect(parseNumber('۱۰۰۰', { max: 1000 })).toEqual({ ok: true, value: 1000 });
  });

  test('never returns NaN or Infinity for any input', () => {
    const inputs = ['', '-', '--', '٫', '٬', '،', '/', '۱/', '/۱', '1,', ',1', 'Infinity', '1'.repeat(310), '\u202E123', '💰', '١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧'];
    for (const input of inputs) {
      const result = parseNumber(input);
      if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
    }
  });
});

describe('toLatinDigits', () => {
  test('rewrites Persian and Arabic-Indic digits and leaves other text alone', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ x')).toBe('0123456789 0123456789 x');
  });
});
