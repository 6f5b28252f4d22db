/**
 * Static checks over the built site (no browser): every internal link and asset
 * resolves, and no page's main content links into another locale's guides.
 */
import { describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { brokenLinks, builtPages, linksIn as hrefs, readPage } from './support/site';

const localeDir = new RegExp(`^/(${localeCodes.join('|')})/`);
const localeGuide = new RegExp(`^/(${localeCodes.join('|')})/guides/`);

const dist = inject('distDir');
const pages = builtPages(dist);

describe('internal links', () => {
  test('the site has pages in every locale', () => {
    for (const locale of localeCodes) expect(pages.filter((p) => p.startsWith(`/${locale}/`)).length).toBeGreaterThan(5);
  });

  test.each(pages)('%s links only to pages and files that exist', (page) => {
    expect(brokenLinks(dist, readPage(dist, page))).toEqual([]);
  });

  test('every page names its icon, so no browser asks for /favicon.ico, which the site does not have', () => {
    expect(pages.filter((page) => !readPage(dist, page).includes('<link rel="icon" href="/favicon.svg"'))).toEqual([]);
  });

  test.each(pages)('%s has in-page anchors that exist', (page) => {
    const html = readPage(dist, page);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const missing = hrefs(html)
      .filter((href) => href.startsWith('#') && href.length > 1)
      .map((href) => decodeURIComponent(href.slice(1)))
      .filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  test.each(pages.filter((p) => localeDir.test(p)))('%s: main content links stay in its own locale', (page) => {
    const locale = page.slice(1, 3);
    const html = readPage(dist, page);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const crossing = hrefs(main).filter((href) => localeGuide.test(href) && !href.startsWith(`/${locale}/`));
    expect(crossing).toEqual([]);
  });
});

describe('sitemap', () => {
  test('lists translated pages with alternates and leaves out 404 and fallback pages', () => {
    const xml = readPage(dist, '/sitemap.xml');
    expect(xml).toContain('/fa/guides/red-flags/</loc>');
    expect(xml).toContain('hreflang="ar"');
    expect(xml).not.toContain('/404/');
    expect(xml).not.toContain('/fa/guides/fixture-untranslated/</loc>');
    expect(xml).toContain('/en/guides/fixture-untranslated/</loc>');
  });
});
