import { describe, expect, test } from 'vitest';
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

  test('shows the key when the table has no form for it', () => {
    expect(pluralTemplate('fa', {}, 'n', 2)).toBe('n');
  });
});
