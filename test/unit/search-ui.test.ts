import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { dictionaries } from '../../src/i18n/translate';
import { countText, type SearchUi } from '../../src/lib/search-ui';

const ui = (locale: Locale) => Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => key.startsWith('search.'))) as SearchUi;

describe('countText', () => {
  test('uses the plural form and the digits of each language', () => {
    expect(countText('en', ui('en'), 1)).toBe('1 guide matches');
    expect(countText('en', ui('en'), 3)).toBe('3 guides match');
    expect(countText('fa', ui('fa'), 3)).toBe('۳ راهنما پیدا شد');
    expect(countText('ar', ui('ar'), 1)).toBe('دليل واحد مطابق');
    expect(countText('ar', ui('ar'), 2)).toBe('دليلان مطابقان');
    expect(countText('ar', ui('ar'), 5)).toBe('٥ أدلة مطابقة');
    expect(countText('ar', ui('ar'), 11)).toBe('١١ دليلًا مطابقًا');
  });

  test('uses a zero form where the language has one', () => {
    expect(countText('ar', ui('ar'), 0)).toBe('لا يوجد دليل مطابق');
  });
});
