/**
 * Which of a Pagefind index's chunks a search can need, from each chunk's first and last
 * word (src/integration/pagefind-meta.mjs): Pagefind matches every query word as the start
 * of indexed words, after its own stemming. The search page fetches only those chunks, in
 * its own language as soon as its first script knows the query, in another when a search
 * falls back to it. A chunk wrongly left out is only fetched later, by Pagefind itself, so a
 * guess costs time, never results.
 */
import type { Locale } from '../i18n/locales';

/** Letters kept of each word: Snowball's English stems keep at least the first two (happy → happi). */
const prefixLength = 2;

/**
 * What Snowball's Arabic stemmer may strip from the front of a word: a conjunction (و، ف),
 * then a preposition (ب، ك، ل), the article (ال) or both (بال، كال), or لل; and the future
 * marker س of a verb (سيكتب → يكتب).
 */
const arabicPrefix = /^[وف]?(?:[بك]?ال|لل|[بكلس])?$/;

/**
 * The starts a word may have in the index: its own, and in Arabic also the start left once
 * any prefix the stemmer may strip is gone (العميل → عميل, وبالعقد → عقد), and with a first
 * alef's hamza dropped, as the stemmer may write it (أداء → اداء).
 */
function starts(locale: Locale, word: string): string[] {
  if (locale !== 'ar') return [word.slice(0, prefixLength)].filter((start) => start.length > 0);
  const found = new Set<string>();
  for (const offset of [0, 1, 2, 3, 4]) {
    if (offset > 0 && (word.length - offset < prefixLength || !arabicPrefix.test(word.slice(0, offset)))) continue;
    const start = word.slice(offset, offset + prefixLength);
    if (start) found.add(start).add(start.replace(/^[أإآ]/, 'ا'));
  }
  return [...found];
}

/**
 * Whether a chunk holding the words `from` … `to` (in Pagefind's order, which for these
 * scripts is the strings' code unit order) can hold a word that one of `words` starts.
 * @example chunkMayHold('en', ['invoice'], 'a', 'life') // true
 */
export function chunkMayHold(locale: Locale, words: readonly string[], from: string, to: string): boolean {
  if (words.length === 0) return true;
  return words.some((word) => starts(locale, word).some((start) => from <= `${start}\uffff` && to >= start));
}
