/**
 * The service workers, one per locale: after a first visit in a language (any page, no
 * search made) the site reads and searches in that language with the network off, the
 * worker keeps that language's pages and search index only, within its budget, a new build
 * is picked up on the next visit, and the tools' private data is left alone. These tests
 * allow service workers (the shared `openPage` blocks them by default).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, withTrackedPage, type TrackedPage } from './support/browser';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { precacheBudgetBytes, writeServiceWorker } from '../../src/integration/service-worker.mjs';
import { precacheUrls } from '../../src/integration/precache-manifest.mjs';
import { localeCodes } from '../../src/i18n/locales';

const browser = useBrowser();

const withWorkerPage = (run: (tracked: TrackedPage) => Promise<void>, options = {}): Promise<void> =>
  withTrackedPage(browser(), run, { serviceWorkers: 'allow', ...options });

/** Resolves once the page's service worker has installed (precache done) and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function waitForAnswer(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const root = document.querySelector('[data-search]');
    return root?.getAttribute('data-search-state') === 'done' && root.getAttribute('data-search-query') === q;
  }, query);
}

describe('offline', () => {
  // A query per locale that its guides answer, in their own words.
  const firstSearches = [
    ['fa', 'مشتری'],
    ['ar', 'العميل'],
    ['en', 'unpaid invoices'],
  ] as const;

  test.each(firstSearches)('%s: after a first visit to the home page, with no search made, the first search works offline', async (locale, query) => {
    await withWorkerPage(async ({ page, context }) => {
      await page.goto(`/${locale}/`);
      await controlled(page);
      await context.setOffline(true);
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      await waitForAnswer(page, query);
      expect(await page.locator(`[data-search-results][data-search-locale="${locale}"] > [data-search-result]`).count()).toBeGreaterThan(0);
      await context.setOffline(false);
    });
  });

  test('after a first visit to a Persian guide, Persian guides and search work with the network off', async () => {
    await withWorkerPage(async ({ page, context }) => {
      await page.goto('/fa/guides/money/');
      await page.evaluate(() => localStorage.setItem('pw:test-private', 'kept'));
      await controlled(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(scope).toBe(new URL('/fa/', page.url()).href);
      await context.setOffline(true);
      await page.goto('/fa/search/');
      await page.locator('[data-search][data-search-ready]').waitFor();
      const box = page.locator('[data-search] input[type="search"]');
      await box.fill('فاکتورهای پرداخت‌نشده');
      await box.press('Enter');
      await waitForAnswer(page, 'فاکتورهای پرداخت‌نشده');
      const first = await page.locator('[data-search-results][data-search-locale="fa"] > [data-search-result] h2 a').first().getAttribute('href');
      expect(first).toBe('/fa/guides/money/');
      // Another Persian guide, never opened before, reads offline with its styles.
      await page.goto('/fa/guides/red-flags/');
      await expect(page.locator('h1').textContent()).resolves.toBe('نشانه‌های هشدار: مشتری‌ای که بیش از آنچه می‌دهد می‌گیرد');
      await expect(page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/') && sheet.cssRules.length > 0))).resolves.toBe(
        true,
      );
      // The browser holds no page of another language, and the tools' private data was never touched.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
      expect(cached).toContain('/fa/guides/red-flags/index.html');
      expect(cached).toContain('/pagefind/fa/pagefind.js');
      expect(cached.filter((url) => /^\/(pagefind\/)?(en|ar)\//.test(url))).toEqual([]);
      await expect(page.evaluate(() => localStorage.getItem('pw:test-private'))).resolves.toBe('kept');
      await context.setOffline(false);
    });
  });

  test("each locale's worker precaches that locale's pages, search index and the shared assets, within its budget, and nothing of the other languages", () => {
    const dist = inject('distDir');
    expect(existsSync(join(dist, 'sw.js'))).toBe(false);
    for (const locale of localeCodes) {
      const urls = precacheUrls(readFileSync(join(dist, locale, 'sw.js'), 'utf8'));
      // Everything a search needs: Pagefind's script and WebAssembly, entry, metadata, every index chunk and fragment.
      const bundle = urls.filter((url) => url.startsWith(`/pagefind/${locale}/`));
      expect(bundle).toContain(`/pagefind/${locale}/pagefind.js`);
      expect(bundle).toContain(`/pagefind/${locale}/pagefind-entry.json`);
      for (const kind of [/\/wasm\.[a-z]+\.pagefind$/, /\.pf_meta$/, /\/index\/.+\.pf_index$/, /\/fragment\/.+\.pf_fragment$/])
        expect(
          bundle.some((url) => kind.test(url)),
          String(kind),
        ).toBe(true);
      const onDisk = (dir: string): number => readdirSync(join(dist, dir), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
      expect(bundle).toHaveLength(onDisk(`pagefind/${locale}`));
      expect(urls.filter((url) => url.startsWith('/pagefind/') && !url.startsWith(`/pagefind/${locale}/`))).toEqual([]);
      const bytes = urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0);
      expect(bytes).toBeLessThanOrEqual(precacheBudgetBytes);
      const pages = urls.filter((url) => url.endsWith('.html'));
      expect(pages).toContain(`/${locale}/index.html`);
      expect(pages).toContain(`/${locale}/guides/money/index.html`);
      expect(pages.every((url) => url.startsWith(`/${locale}/`))).toBe(true);
      expect(pages.filter((url) => url.includes('/404'))).toEqual([]);
      expect(urls.some((url) => /^\/_astro\/.+\.css$/.test(url))).toBe(true);
      expect(urls.some((url) => url.endsWith('.woff2'))).toBe(true);
    }
    // Pages outside a locale register no worker.
    for (const page of ['index.html', '404.html']) expect(readFileSync(join(dist, page), 'utf8')).not.toContain('data-service-worker');
  });

  test('a new build is picked up on the next visit', async () => {
    // A copy of the site this test may change, on its own server, as a host serves a new deploy.
    const site = mkdtempSync(join(tmpdir(), 'pw-sw-'));
    cpSync(inject('distDir'), site, { recursive: true });
    let server = await startStaticServer({ root: site });
    try {
      await withWorkerPage(async ({ page }) => {
        const url = `${server.url}en/guides/money/`;
        await page.goto(url);
        await controlled(page);
        const before = await page.title();
        const page1 = join(site, 'en', 'guides', 'money', 'index.html');
        writeFileSync(page1, readFileSync(page1, 'utf8').replace('<title>', '<title>Updated: '));
        await writeServiceWorker(site, { base: '/' });
        const { port } = server;
        await server.close();
        server = await startStaticServer({ root: site, port });
        // This visit is served from the cache while the browser finds and installs the new worker…
        await page.goto(url);
        expect(await page.title()).toBe(before);
        // (The update check a browser makes on navigation, made explicit so the test need not poll.)
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration?.update();
          const worker = registration?.installing ?? registration?.waiting;
          if (worker) await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(undefined)));
        });
        // …and the next visit is the new build.
        await page.goto(url);
        expect(await page.title()).toBe(`Updated: ${before}`);
      });
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
