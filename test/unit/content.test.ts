/**
 * The guides as written: every guide in every language, frontmatter valid and consistent
 * across translations, length in range, each locale's own letters and digits, and links
 * that resolve inside the same locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { buildCatalog } from '../../src/lib/guide-catalog';
import { countWords } from '../../src/lib/reading';
import { problemWithSiteLink } from '../../src/integration/rehype-site-links.mjs';
import { guideSchema } from '../../src/schemas/guide';
import { pageSchema } from '../../src/schemas/page';

const root = 'content';
const requiredKeys = ['nightmare-or-difficult', 'red-flags', 'decided-cases', 'money', 'five-steps', 'repair', 'ending-well', 'case-study', 'after-the-exit'];

const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx'));
const guides = localeCodes.flatMap((locale) =>
  files(join(root, 'guides', locale)).map((file) => {
    const path = join(root, 'guides', locale, file);
    const source = readFileSync(path, 'utf8');
    const { frontmatter, content } = parseFrontmatter(source);
    return { locale, key: file.replace(/\.mdx$/, ''), path, source, frontmatter, body: content };
  }),
);
const pages = localeCodes.flatMap((locale) =>
  files(join(root, 'pages', locale)).map((file) => {
    const path = join(root, 'pages', locale, file);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    return { locale, path, frontmatter, body: content };
  }),
);

/** Prose only: no link targets, tool embeds or markdown syntax. */
const prose = (body: string) => body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' ');

const exists = (locale: string, key: string) => guides.some((g) => g.locale === locale && g.key === key);

describe('coverage', () => {
  test.each(localeCodes)('%s has every guide the journey needs', (locale) => {
    const keys = guides.filter((g) => g.locale === locale).map((g) => g.key);
    expect(keys.sort()).toEqual([...requiredKeys].sort());
  });
  test.each(localeCodes)('%s has an about page and a sources page', (locale) => {
    expect(
      pages
        .filter((p) => p.locale === locale)
        .map((p) => p.path.split('/').pop())
        .sort(),
    ).toEqual(['about.mdx', 'sources.mdx']);
  });
});

describe.each(guides.map((g) => [g.path, g] as const))('%s', (_path, guide) => {
  test('has valid frontmatter whose key matches the file name', () => {
    const parsed = guideSchema.parse(guide.frontmatter);
    expect(parsed.key).toBe(guide.key);
  });
  test('is 600 to 1500 words long', () => {
    const words = countWords(guide.source);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1500);
  });
  test('has headings a reader can scan and no second h1', () => {
    expect(guide.body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(guide.body).not.toMatch(/^# /m);
  });
  test('links only to guides that exist, in its own language', () => {
    const links = [...guide.body.matchAll(/\]\((\/[^)\s]+)\)/g)].map((m) => m[1]!);
    const problems = links.map((href) => problemWithSiteLink(href, guide.locale, exists)).filter(Boolean);
    expect(problems).toEqual([]);
  });
  test('links to at least two other guides or tools', () => {
    const links = new Set([...guide.body.matchAll(new RegExp(`\\]\\((/(?:${localeCodes.join('|')})/(?:guides|tools)/[^)]+)\\)`, 'g'))].map((m) => m[1]));
    expect(links.size).toBeGreaterThanOrEqual(2);
  });
  test('uses the letters and digits of its language', () => {
    const text = `${prose(guide.body)} ${String(guide.frontmatter.title)} ${String(guide.frontmatter.description)} ${(guide.frontmatter.summary as string[]).join(' ')}`;
    if (guide.locale === 'fa') {
      expect(text.match(/[\u064A\u0643\u0649]/g) ?? [], 'Arabic ي ك ى in Persian text').toEqual([]);
      expect(text.match(/[0-9\u0660-\u0669]/g) ?? [], 'non-Persian digits').toEqual([]);
    }
    if (guide.locale === 'ar') {
      expect(text.match(/[\u06CC\u06A9\u06AF\u0686\u067E\u0698]/g) ?? [], 'Persian letters in Arabic text').toEqual([]);
      expect(text.match(/[0-9\u06F0-\u06F9]/g) ?? [], 'non-Arabic digits').toEqual([]);
    }
    if (guide.locale === 'en') {
      expect(text.match(/[\u0600-\u06FF]/g) ?? [], 'Arabic-script letters in English text').toEqual([]);
    }
  });
});

describe('standalone pages', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s has valid frontmatter and its language’s letters', (_path, page) => {
    pageSchema.parse(page.frontmatter);
    const text = prose(page.body);
    if (page.locale === 'fa') expect(text).not.toMatch(/[\u064A\u0643\u0649]/);
    if (page.locale === 'ar') expect(text).not.toMatch(/[\u06CC\u06A9\u06AF\u0686\u067E\u0698]/);
  });
  test.each(localeCodes)('the %s about page explains privacy under its own heading', (locale) => {
    const about = pages.find((p) => p.locale === locale && p.path.endsWith('about.mdx'))!;
    expect(about.body.match(/^## /gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe('translations agree', () => {
  test('every translation of a guide shares its stage and order', () => {
    const entries = guides.map((g) => ({ id: `${g.locale}/${g.key}`, filePath: g.path, data: guideSchema.parse(g.frontmatter) }));
    const catalog = buildCatalog(entries);
    expect(catalog.keys).toEqual([
      'nightmare-or-difficult',
      'red-flags',
      'decided-cases',
      'money',
      'repair',
      'five-steps',
      'ending-well',
      'case-study',
      'after-the-exit',
    ]);
  });
});
