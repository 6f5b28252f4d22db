/**
 * Which of a Pagefind index's chunks a search can need, from each chunk's first and last
 * word (src/integration/pagefind-meta.mjs): Pagefind matches every query word as the start
 * of indexed words, after its own stemming. Used to fetch only those chunks when a search
 * falls back to another language; a chunk wrongly left out is only fetched later, by
 * Pagefind itself, so a guess costs time, never results.
 */
import type { Locale } from '../i18n/locales';

/** Letters kept of each word: Snowball's English stems keep at least the first two (happy → happi). */
const prefixLength = 2;

/**
 * The starts a word may have in the index. Arabic stemming drops a leading article or
 * conjunction (العميل → عميل, وبال…), so every start within its first three letters counts.
 */
function starts(locale: Locale, word: string): string[] {
  const offsets = locale === 'ar' ? [0, 1, 2, 3] : [0];
  return offsets.map((offset) => word.slice(offset, offset + prefixLength)).filter((start) => start.length > 0);
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
