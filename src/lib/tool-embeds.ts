/**
 * A guide embeds a tool with `<Tool id="…" />` on a line of its own. So that such a guide
 * can still be rendered as plain Markdown (see src/integration/plain-markdown-loader.ts),
 * each embed becomes an HTML comment before rendering, which Markdown passes through as a
 * block of its own, and the guide's page splits the HTML there and renders the tool. The
 * result is the same HTML the MDX component gave: `…</p>\n<section…>…</section>\n<h2…`.
 */

/** An embed as authors write it, the whole line. */
const toolLine = /^<Tool id="([a-z0-9-]+)" \/>$/;
const markerPattern = /<!--tool:([a-z0-9-]+)-->/;

/** A part of a guide's HTML: markup to write as it is, or a tool to render in its place. */
export type GuidePart = string | { readonly tool: string };

/**
 * Replaces every embed that stands alone (a blank line or the body's edge on both sides)
 * with its marker. An embed written any other way is left as it is, so the guide stays on
 * the MDX path, which reads it as MDX always did.
 */
export function markToolEmbeds(body: string): string {
  const lines = body.split('\n');
  const blank = (index: number) => index < 0 || index >= lines.length || lines[index] === '';
  return lines
    .map((line, index) => line.replace(toolLine, (embed, id: string) => (blank(index - 1) && blank(index + 1) ? `<!--tool:${id}-->` : embed)))
    .join('\n');
}

/** Removes the markers: what is left must be plain Markdown for the guide to skip MDX. */
export function withoutToolMarkers(markdown: string): string {
  return markdown.replace(new RegExp(markerPattern.source, 'g'), '');
}

/**
 * Splits rendered HTML at the markers, in order; undefined when it holds none (the page
 * then writes the HTML whole).
 */
export function splitAtToolEmbeds(html: string): GuidePart[] | undefined {
  const pieces = html.split(new RegExp(markerPattern.source, 'g'));
  if (pieces.length === 1) return undefined;
  // split() with a capture group alternates text and ids: [text, id, text, id, text].
  return pieces.flatMap((piece, index): GuidePart[] => (index % 2 === 1 ? [{ tool: piece }] : piece === '' ? [] : [piece]));
}
