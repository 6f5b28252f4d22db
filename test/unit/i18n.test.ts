import { describe, expect, test } from 'vitest';
import { directionOf, isLocale, localeCodes, locales, rtlLocales } from '../../src/i18n/locales';
import { localeFromPath, preferredLocale, stripBase } from '../../src/i18n/resolve';
import { guidePath, localePath, toolPath, translatePath, withBase } from '../../src/i18n/paths';
import { formatDate, formatNumber, isoDate, localiseDigits, longDate } from '../../src/i18n/format';
import { dictionaries, translator } from '../../src/i18n/translate';
import { en } from '../../src/i18n/ui/en';

describe('locales', () => {
  test('returns rtl for Persian and Arabic, ltr for English', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(rtlLocales).toEqual(['fa', 'ar']);
  });
  test('recognises only the served locales', () => {
    expect(isLocale('fa')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('toString')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  test('names each language in its own script', () => {
    expect(localeCodes.map((l) => locales[l].label)).toEqual(['فارسی', 'العربية', 'English']);
  });
});

describe('locale resolution', () => {
  test('picks the first served language from the browser list by primary subtag', () => {
    expect(preferredLocale(['de-DE', 'ar-EG', 'en'])).toBe('ar');
    expect(preferredLocale(['fa-IR'])).toBe('fa');
    expect(preferredLocale(['EN_gb'])).toBe('en');
  });
  test('suggests nothing when no browser language is served', () => {
    expect(preferredLocale(['de', 'fr-CA'])).toBeUndefined();
    expect(preferredLocale([])).toBeUndefined();
  });
  test('reads the locale from a path, with or without a base', () => {
    expect(localeFromPath('/fa/guides/money/')).toBe('fa');
    expect(localeFromPath('/help/ar/', '/help/')).toBe('ar');
    expect(localeFromPath('/help/fa/', '/other/')).toBe('en');
    expect(localeFromPath('/')).toBe('en');
  });
  test('strips the deploy base from a path', () => {
    expect(stripBase('/help/fa/guides/', '/help/')).toBe('/fa/guides/');
    expect(stripBase('/help', '/help/')).toBe('/');
    expect(stripBase('/fa/', '/')).toBe('/fa/');
  });
});

describe('paths', () => {
  test('builds guide, tool and locale paths', () => {
    expect(guidePath('ar', 'money')).toBe('/ar/guides/money/');
    expect(toolPath('fa', 'self-assessment')).toBe('/fa/tools/self-assessment/');
    expect(localePath('en')).toBe('/en/');
    expect(localePath('en', '/search/')).toBe('/en/search/');
  });
  test('prefixes site paths with the base and leaves other links alone', () => {
    expect(withBase('/fa/guides/', '/help/')).toBe('/help/fa/guides/');
    expect(withBase('/fa/guides/', '/')).toBe('/fa/guides/');
    expect(withBase('#top', '/help/')).toBe('#top');
  });
  test('gives the path of the same guide in another locale', () => {
    expect(translatePath('/fa/guides/money/', 'en')).toBe('/en/guides/money/');
    expect(translatePath('/help/ar/guides/repair/', 'fa', '/help/')).toBe('/fa/guides/repair/');
    expect(translatePath('/en/tools/self-assessment/', 'ar')).toBe('/ar/tools/self-assessment/');
  });
  test('sends a page outside any locale to the other locale’s home', () => {
    expect(translatePath('/', 'fa')).toBe('/fa/');
  });
});

describe('number and date formatting', () => {
  test('writes numbers in each locale’s digits', () => {
    expect(formatNumber('fa', 1234)).toBe('۱٬۲۳۴');
    expect(formatNumber('ar', 1234)).toBe('١٬٢٣٤');
    expect(formatNumber('en', 1234)).toBe('1,234');
  });
  test('writes a count without Intl exactly as Intl would, and leaves every other number to Intl', () => {
    const values = [...Array.from({ length: 1000 }, (_, i) => i), 1000, 12_345, -0, -1, -7, 0.5, 2.25, -3.5];
    for (const locale of localeCodes) {
      const intl = new Intl.NumberFormat(locales[locale].intl);
      for (const value of values) expect(formatNumber(locale, value), `${locale} ${value}`).toBe(intl.format(value));
      expect(formatNumber(locale, 7, { minimumFractionDigits: 2 })).toBe(new Intl.NumberFormat(locales[locale].intl, { minimumFractionDigits: 2 }).format(7));
    }
  });
  test('dates Persian guides in the Solar Hijri calendar with Persian digits', () => {
    expect(formatDate('fa', new Date('2026-11-23'))).toBe('۲ آذر ۱۴۰۵');
  });
  test('dates Arabic guides in the Gregorian calendar with Arabic-Indic digits', () => {
    expect(formatDate('ar', new Date('2026-11-23'))).toBe('٢٣ نوفمبر ٢٠٢٦');
    expect(formatDate('en', new Date('2026-11-23'))).toBe('23 November 2026');
  });
  test('the kept server formatter writes what formatDate writes, and is built once per locale', () => {
    const days = ['2026-11-23', '2025-03-20', '2024-12-31'].map((day) => new Date(day));
    for (const locale of localeCodes) {
      expect(longDate(locale)).toBe(longDate(locale));
      for (const day of days) expect(longDate(locale).format(day)).toBe(formatDate(locale, day));
    }
    expect(longDate('fa')).not.toBe(longDate('ar'));
  });
  test('keeps the calendar day whatever the build machine’s time zone', () => {
    expect(isoDate(new Date('2026-01-05'))).toBe('2026-01-05');
  });
  test('rewrites any digit script into the locale’s digits', () => {
    expect(localiseDigits('fa', 'Step 3 of ٥')).toBe('Step ۳ of ۵');
    expect(localiseDigits('ar', '۱۲ and 34')).toBe('١٢ and ٣٤');
    expect(localiseDigits('en', '۱٢3')).toBe('123');
  });
});

describe('interface strings', () => {
  test('every locale has exactly the English keys (plus extra plural forms)', () => {
    const base = Object.keys(en).sort();
    for (const locale of localeCodes) {
      const keys = Object.keys(dictionaries[locale]);
      const core = keys.filter((k) => !/\.(zero|two|few|many)$/.test(k)).sort();
      expect(core, locale).toEqual(base);
      for (const extra of keys.filter((k) => /\.(zero|two|few|many)$/.test(k))) {
        expect(base, `${locale}: ${extra} has no .other form`).toContain(extra.replace(/\.\w+$/, '.other'));
      }
    }
  });
  test('no string is empty in any locale', () => {
    for (const locale of localeCodes) {
      for (const [key, value] of Object.entries(dictionaries[locale])) expect(value.trim(), `${locale} ${key}`).not.toBe('');
    }
  });
  test('Persian strings use Persian letters and Arabic strings Arabic letters', () => {
    for (const [key, value] of Object.entries(dictionaries.fa)) expect(value, `fa ${key}`).not.toMatch(/[\u064A\u0643\u0649]/);
    for (const [key, value] of Object.entries(dictionaries.ar)) expect(value, `ar ${key}`).not.toMatch(/[\u06CC\u06A9\u06AF\u0686\u067E\u0698]/);
  });
  test('placeholders survive translation', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of localeCodes) {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        if (/\.(one|other)$/.test(key)) continue; // a plural form may spell the number out
        expect(placeholders(dictionaries[locale][key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });
  test('fills placeholders and writes numbers in the locale’s digits', () => {
    const t = translator('fa');
    expect(t('fallback.notice', { language: 'English' })).toContain('English');
    expect(t.plural('guides.count', 9)).toBe('۹ راهنما');
    expect(t.dir).toBe('rtl');
    expect(t.lang).toBe('fa');
  });
  test('chooses Arabic plural forms by count', () => {
    const t = translator('ar');
    expect(t.plural('guides.count', 1)).toBe('دليل واحد');
    expect(t.plural('guides.count', 2)).toBe('دليلان');
    expect(t.plural('guides.count', 3)).toBe('٣ أدلة');
    expect(t.plural('guides.count', 11)).toBe('١١ دليلًا');
    expect(t.plural('guides.count', 100)).toBe('١٠٠ دليل');
  });
  test('chooses English plural forms by count', () => {
    const t = translator('en');
    expect(t.plural('guides.count', 1)).toBe('1 guide');
    expect(t.plural('guides.count', 9)).toBe('9 guides');
  });
});
