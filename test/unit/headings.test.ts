import { describe, expect, test } from 'vitest';
import { headingTag, tocSections, toolHeading } from '../../src/lib/headings';

describe('toolHeading', () => {
  test('starts a tool on its own page at h2 and inside a guide at h3', () => {
    expect(toolHeading(true)).toBe('h2');
    expect(toolHeading(false)).toBe('h3');
  });

  test('counts sub-headings down from the top', () => {
    expect(toolHeading(true, 1)).toBe('h3');
    expect(toolHeading(false, 1)).toBe('h4');
  });
});

describe('headingTag', () => {
  test('keeps levels within h2 to h6', () => {
    expect(headingTag(1)).toBe('h2');
    expect(headingTag(5)).toBe('h5');
    expect(headingTag(9)).toBe('h6');
  });
});

describe('tocSections', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

  test('nests subsections under their section, so only sections are numbered (1…5 then 6, not 9)', () => {
    const headings = [h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(2, 'c'), h(3, 'c1'), h(2, 'd'), h(2, 'e'), h(2, 'f')];
    const sections = tocSections(headings);
    expect(sections.map((s) => s.heading.slug)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(sections.map((s) => s.children.map((c) => c.slug))).toEqual([['a1', 'a2'], [], ['c1'], [], [], []]);
  });

  test('a subsection before any section stands as a section; h1 and h4 and deeper are left out', () => {
    expect(tocSections([h(3, 'intro'), h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(3, 'a1')])).toEqual([
      { heading: h(3, 'intro'), children: [] },
      { heading: h(2, 'a'), children: [h(3, 'a1')] },
    ]);
  });

  test('no headings, no sections', () => {
    expect(tocSections([])).toEqual([]);
  });
});
