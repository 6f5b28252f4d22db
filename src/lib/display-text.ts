/**
 * Showing text a reader typed (client names) safely inside other text: isolated from the
 * surrounding direction and shortened by whole characters, so that right-to-left override
 * marks, emoji and 10,000-character names neither reorder nor break what is around them.
 * Markup needs no treatment here: Preact and Astro render strings as text, never as HTML.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps text in First Strong Isolate … Pop Directional Isolate, the plain-text equivalent of
 * `<bdi>`, for places that cannot hold elements (SVG `<text>`, `aria-label`, copied text).
 * Any embedding or override opened inside ends at the PDI.
 * @example isolate('Acme') // '\u2068Acme\u2069'
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/**
 * At most `max` user-perceived characters (grapheme clusters, so an emoji or a letter with
 * its marks is never cut in half), with `…` when shortened.
 * @example truncateGraphemes('👩‍💻 Studio Nord', 3) // '👩‍💻 S…'
 */
export function truncateGraphemes(text: string, max: number): string {
  const graphemes = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  return graphemes.length <= max ? text : `${graphemes.slice(0, max).join('')}…`;
}
