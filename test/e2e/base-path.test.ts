/**
 * Publishing under a sub-path: a build with BASE_PATH=/help/ keeps every link, asset and
 * the search index inside /help/, and the site works there in the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// Plain JS module shared with the npm scripts.
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { openPage, useBrowser } from './support/browser';
import { brokenLinks, builtPages, readPage, runChildBuild } from './support/site';

const base = '/help/';
const scratch = mkdtempSync(join(tmpdir(), 'pw-base-'));
const dist = join(scratch, 'dist');
let server: { url: string; close: () => Promise<void> } | undefined;
const browser = useBrowser();

beforeAll(async () => {
  const result = await runChildBuild(['npm', 'run', 'build'], { BASE_PATH: base, OUT_DIR: dist, CACHE_DIR: resolve('node_modules/.astro-base') });
  if (result.status !== 0) throw new Error(`The build with BASE_PATH failed:\n${result.output}`);
}, 300_000);

beforeAll(async () => {
  server = await startStaticServer({ root: dist, base });
});

afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a build under /help/', () => {
  test('every page links only inside /help/ to files that exist', () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(50);
    const broken = pages.flatMap((page) => brokenLinks(dist, readPage(dist, page), base).map((href) => `${page} → ${href}`));
    expect(broken).toEqual([]);
  });

  test('the sitemap and headers file use the sub-path', () => {
    expect(readPage(dist, '/sitemap.xml')).toContain('/help/fa/guides/red-flags/</loc>');
    expect(readPage(dist, '/_headers')).toMatch(/^\/help\/fa\/guides\/red-flags\/$/m);
  });

  test('the search page’s list of pages (titles drawn before their excerpts) links inside /help/', () => {
    const json = /<script type="application\/json" data-search-pages>(.*?)<\/script>/.exec(readPage(dist, '/fa/search/'))?.[1];
    const urls = Object.values(JSON.parse(json ?? '{}') as Record<string, [string, string]>).map(([url]) => url);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.filter((url) => !url.startsWith('/help/'))).toEqual([]);
  });

  test('a guide, its language switch and a tool work in the browser', async () => {
    const tracked = await openPage(browser(), { baseURL: server!.url });
    try {
      const { page } = tracked;
      await page.goto(`${server!.url}fa/guides/money/`);
      expect(await page.getAttribute('html', 'lang')).toBe('fa');
      await page.click('[data-lang-link="en"]');
      await page.waitForURL('**/help/en/guides/money/');
      await page.goto(`${server!.url}en/tools/five-steps/`);
      // Ticked only once hydrated: a tick before that is undone when the island takes over.
      await page.locator('[data-tool="five-steps"] [data-ready]').waitFor();
      await page.locator('[data-tool="five-steps"] [data-step]').first().check();
      // Search loads its index from /help/pagefind/ and links results inside /help/.
      await page.goto(`${server!.url}fa/search/?q=${encodeURIComponent('فاکتور')}`);
      const first = page.locator('[data-search-results] [data-search-result] a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/^\/help\/fa\/guides\//);
      expect(tracked.foreignRequests).toEqual([]);
      expect(tracked.errors).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
