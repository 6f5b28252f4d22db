import { locales, type Locale } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with the locale's own digits and separators (fa → ۱٬۲۳۴, ar → ١٬٢٣٤).
 * @example formatNumber('fa', 12) // '۱۲'
 */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  // A count (0–999, no options) is only its digits, and writing them needs no Intl object:
  // a page's first `Intl.NumberFormat` costs 15–25 ms of main thread while the browser loads
  // Unicode data, and the search page's result count would pay it before its first result.
  // A unit test holds this to Intl's output.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0) && Object.keys(options).length === 0)
    return localiseDigits(locale, String(value));
  const cacheKey = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locales[locale].intl, options);
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}

/**
 * A calendar date in the locale's calendar and digits: the Solar Hijri calendar for
 * Persian, Gregorian for Arabic and English. Dates are taken as UTC days so the build
 * machine's time zone never shifts them.
 * @example formatDate('fa', new Date('2026-11-23')) // '۲ آذر ۱۴۰۵'
 */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locales[locale].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * `formatDate` with one formatter per locale kept for the whole build, for the server: it
 * dates every guide page, and building a formatter (the Solar Hijri one above all) is what
 * costs, ≈ 0.5 ms each, 0.5 CPU-s at 300 guides per locale. `formatDate` itself stays as it
 * is because the islands bundle it; a cache there would change their JavaScript. A unit
 * test holds the two to the same output.
 * @example longDate('fa').format(new Date('2026-11-23')) // '۲ آذر ۱۴۰۵'
 */
export function longDate(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].intl, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** ISO `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const latinDigits = '0123456789';
const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;

/** Rewrites every ASCII, Arabic-Indic or Persian digit as the digit of the same value in `digits`. */
function writeDigits(text: string, digits: string): string {
  return text.replace(anyDigit, (digit) => {
    const code = digit.charCodeAt(0);
    const value = code <= 0x39 ? code - 0x30 : code <= 0x669 ? code - 0x660 : code - 0x6f0;
    return digits[value] ?? digit;
  });
}

/**
 * Rewrites every digit in a string in the locale's digits, for numbers that are already
 * text (step numbers, ranges in strings).
 * @example localiseDigits('ar', 'Step 3 of 5') // 'Step ٣ of ٥'
 */
export function localiseDigits(locale: Locale, text: string): string {
  return writeDigits(text, locales[locale].digits);
}

/** Latin digits for Persian and Arabic-Indic ones, before parsing. @example toLatinDigits('۱٢3') // '123' */
export function toLatinDigits(text: string): string {
  return writeDigits(text, latinDigits);
}
