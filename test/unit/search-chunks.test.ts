import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { chunkMayHold } from '../../src/lib/search-chunks';

// Three chunks as Pagefind split the English index: words "0"…"life", "lift"…"wher", "whet"…"”".
const english: [string, string][] = [
  ['0', 'life'],
  ['lift', 'wher'],
  ['whet', '”'],
];
const kept = (locale: Locale, words: string[], chunks: [string, string][]) =>
  chunks.filter(([from, to]) => chunkMayHold(locale, words, from, to)).map(([from]) => from);

describe('chunkMayHold', () => {
  test('keeps the chunk a word, or its stem, can be in', () => {
    expect(kept('en', ['invoice'], english)).toEqual(['0']);
    expect(kept('en', ['where'], english)).toEqual(['lift', 'whet']);
    // Stemmed by Pagefind as "happi": still the chunk of "ha…".
    expect(kept('en', ['happy'], english)).toEqual(['0']);
  });

  test('a chunk that ends or begins inside the words a prefix starts is kept', () => {
    expect(kept('en', ['lif'], english)).toEqual(['0', 'lift']);
  });

  test('each word of a query counts', () => {
    expect(kept('en', ['invoice', 'whole'], english)).toEqual(['0', 'lift', 'whet']);
  });

  test('no words: every chunk', () => {
    expect(kept('en', [], english)).toEqual(['0', 'lift', 'whet']);
  });

  test('Arabic: the chunk of the word without its article is kept too', () => {
    const arabic: [string, string][] = [
      ['0', 'دليل'],
      ['دليل،', 'من'],
      ['من؟', 'ی'],
    ];
    // العميل is indexed as عميل (Pagefind's Arabic stemmer drops ال): the second chunk, and
    // the first in case the article stays; not the third (مي… would be a wrong guess).
    expect(kept('ar', ['العميل'], arabic)).toEqual(['0', 'دليل،']);
    // A conjunction and a preposition with the article, وبالعقد → عقد: the chunks of وب…, با…,
    // ال… (each prefix may be all that is stripped) and عق….
    expect(kept('ar', ['وبالعقد'], arabic)).toEqual(['0', 'دليل،', 'من؟']);
    expect(kept('ar', ['عقد'], arabic)).toEqual(['دليل،']);
  });

  test('Arabic: a first alef’s hamza may be dropped by the stemmer', () => {
    const arabic: [string, string][] = [
      ['0', 'اخ'],
      ['اد', 'ي'],
    ];
    // أد… sorts before every bare alef: only its written form would keep the first chunk.
    expect(kept('ar', ['أداء'], arabic)).toEqual(['0', 'اد']);
  });
});
