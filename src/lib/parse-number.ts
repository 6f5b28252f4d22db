/**
 * Reads a number a reader typed, in any of the site's digit scripts, or says why it cannot.
 *
 * Accepted: Latin (0-9), Arabic-Indic (٠-٩) and Persian (۰-۹) digits, even mixed; the
 * decimal separators `.` and `٫` (U+066B), and `/` between Persian or Arabic digits (the way
 * many Persian keyboards type a decimal point: `۲/۵` is 2.5); the grouping separators `,`,
 * `٬` (U+066C), `،` (U+060C), `'`, and spaces of any width. Bidi marks and ZWNJ are ignored,
 * and so is a currency before or after the number: a symbol ($ € £ ¥ ﷼), an ISO code
 * (`AED 1200`, `1200 usd`) or a currency word in Persian, Arabic or English (`۱۲۰۰ تومان`, `٥٠٠ ج.م`,
 * `1200 tomans`) — the currency is chosen separately, the amount is what is read here.
 *
 * Result: `{ ok: true, value }` with a finite number, or `{ ok: false, reason }`. A reason is
 * one of `ParseProblem`; the UI turns it into a sentence, so `NaN` and `Infinity` never reach
 * the screen. Grouping is strict (each group after the first has exactly three digits):
 * `1,5` is refused as `separator` rather than guessed as 1.5 or 15.
 *
 * @example parseNumber('۱۲٬۵۰۰٫۵') // { ok: true, value: 12500.5 }
 * @example parseNumber('-3') // { ok: false, reason: 'negative' }
 */
import { toLatinDigits } from '../i18n/format';

export type ParseProblem =
  /** Nothing typed. */
  | 'empty'
  /** Letters, symbols or a shape that is not a number. */
  | 'not-a-number'
  /** A grouping separator in the wrong place, or two decimal separators. */
  | 'separator'
  /** Below zero. */
  | 'negative'
  /** Zero where zero cannot be used (hours, a target rate). */
  | 'zero'
  /** Larger than the caller's `max`. */
  | 'too-large';

export type ParseResult = { ok: true; value: number } | { ok: false; reason: ParseProblem };

export interface ParseOptions {
  /** Largest value accepted; defaults to one trillion. */
  max?: number;
  /** Whether 0 is a usable value; defaults to true. */
  allowZero?: boolean;
}

export const defaultMax = 1e12;

const bidiAndJoiners = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const spaces = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Currency words and abbreviations (Persian, Arabic, English), longest first so `ریال` is not read as part of another. */
const currencyWords = [
  'تومان',
  'تومن',
  'ریال',
  'ريال',
  'درهم',
  'دينار',
  'دینار',
  'جنيه',
  'دلار',
  'دولار',
  'یورو',
  'يورو',
  'ج.م',
  'ر.س',
  'د.إ',
  'tomans',
  'toman',
  'rials',
  'rial',
  'dirhams',
  'dirham',
  'pounds',
  'pound',
  'dollars',
  'dollar',
  'euros',
  'euro',
];
/** ISO codes readers in the region write beside amounts. */
const isoCodes = ['IRR', 'IRT', 'AED', 'SAR', 'EGP', 'USD', 'EUR', 'GBP', 'KWD', 'QAR', 'OMR', 'BHD', 'JOD', 'IQD', 'TRY', 'MAD', 'TND', 'DZD'];
const wordPattern = `(?:[$€£¥﷼]+|${isoCodes.join('|')}|${currencyWords.map((w) => w.replace(/\./g, '\\.')).join('|')})`;
const currency = new RegExp(`^${wordPattern}|${wordPattern}$`, 'giu');
const nonLatinDigit = /[\u0660-\u0669\u06F0-\u06F9]/;
const minus = /^[-\u2212\u2012\u2013\uFE63\uFF0D]|[-\u2212\u2012\u2013\uFE63\uFF0D]$|^\(.*\)$/;

// Re-exported: callers that parse numbers also normalise digits.
export { toLatinDigits };

/** Parses what a reader typed; see the module comment for what is accepted. */
export function parseNumber(input: string, options: ParseOptions = {}): ParseResult {
  const { max = defaultMax, allowZero = true } = options;
  let text = input.replace(bidiAndJoiners, '').replace(spaces, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const withoutCurrency = text.replace(currency, '');
  // Only a currency around digits is dropped: "abc" alone stays not-a-number.
  if (/[\d\u0660-\u0669\u06F0-\u06F9]/.test(withoutCurrency)) text = withoutCurrency;
  if (minus.test(text) && /\d|[\u0660-\u0669\u06F0-\u06F9]/.test(text)) return { ok: false, reason: 'negative' };

  // A slash is a decimal point only among Persian/Arabic digits; `1/2` in Latin digits is a fraction we do not guess at.
  const slashIsDecimal = nonLatinDigit.test(text);
  text = toLatinDigits(text).replace(/[\u066B]/g, '.');
  if (slashIsDecimal) text = text.replace(/\//g, '.');
  text = text.replace(/[\u066C\u060C']/g, ',');

  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: 'not-a-number' };
  const [whole = '', fraction, extra] = text.split('.');
  if (extra !== undefined || (fraction !== undefined && !/^\d*$/.test(fraction))) return { ok: false, reason: 'separator' };
  if (whole.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(whole)) return { ok: false, reason: 'separator' };

  const digits = whole.replace(/,/g, '');
  // More digits than any usable amount: refuse before Number() rounds it to Infinity.
  if (digits.replace(/^0+/, '').length > 16) return { ok: false, reason: 'too-large' };
  const value = Number(`${digits || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (value > max) return { ok: false, reason: 'too-large' };
  if (value === 0 && !allowZero) return { ok: false, reason: 'zero' };
  return { ok: true, value };
}
