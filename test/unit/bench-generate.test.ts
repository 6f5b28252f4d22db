import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { generateGuides, generatePages, guideKeys, maxWords, minWords, searchQueries, seededRandom, titleFor } from '../../bench/generate.mjs';
import * as site from '../../bench/site-vocabulary';

const guides = generateGuides({ perLocale: 40, site });
const frontmatterOf = (text: string) => parseFrontmatter(text).frontmatter;
const bodyOf = (text: string) => parseFrontmatter(text).content;
const linkTargets = (text: string) => [...text.matchAll(/\]\((\/[^)]+)\)/g)].map((m) => String(m[1]));

describe('synthetic guides', () => {
  test('the same seed gives byte-identical files', () => {
    const again = generateGuides({ perLocale: 40, site });
    expect(again.map((g) => g.text)).toEqual(guides.map((g) => g.text));
  });

  test('another seed gives other text', () => {
    const other = generateGuides({ perLocale: 40, site, seed: 'another' });
    expect(other.map((g) => g.text)).not.toEqual(guides.map((g) => g.text));
  });

  test('a smaller size is exactly the first guides of a larger one', () => {
    const small = generateGuides({ perLocale: 12, site });
    expect(small.map((g) => g.text)).toEqual(guides.filter((g) => g.index < 12).map((g) => g.text));
  });

  test('every frontmatter passes the real guide schema', () => {
    for (const guide of guides) {
      const result = site.guideSchema.safeParse(frontmatterOf(guide.text));
      expect(result.success, `${guide.path}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  test('summaries have two to six points and sources come from the sources table', () => {
    for (const guide of guides) {
      const data = frontmatterOf(guide.text) as { summary: string[]; sources: string[] };
      expect(data.summary.length).toBeGreaterThanOrEqual(2);
      expect(data.summary.length).toBeLessThanOrEqual(6);
      for (const id of data.sources) expect(site.sourceIds).toContain(id);
    }
  });

  test("bodies have 800 to 1200 words by the site's own counter", () => {
    for (const guide of guides) {
      const words = site.countWords(guide.text);
      expect(words, guide.path).toBeGreaterThanOrEqual(minWords);
      expect(words, guide.path).toBeLessThanOrEqual(maxWords);
    }
  });

  test('every locale has every key, and translations share stage and order', () => {
    for (const locale of site.localeCodes) expect(guides.filter((g) => g.locale === locale)).toHaveLength(40);
    const byKey = Map.groupBy(guides, (g) => g.key);
    for (const [key, translations] of byKey) {
      const facts = translations.map((g) => `${g.frontmatter.stage}/${g.frontmatter.order}`);
      expect(new Set(facts).size, key).toBe(1);
    }
  });

  test('file names match the key field', () => {
    for (const guide of guides) expect(guide.path).toBe(`guides/${guide.locale}/${guide.frontmatter.key}.mdx`);
  });

  test('links point to guides that exist, in the same locale, even at the smallest size', () => {
    const smallest = generateGuides({ perLocale: 3, site });
    const existingSmall = new Set(smallest.map((g) => `/${g.locale}/guides/${g.key}/`));
    for (const guide of smallest) for (const href of linkTargets(guide.text)) expect(existingSmall).toContain(href);
    const existing = new Set(guides.map((g) => `/${g.locale}/guides/${g.key}/`));
    let links = 0;
    for (const guide of guides) {
      for (const href of linkTargets(guide.text)) {
        links += 1;
        expect(existing).toContain(href);
        expect(href.startsWith(`/${guide.locale}/`)).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(guides.length);
  });

  test('bodies have headings and lists, and Persian text has ZWNJ words', () => {
    for (const guide of guides) {
      expect(bodyOf(guide.text)).toMatch(/^## \S/m);
      expect(bodyOf(guide.text)).toMatch(/^(- |1\. )\S/m);
    }
    const persian = guides.filter((g) => g.locale === 'fa');
    expect(persian.every((g) => /\p{L}\u200c\p{L}/u.test(g.text))).toBe(true);
  });

  test('a share of the guides embeds one known tool, the same in every translation', () => {
    const embeds = guides.filter((g) => g.locale === 'en' && g.tool);
    expect(embeds.length).toBe(8); // 20% of 40
    for (const guide of guides) {
      const found = [...guide.text.matchAll(/<Tool id="([^"]+)" \/>/g)].map((m) => m[1]);
      expect(found).toEqual(guide.tool ? [guide.tool] : []);
      if (guide.tool) expect(site.toolIds).toContain(guide.tool);
    }
    expect(generateGuides({ perLocale: 10, site, toolShare: 0 }).some((g) => g.tool)).toBe(false);
  });

  test('titles are unique within a locale, past the last qualifier too', () => {
    for (const locale of site.localeCodes) {
      const titles = Array.from({ length: 320 }, (_, i) => titleFor(locale, i, site));
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});

describe('guide keys', () => {
  test('reserved keys come first, and topic keys skip them', () => {
    expect(guideKeys(4, ['money', 'red-flags'])).toEqual(['money', 'red-flags', 'late-payments', 'scope-creep']);
  });
  test('keys stay unique past the first round of topics', () => {
    const keys = guideKeys(300);
    expect(new Set(keys).size).toBe(300);
    expect(keys[25]).toBe('red-flags-2');
  });
  test('a size smaller than the reserved keys is refused with the reason', () => {
    expect(() => generateGuides({ perLocale: 3, site, reservedKeys: ['a', 'b', 'c', 'd'] })).toThrow(/at least 4, the number of real guide keys/);
  });
  test('the generated guides use the reserved keys', () => {
    const keys = new Set(generateGuides({ perLocale: 5, site, reservedKeys: ['money', 'repair'] }).map((g) => g.key));
    expect(keys).toEqual(new Set(['money', 'repair', 'red-flags', 'late-payments', 'scope-creep']));
  });
});

describe('synthetic pages and queries', () => {
  test('about and sources exist in every locale and pass the page schema', () => {
    const pages = generatePages({ site });
    expect(pages.map((p) => p.path).sort()).toEqual(site.localeCodes.flatMap((l) => [`pages/${l}/about.mdx`, `pages/${l}/sources.mdx`]).sort());
    for (const page of pages) {
      expect(site.pageSchema.safeParse(frontmatterOf(page.text)).success, page.path).toBe(true);
      expect(linkTargets(page.text)).toEqual([]);
    }
  });
  test("every search query occurs in that locale's guides", () => {
    for (const locale of site.localeCodes) {
      const text = guides
        .filter((g) => g.locale === locale)
        .map((g) => g.text)
        .join('\n');
      for (const query of searchQueries(locale)) expect(text, `${locale} ${query}`).toContain(query);
    }
  });
});

test('the seeded random generator repeats itself and stays in range', () => {
  const a = seededRandom('x');
  const b = seededRandom('x');
  const first = Array.from({ length: 5 }, () => a.int(1, 6));
  expect(Array.from({ length: 5 }, () => b.int(1, 6))).toEqual(first);
  expect(first.every((n) => n >= 1 && n <= 6)).toBe(true);
  expect(new Set(seededRandom('y').sample([1, 2, 3, 4], 4))).toEqual(new Set([1, 2, 3, 4]));
});
