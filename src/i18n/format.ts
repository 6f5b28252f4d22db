import { locales, type Locale } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with the locale's own digits and separators (fa → ۱٬۲۳۴, ar → ١٬٢٣٤).
 * @example formatNumber('fa', 12) // '۱۲'
 */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
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

/** ISO `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const digitSets: Record<Locale, string> = {
  fa: '۰۱۲۳۴۵۶۷۸۹',
  ar: '٠١٢٣٤٥٦٧٨٩',
  en: '0123456789',
};

/**
 * Rewrites every ASCII, Arabic-Indic or Persian digit in a string to the locale's digits,
 * for numbers that are already text (step numbers, ranges in strings).
 * @example localiseDigits('ar', 'Step 3 of 5') // 'Step ٣ of ٥'
 */
export function localiseDigits(locale: Locale, text: string): string {
  const target = digitSets[locale];
  return text.replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const value = code <= 0x39 ? code - 0x30 : code <= 0x669 ? code - 0x660 : code - 0x6f0;
    return target[value] ?? digit;
  });
}
