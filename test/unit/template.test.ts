import { describe, expect, test } from 'vitest';
import { fillTemplate, placeholdersOf, splitTemplate } from '../../src/i18n/template';

describe('templates', () => {
  test('numbers are written in the locale’s digits', () => {
    expect(fillTemplate('fa', '{done} از {total}', { done: 2, total: 5 })).toBe('۲ از ۵');
    expect(fillTemplate('ar', '{done} من {total}', { done: 3, total: 10 })).toBe('٣ من ١٠');
    expect(fillTemplate('en', '{done} of {total}', { done: 3, total: 10 })).toBe('3 of 10');
  });

  test('names may contain hyphens, and unknown names stay visible', () => {
    expect(fillTemplate('en', 'Dear {client-name}, {missing}', { 'client-name': 'Acme' })).toBe('Dear Acme, {missing}');
  });

  test('a template splits into text and placeholders', () => {
    expect(splitTemplate('Hi {name}!')).toEqual([{ text: 'Hi ' }, { name: 'name' }, { text: '!' }]);
    expect(placeholdersOf('{a} and {b-c}')).toEqual(['a', 'b-c']);
  });
});
