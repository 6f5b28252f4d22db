import { describe, expect, test } from 'vitest';
import { localeCodes, locales } from '../../src/i18n/locales';
import { pluralTemplate } from '../../src/i18n/plural';

const forms = { 'n.zero': 'none', 'n.one': 'one guide', 'n.two': 'two guides', 'n.few': 'a few guides', 'n.other': 'guides' };

describe('pluralTemplate', () => {
  test('picks the English one and other forms', () => {
    expect(pluralTemplate('en', forms, 'n', 1)).toBe('one guide');
    expect(pluralTemplate('en', forms, 'n', 3)).toBe('guides');
  });

  test('uses Arabic dual and few forms', () => {
    expect(pluralTemplate('ar', forms, 'n', 2)).toBe('two guides');
    expect(pluralTemplate('ar', forms, 'n', 5)).toBe('a few guides');
  });

  test('prefers a zero form for 0 when the table has one, else falls back to other', () => {
    expect(pluralTemplate('en', forms, 'n', 0)).toBe('none');
    expect(pluralTemplate('en', { 'n.other': 'guides' }, 'n', 0)).toBe('guides');
  });

  test('chooses as the locale’s full Intl tag would, for every count from 0 to 200', () => {
    const all = { 'n.zero': 'zero', 'n.one': 'one', 'n.two': 'two', 'n.few': 'few', 'n.many': 'many', 'n.other': 'other' };
    for (const locale of localeCodes) {
      const full = new Intl.PluralRules(locales[locale].intl);
      for (let count = 0; count <= 200; count += 1)
        expect(pluralTemplate(locale, all, 'n', count), `${locale} ${count}`).toBe(count === 0 ? 'zero' : full.select(count));
    }
  });
  test('shows the key when the table has no form for it', () => {
    expect(pluralTemplate('fa', {}, 'n', 2)).toBe('n');
  });
});
