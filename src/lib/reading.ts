/**
 * Word counting that works for Persian, Arabic and English MDX: frontmatter, JSX tags,
 * link targets and markdown punctuation are left out; a ZWNJ joins a word, it does not
 * split it.
 * @example countWords('---\ntitle: x\n---\nمی‌کنند [two](/en/) words') // 3
 */
export function countWords(mdx: string): number {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|-]+/g, ' ');
  return body.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to read at a calm pace, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
