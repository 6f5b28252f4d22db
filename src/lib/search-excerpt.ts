/**
 * Pagefind's excerpts, made safe to show. Pagefind returns an excerpt as an HTML string:
 * the page's text with HTML-escaped characters and the matched words in `<mark>…</mark>`.
 * The search island never puts that string into the DOM as HTML; it is cut here into
 * plain-text parts, `{ text, marked }[]`, which the island renders as text nodes (marked
 * parts inside `<mark>`). Any other tag is dropped; entities are decoded to text.
 */
export interface ExcerptPart {
  text: string;
  /** A word Pagefind matched, shown highlighted. */
  marked: boolean;
}

const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the entities Pagefind emits (and numeric ones); unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[body.toLowerCase()] ?? entity;
  });
}

/**
 * @example excerptParts('ما <mark>مشتری</mark> &amp; تیم')
 * // [{ text: 'ما ', marked: false }, { text: 'مشتری', marked: true }, { text: ' & تیم', marked: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>?/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
