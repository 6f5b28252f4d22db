/**
 * Heading levels for components that render inside other pages' outlines: a tool on its
 * own page starts at h2 (under the page's h1), the same tool inside a guide at h3 (under the
 * guide's h2 sections). One helper so every island and component counts the same way.
 */
export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The tag for a level, kept within h2…h6. @example headingTag(4) // 'h4' */
export function headingTag(level: number): HeadingTag {
  return `h${Math.min(Math.max(Math.round(level), 2), 6)}` as HeadingTag;
}

/**
 * A tool's heading tag, `depth` levels below its top heading.
 * @example toolHeading(true) // 'h2'
 * @example toolHeading(false, 1) // 'h4'
 */
export function toolHeading(standalone: boolean, depth = 0): HeadingTag {
  return headingTag((standalone ? 2 : 3) + depth);
}

/** A heading as Markdown reports it (the shape of Astro's `MarkdownHeading`). */
export interface OutlineHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * A guide's table of contents: its sections (depth 2), each with its subsections (depth 3)
 * beneath it, so only sections are numbered. A subsection before any section becomes a
 * section of its own; deeper headings are left out.
 * @example tocSections([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'b', text: 'B' }])
 * // [{ heading: { depth: 2, slug: 'a', text: 'A' }, children: [{ depth: 3, slug: 'b', text: 'B' }] }]
 */
export function tocSections<H extends OutlineHeading>(headings: readonly H[]): { heading: H; children: H[] }[] {
  const sections: { heading: H; children: H[] }[] = [];
  for (const h of headings) {
    const parent = sections.at(-1);
    if (h.depth === 2 || (h.depth === 3 && !parent)) sections.push({ heading: h, children: [] });
    else if (h.depth === 3) parent!.children.push(h);
  }
  return sections;
}
