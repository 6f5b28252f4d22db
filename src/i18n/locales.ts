/**
 * The one table of locales. Routing, `<html lang dir>`, the language switcher, number and
 * date formatting and the search indexes are all derived from it.
 */
export const locales = {
  fa: {
    label: 'فارسی',
    lang: 'fa',
    dir: 'rtl',
    /** BCP 47 tag for Intl: Persian digits, Solar Hijri calendar. */
    intl: 'fa-IR-u-nu-arabext-ca-persian',
    /** The digits 0–9 as the locale writes them (matching `intl`'s numbering system). */
    digits: '۰۱۲۳۴۵۶۷۸۹',
    /** Letters and digits that tell a text is written in this language and not another of the site's (پ چ ژ گ ک ی ۀ, ۰–۹). */
    ownLetters: /[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06F0-\u06F9]/,
  },
  ar: {
    label: 'العربية',
    lang: 'ar',
    dir: 'rtl',
    /** Arabic-Indic digits, Gregorian calendar (the common choice in Modern Standard Arabic publishing). */
    intl: 'ar-u-nu-arab-ca-gregory',
    digits: '٠١٢٣٤٥٦٧٨٩',
    /** ة ي ك ى, ٠–٩. */
    ownLetters: /[\u0629\u064A\u0643\u0649\u0660-\u0669]/,
  },
  en: {
    label: 'English',
    lang: 'en',
    dir: 'ltr',
    intl: 'en-GB',
    digits: '0123456789',
    /** Latin letters. */
    ownLetters: /[a-z]/i,
  },
} as const satisfies Record<string, { label: string; lang: string; dir: 'ltr' | 'rtl'; intl: string; digits: string; ownLetters: RegExp }>;

export type Locale = keyof typeof locales;
export type Direction = 'ltr' | 'rtl';

/** Order in which languages are offered: the two right-to-left languages the site serves first. */
export const localeCodes = ['fa', 'ar', 'en'] as const satisfies readonly Locale[];

export const defaultLocale: Locale = 'en';

export const rtlLocales: readonly Locale[] = localeCodes.filter((l) => locales[l].dir === 'rtl');

/** @example isLocale('fa') // true */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** @example directionOf('ar') // 'rtl' */
export function directionOf(locale: Locale): Direction {
  return locales[locale].dir;
}
